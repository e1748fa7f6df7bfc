// The Dedicated IPs pane against the in-process Sandbox: create a pool and see it, move a leased
// IP between pools, edit its warm-up, turn the account's automatic warm-up off, convert a pool
// to managed and delete it; every control is named.
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "models/connection/Session.h"
#include "models/items/DedicatedIpModel.h"
#include "models/items/DedicatedIpPoolModel.h"
#include "models/ses/SesClient.h"

#include "views/panes/DedicatedIpsPane.h"
#include "views/panes/dedicatedips/CreateDedicatedIpPoolDialog.h"
#include "views/panes/dedicatedips/DedicatedIpActions.h"
#include "views/panes/dedicatedips/MoveDedicatedIpDialog.h"
#include "views/panes/dedicatedips/WarmupDialog.h"
#include "views/widgets/Banner.h"
#include "views/widgets/StatusBadge.h"

#include "Accessibility.h"
#include "PaneFixture.h"
#include "tests/support/FindChild.h"

using namespace TestSupport;
using Views::DedicatedIpsPane;
namespace Ips = Items::DedicatedIps;

class TestDedicatedIpsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createPoolAndSeeIt();
    void moveIpAndEditWarmup();
    void turnAutomaticWarmupOff();
    void convertAndDeletePool();
    void everyControlIsNamed();

private:
    static void click(QWidget *w)
    {
        QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(5, 5));
    }
    static QString createPool(PaneFixture &fixture,
        Connection::Session &session,
        const QString &name,
        const QString &mode = QStringLiteral("STANDARD"))
    {
        return fixture.call(session,
            Aws::AwsRequest::restJson(QStringLiteral("CreateDedicatedIpPool"),
                "POST",
                Ses::SesClient::path({QStringLiteral("dedicated-ip-pools")}),
                QJsonObject{{QStringLiteral("PoolName"), name}, {QStringLiteral("ScalingMode"), mode}}));
    }
    static QStringList lease(PaneFixture &fixture, int count, const QString &pool)
    {
        QJsonObject answer;
        const int status = fixture.control("POST",
            QStringLiteral("/_sandbox/dedicated-ips"),
            QJsonDocument(QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("poolName"), pool}}).toJson(),
            &answer);
        QStringList ips;
        for (const QJsonValue &v : answer.value(QStringLiteral("leased")).toArray())
            ips << v.toString();
        if (status != 200)
            qWarning("lease failed: HTTP %d", status);
        return ips;
    }
    static QJsonObject get(
        PaneFixture &fixture, Connection::Session &session, const QString &operation, const QByteArray &path)
    {
        QJsonObject answer;
        const QString error = fixture.call(session, Aws::AwsRequest::restJson(operation, "GET", path), &answer);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return answer;
    }
    static bool waitForPools(DedicatedIpsPane *pane, int count)
    {
        return QTest::qWaitFor(
            [pane, count] {
                return pane->poolModel()->rowCount() == count && pane->poolModel()->detailsComplete();
            },
            10000);
    }
};

void TestDedicatedIpsPane::createPoolAndSeeIt()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<DedicatedIpsPane>(session);
    QVERIFY(pane);
    auto *emptyCreate = child<QPushButton>(pane.get(), QStringLiteral("emptyCreatePoolButton"));
    QVERIFY(emptyCreate->isVisible());
    QVERIFY(
        child<QLabel>(pane.get(), QStringLiteral("poolEmptyLabel"))->text().contains(QStringLiteral("AWS Support")));

    click(emptyCreate);
    auto *dialog = pane->findChild<Views::CreateDedicatedIpPoolDialog *>(QStringLiteral("createDedicatedIpPoolDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = child<QLineEdit>(dialog, QStringLiteral("poolNameEdit"));
    auto *create = child<QPushButton>(dialog, QStringLiteral("createPoolButton"));
    QTest::keyClicks(name, QStringLiteral("ses-default-dedicated-pool"));
    QVERIFY(!create->isEnabled());
    QVERIFY(
        child<QLabel>(dialog, QStringLiteral("poolNameProblemLabel"))->text().startsWith(QStringLiteral("Pool name")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("marketing pool"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("poolNameProblemLabel"))->text().contains(QStringLiteral("a space")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("marketing-pool"));
    QVERIFY(create->isEnabled());
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("standardScalingRadio"))->isChecked());
    QSignalSpy finished(pane.get(), &DedicatedIpsPane::actionFinished);
    click(create);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().toBool());

    // Listed, selected, and shown with its scaling mode; SES has it.
    QCOMPARE(pane->poolModel()->rowCount(), 1);
    QCOMPARE(pane->selectedPool()->name, QStringLiteral("marketing-pool"));
    QCOMPARE(child<QLabel>(pane.get(), QStringLiteral("poolHeaderLabel"))->text(), QStringLiteral("marketing-pool"));
    QCOMPARE(
        child<Views::StatusBadge>(pane.get(), QStringLiteral("poolScalingBadge"))->text(), QStringLiteral("Standard"));
    QVERIFY(child<QTableView>(pane.get(), QStringLiteral("poolTable"))->isVisible());
    const QJsonObject stored = get(fixture,
        *session,
        QStringLiteral("GetDedicatedIpPool"),
        Ses::SesClient::path({QStringLiteral("dedicated-ip-pools"), QStringLiteral("marketing-pool")}));
    QCOMPARE(stored.value(QStringLiteral("DedicatedIpPool")).toObject().value(QStringLiteral("ScalingMode")).toString(),
        QStringLiteral("STANDARD"));
    QTRY_VERIFY(child<QLabel>(pane.get(), QStringLiteral("ipSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("No dedicated IPs")));

    // A reload lists it from SES and keeps it selected.
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    QVERIFY(loaded.wait(5000));
    QVERIFY(waitForPools(pane.get(), 1));
    QCOMPARE(pane->poolModel()->index(0, Ips::ScalingModeColumn).data().toString(), QStringLiteral("Standard"));
}

void TestDedicatedIpsPane::moveIpAndEditWarmup()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(createPool(fixture, *session, QStringLiteral("marketing")).isEmpty());
    QVERIFY(createPool(fixture, *session, QStringLiteral("transactional")).isEmpty());
    const QStringList ips = lease(fixture, 2, QStringLiteral("marketing"));
    QCOMPARE(ips.size(), 2);
    // Some way into their warm-up (the clock cannot jump days: requests are signed with real time).
    for (const QString &ip : ips)
        QVERIFY(fixture
                    .call(*session,
                        Aws::AwsRequest::restJson(QStringLiteral("PutDedicatedIpWarmupAttributes"),
                            "PUT",
                            Ses::SesClient::path({QStringLiteral("dedicated-ips"), ip, QStringLiteral("warmup")}),
                            QJsonObject{{QStringLiteral("WarmupPercentage"), 26}}))
                    .isEmpty());
    auto pane = fixture.makePane<DedicatedIpsPane>(session);
    QVERIFY(pane);
    QVERIFY(waitForPools(pane.get(), 2));
    QSignalSpy ipsLoaded(pane.get(), &DedicatedIpsPane::ipsLoaded);
    pane->selectPool(QStringLiteral("marketing"));
    QTRY_VERIFY(ipsLoaded.size() >= 1 && pane->ipModel()->rowCount() == 2);
    QCOMPARE(pane->ipModel()->index(0, Ips::WarmupPercentageColumn).data(Ips::WarmupPercentageRole).toInt(), 26);

    // Move the first IP to transactional.
    auto *table = child<QTableView>(pane.get(), QStringLiteral("dedicatedIpTable"));
    table->selectRow(0);
    const QString moved = pane->selectedIp()->ip;
    QVERIFY(pane->actions()->moveIp()->isEnabled());
    pane->actions()->moveIp()->trigger();
    auto *move = pane->findChild<Views::MoveDedicatedIpDialog *>(QStringLiteral("moveDedicatedIpDialog"));
    QVERIFY(move);
    auto *destination = child<QComboBox>(move, QStringLiteral("destinationPoolCombo"));
    QCOMPARE(destination->findText(QStringLiteral("marketing")), -1); // not where it is
    QVERIFY(destination->findText(QStringLiteral("ses-default-dedicated-pool")) >= 0);
    destination->setCurrentIndex(destination->findText(QStringLiteral("transactional")));
    QSignalSpy finished(pane.get(), &DedicatedIpsPane::actionFinished);
    click(child<QPushButton>(move, QStringLiteral("moveIpButton")));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(pane->ipModel()->rowCount(), 1); // it left this pool
    QCOMPARE(get(fixture,
                 *session,
                 QStringLiteral("GetDedicatedIp"),
                 Ses::SesClient::path({QStringLiteral("dedicated-ips"), moved}))
                 .value(QStringLiteral("DedicatedIp"))
                 .toObject()
                 .value(QStringLiteral("PoolName"))
                 .toString(),
        QStringLiteral("transactional"));

    // Mark the other one's warm-up complete.
    table->selectRow(0);
    const QString warmed = pane->selectedIp()->ip;
    pane->actions()->editWarmup()->trigger();
    auto *warmup = pane->findChild<Views::WarmupDialog *>(QStringLiteral("warmupDialog"));
    QVERIFY(warmup);
    QVERIFY(child<QLabel>(warmup, QStringLiteral("warmupIntroLabel"))->text().contains(QStringLiteral("26%")));
    auto *save = child<QPushButton>(warmup, QStringLiteral("saveWarmupButton"));
    QVERIFY(!save->isEnabled()); // nothing changed yet
    click(child<QRadioButton>(warmup, QStringLiteral("completeWarmupRadio")));
    QVERIFY(save->isEnabled());
    finished.clear();
    click(save);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(pane->ipModel()->index(0, Ips::WarmupStatusColumn).data().toString(), QStringLiteral("Complete"));
    QCOMPARE(pane->ipModel()->index(0, Ips::WarmupPercentageColumn).data(Ips::WarmupPercentageRole).toInt(), 100);
    const QJsonObject ip = get(fixture,
        *session,
        QStringLiteral("GetDedicatedIp"),
        Ses::SesClient::path({QStringLiteral("dedicated-ips"), warmed}))
                               .value(QStringLiteral("DedicatedIp"))
                               .toObject();
    QCOMPARE(ip.value(QStringLiteral("WarmupStatus")).toString(), QStringLiteral("DONE"));

    // Every IP of the account: both, in their pools.
    ipsLoaded.clear();
    pane->setShowAllIps(true);
    QTRY_VERIFY(ipsLoaded.size() >= 1 && pane->ipModel()->rowCount() == 2);
    QCOMPARE(child<QLabel>(pane.get(), QStringLiteral("poolHeaderLabel"))->text(), QStringLiteral("All dedicated IPs"));
}

void TestDedicatedIpsPane::turnAutomaticWarmupOff()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<DedicatedIpsPane>(session);
    QVERIFY(pane);
    QTRY_VERIFY(pane->autoWarmupEnabled().has_value());
    QVERIFY(*pane->autoWarmupEnabled());
    auto *banner = child<Views::Banner>(pane.get(), QStringLiteral("autoWarmupBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Automatic warm-up is on"));
    QVERIFY(banner->text().contains(QStringLiteral("45 days")));

    // Turning it off asks; Cancel keeps it.
    fixture.boxes.enqueue(QMessageBox::Cancel);
    QSignalSpy finished(pane.get(), &DedicatedIpsPane::actionFinished);
    click(child<QPushButton>(pane.get(), QStringLiteral("autoWarmupButton")));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(*pane->autoWarmupEnabled());
    fixture.boxes.enqueue(QMessageBox::Yes);
    click(child<QPushButton>(pane.get(), QStringLiteral("autoWarmupButton")));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(fixture.boxes.shown().constLast().text.contains(QStringLiteral("warm-up complete")));
    QVERIFY(!*pane->autoWarmupEnabled());
    QCOMPARE(banner->title(), QStringLiteral("Automatic warm-up is off"));
    QCOMPARE(get(fixture, *session, QStringLiteral("GetAccount"), Ses::SesClient::path({QStringLiteral("account")}))
                 .value(QStringLiteral("DedicatedIpAutoWarmupEnabled"))
                 .toBool(true),
        false);
    // On again, without a question.
    click(child<QPushButton>(pane.get(), QStringLiteral("autoWarmupButton")));
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(*pane->autoWarmupEnabled());
}

void TestDedicatedIpsPane::convertAndDeletePool()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(createPool(fixture, *session, QStringLiteral("bulk")).isEmpty());
    auto pane = fixture.makePane<DedicatedIpsPane>(session);
    QVERIFY(pane);
    QVERIFY(waitForPools(pane.get(), 1));
    pane->selectPool(QStringLiteral("bulk"));
    QTRY_VERIFY(pane->actions()->convertPool()->isEnabled());
    fixture.boxes.enqueue(QMessageBox::Yes);
    QSignalSpy finished(pane.get(), &DedicatedIpsPane::actionFinished);
    pane->actions()->convertPool()->trigger();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(fixture.boxes.shown().constLast().text.contains(QStringLiteral("cannot become standard again")));
    QCOMPARE(
        child<Views::StatusBadge>(pane.get(), QStringLiteral("poolScalingBadge"))->text(), QStringLiteral("Managed"));
    QVERIFY(!pane->actions()->convertPool()->isEnabled()); // managed pools stay managed
    QCOMPARE(get(fixture,
                 *session,
                 QStringLiteral("GetDedicatedIpPool"),
                 Ses::SesClient::path({QStringLiteral("dedicated-ip-pools"), QStringLiteral("bulk")}))
                 .value(QStringLiteral("DedicatedIpPool"))
                 .toObject()
                 .value(QStringLiteral("ScalingMode"))
                 .toString(),
        QStringLiteral("MANAGED"));

    fixture.boxes.enqueue(QMessageBox::Yes);
    pane->actions()->deletePool()->trigger();
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(fixture.boxes.shown().constLast().text.contains(QStringLiteral("opts the account out")));
    QCOMPARE(pane->poolModel()->rowCount(), 0);
    QVERIFY(child<QPushButton>(pane.get(), QStringLiteral("emptyCreatePoolButton"))->isVisible());
}

void TestDedicatedIpsPane::everyControlIsNamed()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(createPool(fixture, *session, QStringLiteral("named")).isEmpty());
    QCOMPARE(lease(fixture, 1, QStringLiteral("named")).size(), 1);
    auto pane = fixture.makePane<DedicatedIpsPane>(session);
    QVERIFY(pane);
    QVERIFY(waitForPools(pane.get(), 1));
    QSignalSpy ipsLoaded(pane.get(), &DedicatedIpsPane::ipsLoaded);
    pane->selectPool(QStringLiteral("named"));
    QTRY_COMPARE(pane->ipModel()->rowCount(), 1);
    QTRY_VERIFY(pane->autoWarmupEnabled().has_value());
    QStringList problems = unnamedControls(pane.get());
    child<QTableView>(pane.get(), QStringLiteral("dedicatedIpTable"))->selectRow(0);
    pane->actions()->moveIp()->trigger();
    auto *move = pane->findChild<Views::MoveDedicatedIpDialog *>(QStringLiteral("moveDedicatedIpDialog"));
    QVERIFY(move);
    problems << unnamedControls(move);
    move->reject();
    pane->actions()->editWarmup()->trigger();
    auto *warmup = pane->findChild<Views::WarmupDialog *>(QStringLiteral("warmupDialog"));
    QVERIFY(warmup);
    problems << unnamedControls(warmup);
    warmup->reject();
    pane->actions()->createPool()->trigger();
    auto *create = pane->findChild<Views::CreateDedicatedIpPoolDialog *>(QStringLiteral("createDedicatedIpPoolDialog"));
    QVERIFY(create);
    problems << unnamedControls(create);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestDedicatedIpsPane)
#include "tst_dedicatedipspane.moc"
