#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "models/connection/Session.h"

#include "views/panes/AccountPane.h"
#include "views/widgets/Banner.h"
#include "views/widgets/ErrorBanner.h"
#include "views/widgets/QuotaGauge.h"

#include "tests/gui/support/AccountJson.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/FindChild.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace TestSupport;

/// The Account dashboard against a scripted SES: sandbox vs production, the quota gauges, the
/// guide's warnings, editing the settings, and errors with their request id.
class TestAccountPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsSandboxAndQuota();
    void showsProduction();
    void warnsWhenPausedAndUnderReview();
    void showsPendingReview();
    void appliesSuppressionAndVdmSettings();
    void pausingSendingAsksFirst();
    void errorShowsMessageAndRequestId();

private:
    std::unique_ptr<Views::AccountPane> makePane(const QByteArray &accountJson);
    void toggle(const QString &name)
    {
        auto *box = child<QCheckBox>(name);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    template <typename T> T *child(const QString &name) const
    {
        return TestSupport::child<T>(m_pane.get(), name);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<LoopbackSessionFactory> m_factory;
    ScriptedMessageBoxes m_boxes;
    std::unique_ptr<Views::AccountPane> m_pane;
};

void TestAccountPane::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->start());
    m_factory = std::make_unique<LoopbackSessionFactory>(&m_network);
    m_factory->addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_server->url());
    m_boxes.clear();
}

void TestAccountPane::cleanup()
{
    m_pane.reset();
    m_factory.reset();
    m_server.reset();
}

std::unique_ptr<Views::AccountPane> TestAccountPane::makePane(const QByteArray &accountJson)
{
    m_server->setFallback(ScriptedHttpServer::Reply::json(200, accountJson));
    auto pane = std::make_unique<Views::AccountPane>(Views::PaneContext{&m_boxes, nullptr, nullptr});
    pane->resize(1000, 800);
    pane->show();
    std::shared_ptr<Connection::Session> session;
    m_factory->open(Connection::ProfileRef::sandbox(), QStringLiteral("us-east-1"), pane.get(), [&session](auto r) {
        session = r.value();
    });
    if (!QTest::qWaitFor(
            [&session] {
                return session != nullptr;
            },
            5000))
        return nullptr;
    pane->setSession(session);
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    if (!loaded.wait(5000))
        return nullptr;
    return pane;
}

void TestAccountPane::showsSandboxAndQuota()
{
    m_pane = makePane(AccountJson::sandbox(50, 200, 1));
    QVERIFY(m_pane);
    QVERIFY(child<QLabel>(QStringLiteral("accountHeaderLabel"))->text().contains(QStringLiteral("SES sandbox")));
    auto *banner = child<Views::Banner>(QStringLiteral("sandboxBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("200 messages in 24 hours")));
    QVERIFY(child<QPushButton>(QStringLiteral("requestProductionAccessButton"))->isVisible());
    auto *sent = child<Views::QuotaGauge>(QStringLiteral("sentLast24HoursGauge"));
    QCOMPARE(sent->figure(), QStringLiteral("50"));
    QCOMPARE(sent->caption(), QStringLiteral("25% of 200 used; 150 left"));
    QCOMPARE(sent->fraction(), 0.25);
    QCOMPARE(child<Views::QuotaGauge>(QStringLiteral("max24HourSendGauge"))->figure(), QStringLiteral("200"));
    QCOMPARE(child<Views::QuotaGauge>(QStringLiteral("maxSendRateGauge"))->figure(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(QStringLiteral("sendingStatusLabel"))->text(), QStringLiteral("Enabled"));
    QVERIFY(child<QLabel>(QStringLiteral("enforcementStatusLabel"))->text().startsWith(QStringLiteral("Healthy")));
    QVERIFY(!child<Views::Banner>(QStringLiteral("sendingPausedBanner"))->isVisible());
    QVERIFY(child<QCheckBox>(QStringLiteral("suppressBounceCheck"))->isChecked());
    QVERIFY(!child<QCheckBox>(QStringLiteral("suppressComplaintCheck"))->isChecked());
    QVERIFY(!child<QCheckBox>(QStringLiteral("vdmEnabledCheck"))->isChecked());
    QVERIFY(!m_pane->hasUnsavedChanges());
    QVERIFY(m_pane->copyText().contains(QStringLiteral("Sent in the last 24 hours: 50 of 200")));
    // Every gauge and status field is named for screen readers.
    QCOMPARE(sent->accessibleName(), QStringLiteral("Sent in the last 24 hours"));
    QVERIFY(!child<QLabel>(QStringLiteral("productionAccessLabel"))->accessibleName().isEmpty());
}

void TestAccountPane::showsProduction()
{
    m_pane = makePane(AccountJson::production(12345, 50000, 14));
    QVERIFY(m_pane);
    QVERIFY(child<QLabel>(QStringLiteral("accountHeaderLabel"))->text().contains(QStringLiteral("production access")));
    QVERIFY(!child<Views::Banner>(QStringLiteral("sandboxBanner"))->isVisible());
    auto *sent = child<Views::QuotaGauge>(QStringLiteral("sentLast24HoursGauge"));
    QCOMPARE(sent->figure(), QStringLiteral("12,345"));
    QVERIFY2(sent->caption().startsWith(QStringLiteral("25% of 50,000 used")), qPrintable(sent->caption()));
    QCOMPARE(child<Views::QuotaGauge>(QStringLiteral("maxSendRateGauge"))->figure(), QStringLiteral("14"));
    QVERIFY(child<QCheckBox>(QStringLiteral("suppressComplaintCheck"))->isChecked());
    QVERIFY(child<QCheckBox>(QStringLiteral("vdmEnabledCheck"))->isChecked());
}

void TestAccountPane::warnsWhenPausedAndUnderReview()
{
    m_pane = makePane(AccountJson::paused());
    QVERIFY(m_pane);
    QVERIFY(child<Views::Banner>(QStringLiteral("sendingPausedBanner"))->isVisible());
    QCOMPARE(child<QLabel>(QStringLiteral("sendingStatusLabel"))->text(), QStringLiteral("Paused"));
    auto *enforcement = child<Views::Banner>(QStringLiteral("enforcementBanner"));
    QVERIFY(enforcement->isVisible());
    QVERIFY(enforcement->title().contains(QStringLiteral("probation")));

    // Resume sending: PutAccountSendingAttributes {"SendingEnabled": true}, then a reload.
    QSignalSpy loaded(m_pane.get(), &Views::Pane::loaded);
    const auto before = m_server->requests().size();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("resumeSendingButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    const auto &put = m_server->requests().at(before);
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.path(), QByteArray("/v2/email/account/sending"));
    QCOMPARE(QJsonDocument::fromJson(put.body).object(), QJsonObject({{QStringLiteral("SendingEnabled"), true}}));
}

void TestAccountPane::showsPendingReview()
{
    m_pane = makePane(AccountJson::pendingReview());
    QVERIFY(m_pane);
    auto *review = child<Views::Banner>(QStringLiteral("reviewBanner"));
    QVERIFY(review->isVisible());
    QVERIFY(review->title().contains(QStringLiteral("Pending")));
    QVERIFY(review->text().contains(QStringLiteral("24 hours")));
    // A pending request cannot be sent again.
    QVERIFY(!child<QPushButton>(QStringLiteral("requestProductionAccessButton"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("reviewStatusLabel"))->text().contains(QStringLiteral("case-123")));
}

void TestAccountPane::appliesSuppressionAndVdmSettings()
{
    m_pane = makePane(AccountJson::sandbox());
    QVERIFY(m_pane);
    auto *apply = child<QPushButton>(QStringLiteral("applySettingsButton"));
    QVERIFY(!apply->isEnabled());
    toggle(QStringLiteral("suppressComplaintCheck"));
    toggle(QStringLiteral("vdmEnabledCheck"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QVERIFY(apply->isEnabled());

    QSignalSpy saved(m_pane.get(), &Views::AccountPane::settingsSaved);
    const auto before = m_server->requests().size();
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const auto &requests = m_server->requests();
    QCOMPARE(requests.at(before).path(), QByteArray("/v2/email/account/suppression"));
    QCOMPARE(QJsonDocument::fromJson(requests.at(before).body).object(),
        QJsonObject({{QStringLiteral("SuppressedReasons"),
            QJsonArray{QStringLiteral("BOUNCE"), QStringLiteral("COMPLAINT")}}}));
    QCOMPARE(requests.at(before + 1).path(), QByteArray("/v2/email/account/vdm"));
    QCOMPARE(QJsonDocument::fromJson(requests.at(before + 1).body).object(),
        QJsonObject({{QStringLiteral("VdmAttributes"),
            QJsonObject{{QStringLiteral("VdmEnabled"), QStringLiteral("ENABLED")}}}}));
    QTRY_VERIFY(!m_pane->isLoading());
    QVERIFY(m_boxes.shown().isEmpty());
}

void TestAccountPane::pausingSendingAsksFirst()
{
    m_pane = makePane(AccountJson::production());
    QVERIFY(m_pane);
    toggle(QStringLiteral("sendingEnabledCheck"));
    m_boxes.enqueue(QMessageBox::Cancel);
    const auto before = m_server->requests().size();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("applySettingsButton")), Qt::LeftButton);
    QCOMPARE(m_boxes.shown().size(), 1);
    QVERIFY(m_boxes.shown().first().text.contains(QStringLiteral("us-east-1")));
    QTest::qWait(50);
    QCOMPARE(m_server->requests().size(), before);
    QVERIFY(m_pane->hasUnsavedChanges());

    m_boxes.enqueue(QMessageBox::Yes);
    QSignalSpy saved(m_pane.get(), &Views::AccountPane::settingsSaved);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("applySettingsButton")), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_server->requests().at(before).path(), QByteArray("/v2/email/account/sending"));
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().at(before).body).object(),
        QJsonObject({{QStringLiteral("SendingEnabled"), false}}));
}

void TestAccountPane::errorShowsMessageAndRequestId()
{
    m_server->enqueue(ScriptedHttpServer::Reply::json(
        400, R"({"message":"Account is not authorized to call GetAccount"})", "AccessDeniedException"));
    m_pane = makePane(AccountJson::sandbox());
    QVERIFY(m_pane);
    auto *banner = child<Views::ErrorBanner>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Loading the account failed"));
    QVERIFY(banner->text().contains(QStringLiteral("AccessDeniedException: Account is not authorized")));
    QVERIFY(banner->text().contains(QStringLiteral("Request ID: req-400")));
    QVERIFY(!m_pane->account().has_value());
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("copyErrorButton")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("Error code: AccessDeniedException")));
    QVERIFY(copied.contains(QStringLiteral("Request ID: req-400")));

    // Retry loads the account (the script now answers with the fallback).
    QSignalSpy loaded(m_pane.get(), &Views::Pane::loaded);
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QVERIFY(!banner->isVisible());
    QVERIFY(m_pane->account().has_value());
}

QTEST_MAIN(TestAccountPane)
#include "tst_accountpane.moc"
