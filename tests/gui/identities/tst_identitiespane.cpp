// The Identities pane against the real Sandbox: create a domain identity through the wizard,
// see its DNS records, copy and export them, watch it verify, delete it; switching the session
// clears the table before the new one loads.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/connection/ProfileCatalog.h"
#include "models/connection/SesDeskProfileStore.h"
#include "models/connection/Session.h"
#include "models/items/DnsRecordModel.h"
#include "models/items/IdentityTableModel.h"
#include "models/ses/DnsRecord.h"

#include "views/MainWindow.h"
#include "views/dialogs/CreateIdentityWizard.h"
#include "views/dialogs/DnsRecordsDialog.h"
#include "views/dialogs/identitywizard/IdentityOptionsPage.h"
#include "views/panes/IdentitiesPane.h"
#include "views/panes/PaneRegistry.h"
#include "views/panes/identities/DnsRecordsView.h"
#include "views/panes/identities/IdentityActions.h"

#include "IdentitiesFixture.h"
#include "tests/support/FindChild.h"

using namespace TestSupport;
namespace Identity = Items::Identity;
using Items::DnsRecordModel;

class TestIdentitiesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createVerifyExportAndDeleteDomain();
    void wizardShowsIdnBothWaysAndChecksInput();
    void switchingSessionClearsAndReloads();
    void switchingProfileInTheWindowReloads();
    void filterAndActionsFollowSelection();
    void readsDetailsOfVisibleRowsOnly();

private:
    /// Types text as key presses, non-ASCII characters too (QTest::keyClicks only knows ASCII).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(widget, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    /// Types into whatever has the focus, character by character (an item editor opens on the
    /// first key).
    static void typeIntoFocus(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    }
    static void next(Views::CreateIdentityWizard *wizard)
    {
        QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("nextButton")), Qt::LeftButton);
    }
};

void TestIdentitiesPane::createVerifyExportAndDeleteDomain()
{
    IdentitiesFixture fixture(60);
    QVERIFY2(fixture.start().isEmpty(), "sandbox did not start");
    auto pane = fixture.makePane(fixture.openSession());
    QVERIFY(pane);
    pane->setStatusRefreshInterval(100);
    // No identities yet: the empty state offers to create one.
    auto *emptyCreate = child<QPushButton>(pane.get(), QStringLiteral("emptyCreateIdentityButton"));
    QVERIFY(emptyCreate->isVisible());
    QVERIFY(
        child<QLabel>(pane.get(), QStringLiteral("identityEmptyLabel"))->text().contains(QStringLiteral("us-east-1")));

    // The wizard, typed into as a user would.
    QTest::mouseClick(emptyCreate, Qt::LeftButton);
    auto *wizard = pane->findChild<Views::CreateIdentityWizard *>(QStringLiteral("createIdentityWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    auto *nextButton = child<QAbstractButton>(wizard, QStringLiteral("nextButton"));
    QVERIFY(!nextButton->isEnabled()); // nothing typed yet
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("identityNameEdit")), QStringLiteral("shop.example.com"));
    QVERIFY(nextButton->isEnabled());
    next(wizard); // → DKIM: Easy DKIM, 2048 bits by default
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("dkimPage"));
    next(wizard); // → MAIL FROM
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("mailFromPage"));
    QTest::mouseClick(
        child<QAbstractButton>(wizard, QStringLiteral("useMailFromCheck")), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!nextButton->isEnabled()); // the subdomain is still missing
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("mailFromSubdomainEdit")), QStringLiteral("mail"));
    QCOMPARE(
        child<QLabel>(wizard, QStringLiteral("mailFromDomainLabel"))->text(), QStringLiteral("mail.shop.example.com"));
    QVERIFY(nextButton->isEnabled());
    next(wizard); // → configuration set and tags
    auto *options = wizard->optionsPage();
    QTRY_VERIFY(options->configurationSetsLoaded());
    QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("addTagButton")), Qt::LeftButton);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->inherits("QLineEdit"));
    typeIntoFocus(QStringLiteral("team"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // commit the key
    auto *tagTable = child<QTableWidget>(wizard, QStringLiteral("tagTable"));
    tagTable->setCurrentCell(0, 1);
    QTest::keyClick(tagTable, Qt::Key_F2); // edit the value
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->parentWidget()
        && QApplication::focusWidget()->parentWidget()->parentWidget() == tagTable);
    typeIntoFocus(QStringLiteral("web"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // commits after the event loop runs
    QTRY_COMPARE(tagTable->item(0, 1)->text(), QStringLiteral("web"));
    QCOMPARE(options->tags().size(), 1);
    QCOMPARE(options->tags().first().key, QStringLiteral("team"));
    QCOMPARE(options->tags().first().value, QStringLiteral("web"));
    next(wizard); // → summary
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("identitySummaryPage"));
    QSignalSpy created(pane.get(), &Views::IdentitiesPane::identityCreated);
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("finishButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 5000);
    QCOMPARE(created.first().first().toString(), QStringLiteral("shop.example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000); // the table reloads with the new identity

    Items::IdentityTableModel *model = pane->model();
    QCOMPARE(model->rowCount(), 1);
    const int row = model->rowOf(QStringLiteral("shop.example.com"));
    QCOMPARE(model->index(row, Identity::VerificationColumn).data(Identity::VerificationStatusRole).toInt(),
        int(Identity::Status::Pending));

    // A domain: its DNS records open by themselves.
    Views::DnsRecordsDialog *dns = pane->dnsRecordsDialog();
    QVERIFY(dns);
    QSignalSpy dnsLoaded(dns, &Views::DnsRecordsDialog::loaded);
    QTRY_VERIFY(dns->isLoaded());
    DnsRecordModel *records = dns->view()->model();
    QStringList cnames;
    for (int r = 0; r < records->rowCount(); ++r) {
        const Ses::DnsRecord record = records->recordAt(r);
        if (record.purpose == Ses::DnsRecord::Purpose::EasyDkim) {
            QCOMPARE(record.type, Ses::DnsRecord::Type::CNAME);
            QVERIFY(record.name.endsWith(QStringLiteral("._domainkey.shop.example.com")));
            const QString token = record.name.section(QLatin1Char('.'), 0, 0);
            QCOMPARE(record.value, token + QStringLiteral(".dkim.amazonses.com"));
            cnames << record.name;
        }
    }
    QCOMPARE(cnames.size(), 3);
    // The MAIL FROM set by the wizard is there too.
    bool mx = false;
    for (const Ses::DnsRecord &r : records->records())
        mx = mx
            || (r.purpose == Ses::DnsRecord::Purpose::MailFromMx && r.name == QLatin1String("mail.shop.example.com")
                && r.value == QLatin1String("feedback-smtp.us-east-1.amazonses.com") && r.priority == 10);
    QVERIFY(mx);

    // Copy all records, read the clipboard.
    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(dns, QStringLiteral("copyAllRecordsButton")), Qt::LeftButton);
    const QString clip = QApplication::clipboard()->text();
    for (const QString &name : cnames)
        QVERIFY2(clip.contains(QStringLiteral("CNAME\t") + name + QLatin1Char('\t')), qPrintable(clip));
    QVERIFY(clip.contains(QStringLiteral("MX\tmail.shop.example.com\t10 feedback-smtp.us-east-1.amazonses.com")));
    // One cell: the value as it goes into DNS.
    auto *table = child<QTableView>(dns, QStringLiteral("dnsRecordTable"));
    table->setCurrentIndex(records->index(0, DnsRecordModel::NameColumn));
    QTest::mouseClick(child<QPushButton>(dns, QStringLiteral("copyCellButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), cnames.first());

    // Export the BIND fragment and the CSV through the (scripted) file chooser.
    QTemporaryDir dir;
    const QString bindPath = dir.filePath(QStringLiteral("shop.zone"));
    const QString csvPath = dir.filePath(QStringLiteral("shop.csv"));
    QSignalSpy exported(dns->view(), &Views::DnsRecordsView::exported);
    fixture.files.enqueue(bindPath);
    child<QAction>(dns, QStringLiteral("exportBindAction"))->trigger();
    fixture.files.enqueue(csvPath);
    child<QAction>(dns, QStringLiteral("exportCsvAction"))->trigger();
    QCOMPARE(exported.size(), 2);
    QCOMPARE(fixture.files.suggestions().first(), QStringLiteral("shop.example.com.zone"));
    QFile bind(bindPath);
    QVERIFY(bind.open(QIODevice::ReadOnly));
    const QString zone = QString::fromUtf8(bind.readAll());
    for (const QString &name : cnames) {
        const QString token = name.section(QLatin1Char('.'), 0, 0);
        QVERIFY2(zone.contains(QStringLiteral("%1. 1800 IN CNAME %2.dkim.amazonses.com.").arg(name, token)),
            qPrintable(zone));
    }
    QVERIFY(
        zone.contains(QStringLiteral("mail.shop.example.com. 1800 IN MX 10 feedback-smtp.us-east-1.amazonses.com.")));
    QVERIFY(zone.contains(QStringLiteral("mail.shop.example.com. 1800 IN TXT \"v=spf1 include:amazonses.com ~all\"")));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("Type,Name,Value"));
    for (const QString &name : cnames)
        QVERIFY(lines.contains(
            QStringLiteral("CNAME,%1,%2.dkim.amazonses.com").arg(name, name.section(QLatin1Char('.'), 0, 0))));
    QVERIFY(lines.contains(QStringLiteral("MX,mail.shop.example.com,10 feedback-smtp.us-east-1.amazonses.com")));

    // The Route 53 change batch: what `aws route53 change-resource-record-sets` accepts, checked
    // with botocore's route53 model by the DNS exporters' validator.
    const QString route53Path = dir.filePath(QStringLiteral("shop-route53.json"));
    fixture.files.enqueue(route53Path);
    child<QAction>(dns, QStringLiteral("exportRoute53Action"))->trigger();
    QCOMPARE(exported.size(), 3);
    QProcess validator;
    validator.setProcessChannelMode(QProcess::MergedChannels);
    validator.start(QStringLiteral(SESDESK_PYTHON3),
        {QStringLiteral(SESDESK_SOURCE_DIR "/tests/unit/dns/validate_route53_change_batch.py"), route53Path});
    QVERIFY(validator.waitForFinished(60000));
    QVERIFY2(validator.exitCode() == 0, validator.readAll().constData());
    QFile route53(route53Path);
    QVERIFY(route53.open(QIODevice::ReadOnly));
    const QByteArray batch = route53.readAll();
    for (const QString &name : cnames)
        QVERIFY2(batch.contains(QStringLiteral("\"Name\": \"%1\"").arg(name).toUtf8()), batch.constData());

    // SES (the Sandbox) finds the records: the pending row turns verified by itself.
    fixture.clock.advance(61);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(QStringLiteral("shop.example.com")), Identity::VerificationColumn)
            .data(Identity::VerificationStatusRole)
            .toInt(),
        int(Identity::Status::Success),
        5000);
    QTRY_COMPARE(
        model->index(0, Identity::DkimColumn).data(Identity::DkimStatusRole).toInt(), int(Identity::Status::Success));
    QCOMPARE(model->index(0, Identity::VerificationColumn).data().toString(), QStringLiteral("Verified"));
    dns->reload();
    QVERIFY(dnsLoaded.wait(5000));
    QCOMPARE(records->index(0, DnsRecordModel::StatusColumn).data(DnsRecordModel::StatusRole).toInt(),
        int(Ses::DnsRecord::Status::Success));

    // Delete it; the confirmation names the identity.
    auto *table2 = child<QTableView>(pane.get(), QStringLiteral("identityTable"));
    table2->selectRow(0);
    QVERIFY(pane->actions()->remove()->isEnabled());
    fixture.boxes.enqueue(QMessageBox::Yes);
    QSignalSpy deleted(pane.get(), &Views::IdentitiesPane::identityDeleted);
    pane->actions()->remove()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 5000);
    QCOMPARE(fixture.boxes.shown().size(), 1);
    QVERIFY(fixture.boxes.shown().first().text.contains(QStringLiteral("shop.example.com")));
    QVERIFY(fixture.boxes.shown().first().title.contains(QStringLiteral("shop.example.com")));
    QCOMPARE(model->rowCount(), 0);
    QTRY_VERIFY(!pane->dnsRecordsDialog()); // its records window closed with it
    QVERIFY(child<QPushButton>(pane.get(), QStringLiteral("emptyCreateIdentityButton"))->isVisible());
}

void TestIdentitiesPane::wizardShowsIdnBothWaysAndChecksInput()
{
    IdentitiesFixture fixture;
    QVERIFY2(fixture.start().isEmpty(), "sandbox did not start");
    auto pane = fixture.makePane(fixture.openSession());
    QVERIFY(pane);
    pane->actions()->create()->trigger();
    QPointer<Views::CreateIdentityWizard> wizard
        = pane->findChild<Views::CreateIdentityWizard *>(QStringLiteral("createIdentityWizard"));
    QVERIFY(wizard);
    auto *edit = child<QLineEdit>(wizard, QStringLiteral("identityNameEdit"));
    auto *ascii = child<QLabel>(wizard, QStringLiteral("asciiNameLabel"));
    auto *unicode = child<QLabel>(wizard, QStringLiteral("unicodeNameLabel"));
    auto *problem = child<QLabel>(wizard, QStringLiteral("identityNameProblemLabel"));
    type(edit, QStringLiteral("bücher.example"));
    QCOMPARE(ascii->text(), QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(unicode->text(), QStringLiteral("bücher.example"));
    // An address while "Domain" is chosen: a specific complaint, Next stays off.
    edit->clear();
    type(edit, QStringLiteral("ops@bücher.example"));
    QVERIFY(problem->text().contains(QStringLiteral("email address")));
    QVERIFY(!child<QAbstractButton>(wizard, QStringLiteral("nextButton"))->isEnabled());
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("emailRadio")), Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(ascii->text(), QStringLiteral("ops@xn--bcher-kva.example"));
    QVERIFY(child<QAbstractButton>(wizard, QStringLiteral("nextButton"))->isEnabled());
    // An address skips the DKIM page.
    next(wizard);
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("mailFromPage"));
    next(wizard);
    next(wizard);
    QSignalSpy created(pane.get(), &Views::IdentitiesPane::identityCreated);
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("finishButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 5000);
    QCOMPARE(created.first().first().toString(), QStringLiteral("ops@xn--bcher-kva.example"));
    QVERIFY(!pane->dnsRecordsDialog()); // addresses have no DNS records to publish

    // Creating it again: SES refuses, the wizard stays with everything typed.
    QTRY_VERIFY(!wizard); // the first one is gone
    pane->actions()->create()->trigger();
    wizard = pane->findChild<Views::CreateIdentityWizard *>(QStringLiteral("createIdentityWizard"));
    QVERIFY(wizard);
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("emailRadio")), Qt::LeftButton, {}, QPoint(5, 5));
    type(child<QLineEdit>(wizard, QStringLiteral("identityNameEdit")), QStringLiteral("ops@bücher.example"));
    next(wizard);
    next(wizard);
    next(wizard);
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("finishButton")), Qt::LeftButton);
    auto *status = child<QLabel>(wizard, QStringLiteral("createStatusLabel"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("AlreadyExists")));
    QVERIFY(wizard->isVisible());
    QCOMPARE(
        child<QLineEdit>(wizard, QStringLiteral("identityNameEdit"))->text(), QStringLiteral("ops@bücher.example"));
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("cancelButton")), Qt::LeftButton);
}

void TestIdentitiesPane::switchingSessionClearsAndReloads()
{
    IdentitiesFixture first;
    IdentitiesFixture second;
    QVERIFY(first.start().isEmpty());
    QVERIFY(second.start().isEmpty());
    auto sessionA = first.openSession();
    auto sessionB = second.openSession();
    QVERIFY(sessionA && sessionB);
    QVERIFY(first.createIdentity(*sessionA, QStringLiteral("a.example")).isEmpty());
    QVERIFY(second.createIdentity(*sessionB, QStringLiteral("b.example")).isEmpty());
    QVERIFY(second.createIdentity(*sessionB, QStringLiteral("c.example")).isEmpty());

    auto pane = first.makePane(sessionA);
    QVERIFY(pane);
    QCOMPARE(pane->model()->rowCount(), 1);
    pane->openDetails(QStringLiteral("a.example"));
    QVERIFY(pane->detailsDialog());
    QTest::keyClicks(child<QLineEdit>(pane.get(), QStringLiteral("identityFilterEdit")), QStringLiteral("a."));

    // The switch: nothing of account A stays on screen, not even the filter or the details.
    pane->setSession(sessionB);
    QCOMPARE(pane->model()->rowCount(), 0);
    QVERIFY(child<QLineEdit>(pane.get(), QStringLiteral("identityFilterEdit"))->text().isEmpty());
    QTRY_VERIFY(!pane->detailsDialog());
    QVERIFY(pane->isStale());
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(pane->model()->rowCount(), 2);
    QCOMPARE(pane->model()->rowOf(QStringLiteral("a.example")), -1);
    QVERIFY(pane->model()->rowOf(QStringLiteral("b.example")) >= 0);
}

void TestIdentitiesPane::switchingProfileInTheWindowReloads()
{
    // Two accounts: the Local Sandbox profile and a SesDesk profile "prod", each its own Sandbox.
    IdentitiesFixture local;
    IdentitiesFixture prod;
    QVERIFY(local.start().isEmpty());
    QVERIFY(prod.start().isEmpty());
    auto localSession = local.openSession();
    auto prodSession = prod.openSession();
    QVERIFY(localSession && prodSession);
    QVERIFY(local.createIdentity(*localSession, QStringLiteral("local.example")).isEmpty());
    QVERIFY(prod.createIdentity(*prodSession, QStringLiteral("prod.example")).isEmpty());
    local.factory.addProfile(
        Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QStringLiteral("prod"), prod.sandbox().url());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Connection::SesDeskProfileStore store(&settings);
    QVERIFY(
        store.save({QStringLiteral("prod"), QStringLiteral("us-east-1"), {}, LoopbackSessionFactory::testAccessKeyId()})
            .isEmpty());
    Connection::ProfileCatalog catalog(&store, nullptr, true);
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Views::MainWindow::Dependencies deps;
    deps.sessions = &local.factory;
    deps.profiles = &catalog;
    deps.sesDeskProfiles = &store;
    deps.settings = &settings;
    deps.messageBoxes = &local.boxes;
    Views::MainWindow window(deps, registry);
    window.show();
    auto *pane = qobject_cast<Views::IdentitiesPane *>(window.pane(QStringLiteral("identities")));
    QVERIFY(pane);
    QSignalSpy loaded(pane, &Views::Pane::loaded);
    window.start(true);
    window.showPane(QStringLiteral("identities"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    QCOMPARE(pane->model()->rowCount(), 1);
    QVERIFY(pane->model()->rowOf(QStringLiteral("local.example")) == 0);

    QVERIFY(window.switchTo(Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QStringLiteral("us-east-1")));
    QCOMPARE(pane->model()->rowCount(), 0); // cleared before the new account answers
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 5000);
    QCOMPARE(pane->model()->rowCount(), 1);
    QCOMPARE(pane->model()->rowOf(QStringLiteral("prod.example")), 0);
    QCOMPARE(window.session()->profileDisplayName(), QStringLiteral("prod"));
}

void TestIdentitiesPane::filterAndActionsFollowSelection()
{
    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    for (const QString &name :
        {QStringLiteral("alpha.example"), QStringLiteral("beta.example"), QStringLiteral("ops@alpha.example")})
        QVERIFY(fixture.createIdentity(*session, name).isEmpty());
    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    auto *table = child<QTableView>(pane.get(), QStringLiteral("identityTable"));
    QCOMPARE(table->model()->rowCount(), 3);
    Views::IdentityActions *actions = pane->actions();
    QVERIFY(actions->create()->isEnabled());
    QVERIFY(!actions->details()->isEnabled());
    QVERIFY(!actions->remove()->isEnabled());

    // Ctrl+F focuses the filter (the main window asks filterWidget()); typing filters at once.
    QCOMPARE(pane->filterWidget()->objectName(), QStringLiteral("identityFilterEdit"));
    QTest::keyClicks(pane->filterWidget(), QStringLiteral("alpha"));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(
        child<QLabel>(pane.get(), QStringLiteral("identitySummaryLabel"))->text().contains(QStringLiteral("2 of 3")));

    table->selectRow(0);
    QVERIFY(actions->details()->isEnabled());
    QVERIFY(actions->dnsRecords()->isEnabled());
    QVERIFY(actions->remove()->isEnabled());
    QVERIFY(!actions->sendTestEmail()->isEnabled()); // not verified yet
    table->selectAll();
    QVERIFY(!actions->details()->isEnabled());
    QVERIFY(actions->remove()->isEnabled());
    QCOMPARE(pane->copyText().split(QLatin1Char('\n')).size(), 2);

    // Deleting two asks once, naming both; "Cancel" deletes nothing.
    fixture.boxes.enqueue(QMessageBox::Cancel);
    actions->remove()->trigger();
    QCOMPARE(fixture.boxes.shown().size(), 1);
    QVERIFY(fixture.boxes.shown().first().text.contains(QStringLiteral("alpha.example")));
    QVERIFY(fixture.boxes.shown().first().text.contains(QStringLiteral("ops@alpha.example")));
    QCOMPARE(pane->model()->rowCount(), 3);

    // Once verified, a test mail can be sent: the pane hands it to whoever builds that dialog.
    fixture.clock.advance(61);
    pane->reload();
    QTRY_VERIFY(!pane->isLoading());
    table->selectRow(0);
    QTRY_VERIFY(actions->sendTestEmail()->isEnabled());
    QSignalSpy test(pane.get(), &Views::IdentitiesPane::sendTestEmailRequested);
    actions->sendTestEmail()->trigger();
    QCOMPARE(test.size(), 1);
}

void TestIdentitiesPane::readsDetailsOfVisibleRowsOnly()
{
    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    constexpr int Count = 120;
    for (int i = 0; i < Count; ++i)
        QVERIFY(
            fixture.createIdentity(*session, QStringLiteral("d%1.example").arg(i, 3, 10, QLatin1Char('0'))).isEmpty());
    QStringList asked;
    connect(session->aws(), &Aws::AwsClient::callStarted, this, [&asked](quint64, const QString &operation) {
        if (operation == QLatin1String("GetEmailIdentity"))
            asked << operation;
    });
    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    // The Sandbox, like SES, answers in pages (of 100): the rest waits behind NextToken.
    QCOMPARE(pane->model()->rowCount(), 100);
    QVERIFY(pane->model()->hasMore());
    QVERIFY(
        child<QLabel>(pane.get(), QStringLiteral("identitySummaryLabel"))->text().contains(QStringLiteral("scroll")));
    auto *table = child<QTableView>(pane.get(), QStringLiteral("identityTable"));
    const int visible = table->viewport()->height() / table->verticalHeader()->defaultSectionSize() + 2;
    // Let the view lay out and the details of what it shows arrive.
    QTRY_VERIFY(!asked.isEmpty());
    QTest::qWait(300);
    QVERIFY2(asked.size() <= visible,
        qPrintable(
            QStringLiteral("%1 GetEmailIdentity calls for about %2 visible rows").arg(asked.size()).arg(visible)));
    // Scrolling to the end loads the next page and reads the rows that come into view, not the
    // ones in between.
    const int before = static_cast<int>(asked.size());
    table->scrollToBottom();
    QTRY_COMPARE(pane->model()->rowCount(), Count);
    QVERIFY(!pane->model()->hasMore());
    table->scrollToBottom();
    QTRY_VERIFY(asked.size() > before);
    QTest::qWait(300);
    // (The old last screen and the new one were both shown: at most two screens more.)
    QVERIFY2(asked.size() <= before + 2 * visible, qPrintable(QString::number(asked.size())));
    QVERIFY(asked.size() < Count / 2);
}

QTEST_MAIN(TestIdentitiesPane)
#include "tst_identitiespane.moc"
