// The identity details window and the wizard's BYODKIM page against the Sandbox: each setting
// is shown as SES has it and saved at once; BYODKIM keys are checked before anything is sent.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/AwsRequest.h"
#include "models/aws/CredentialsProvider.h"
#include "models/connection/Session.h"
#include "models/items/DnsRecordModel.h"
#include "models/items/IdentityTableModel.h"
#include "models/ses/SesClient.h"

#include "views/dialogs/CreateIdentityWizard.h"
#include "views/dialogs/DnsRecordsDialog.h"
#include "views/dialogs/IdentityDetailsDialog.h"
#include "views/panes/IdentitiesPane.h"
#include "views/panes/identities/DnsRecordsView.h"
#include "views/panes/identities/IdentityActions.h"
#include "views/widgets/ErrorBanner.h"

#include "IdentitiesFixture.h"
#include "tests/support/FindChild.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace TestSupport;

class TestIdentityDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsDomainSettings();
    void emailIdentityOffersResend();
    void byoDkimKeysAreCheckedBeforeSending();
    void editsTagsOnTheIdentityArn();
    void switchesToOwnKeyAndBack();

private:
    static Views::IdentityDetailsDialog *openDetails(Views::IdentitiesPane *pane, const QString &name)
    {
        pane->openDetails(name);
        Views::IdentityDetailsDialog *dialog = pane->detailsDialog();
        if (!dialog
            || !QTest::qWaitFor(
                [dialog] {
                    return dialog->identity().has_value();
                },
                5000))
            return nullptr;
        return dialog;
    }
    /// Clicks and waits until the dialog has read the identity again after the change.
    static bool clickAndReload(Views::IdentityDetailsDialog *dialog, QAbstractButton *button)
    {
        QSignalSpy loaded(dialog, &Views::IdentityDetailsDialog::loaded);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(5, 5));
        return QTest::qWaitFor(
            [&loaded] {
                return !loaded.isEmpty();
            },
            5000);
    }
    static QString makeKey(const QString &dir, const QString &name, const QStringList &args)
    {
        const QString path = QDir(dir).filePath(name);
        QProcess openssl;
        // "openssl genrsa -out FILE BITS": the options before the key size.
        openssl.start(QStringLiteral("openssl"), QStringList{args.first(), QStringLiteral("-out"), path} + args.mid(1));
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return {};
        return path;
    }
};

void TestIdentityDetails::editsDomainSettings()
{
    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(fixture.createIdentity(*session, QStringLiteral("details.example")).isEmpty());
    // A configuration set to choose as the default.
    std::optional<bool> made;
    session->ses()->call(Aws::AwsRequest::restJson(QStringLiteral("CreateConfigurationSet"),
                             "POST",
                             "/v2/email/configuration-sets",
                             QJsonObject{{QStringLiteral("ConfigurationSetName"), QStringLiteral("transactional")}}),
        this,
        [&made](Aws::Result<Aws::AwsResponse> r) {
            made = r.ok();
        });
    QTRY_VERIFY(made.has_value());
    QVERIFY(*made);
    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    Views::IdentityDetailsDialog *dialog = openDetails(pane.get(), QStringLiteral("details.example"));
    QVERIFY(dialog);

    // Verification and DKIM in words, with the guide's timing.
    QVERIFY(
        child<QLabel>(dialog, QStringLiteral("verificationStatusLabel"))->text().contains(QStringLiteral("Pending")));
    QVERIFY(
        child<QLabel>(dialog, QStringLiteral("verificationMeaningLabel"))->text().contains(QStringLiteral("72 hours")));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("resendVerificationButton"))->isVisible());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("dkimKeyLengthLabel"))->text().contains(QStringLiteral("2048")));

    // DKIM signing off.
    auto *signing = child<QCheckBox>(dialog, QStringLiteral("dkimSigningCheck"));
    QVERIFY(signing->isChecked());
    QVERIFY(clickAndReload(dialog, signing));
    QVERIFY(!dialog->identity()->dkim.signingEnabled);
    QVERIFY(!signing->isChecked());

    // Key length: 1024 bits next.
    auto *length = child<QComboBox>(dialog, QStringLiteral("dkimNextKeyLengthCombo"));
    QCOMPARE(length->currentData().toString(), QStringLiteral("RSA_1024_BIT"));
    QVERIFY(clickAndReload(dialog, child<QPushButton>(dialog, QStringLiteral("changeDkimKeyButton"))));
    QCOMPARE(dialog->identity()->dkim.nextSigningKeyLength, QStringLiteral("RSA_1024_BIT"));

    // MAIL FROM: a domain that is no subdomain is refused before sending.
    auto *mailFrom = child<QLineEdit>(dialog, QStringLiteral("mailFromDomainEdit"));
    auto *saveMailFrom = child<QPushButton>(dialog, QStringLiteral("saveMailFromButton"));
    QTest::keyClicks(mailFrom, QStringLiteral("bounce.other.example"));
    QVERIFY(!saveMailFrom->isEnabled());
    QVERIFY(
        child<QLabel>(dialog, QStringLiteral("mailFromProblemLabel"))->text().contains(QStringLiteral("subdomain of")));
    mailFrom->clear();
    QTest::keyClicks(mailFrom, QStringLiteral("bounce.details.example"));
    auto *behavior = child<QComboBox>(dialog, QStringLiteral("mxFailureCombo"));
    behavior->setCurrentIndex(behavior->findData(QStringLiteral("REJECT_MESSAGE")));
    QVERIFY(saveMailFrom->isEnabled());
    QVERIFY(clickAndReload(dialog, saveMailFrom));
    QCOMPARE(dialog->identity()->mailFrom.mailFromDomain, QStringLiteral("bounce.details.example"));
    QCOMPARE(dialog->identity()->mailFrom.behaviorOnMxFailure, QStringLiteral("REJECT_MESSAGE"));
    QVERIFY(child<QLabel>(dialog, QStringLiteral("mailFromStatusLabel"))->text().contains(QStringLiteral("72 hours")));

    // Feedback forwarding off.
    auto *forwarding = child<QCheckBox>(dialog, QStringLiteral("feedbackForwardingCheck"));
    QVERIFY(forwarding->isChecked());
    QVERIFY(clickAndReload(dialog, forwarding));
    QVERIFY(!dialog->identity()->feedbackForwardingStatus);

    // Default configuration set, chosen from the account's; the table's row follows.
    auto *sets = child<QComboBox>(dialog, QStringLiteral("defaultConfigurationSetCombo"));
    QTRY_VERIFY(sets->findText(QStringLiteral("transactional")) >= 0);
    sets->setCurrentIndex(sets->findText(QStringLiteral("transactional")));
    QVERIFY(clickAndReload(dialog, child<QPushButton>(dialog, QStringLiteral("saveConfigurationSetButton"))));
    QCOMPARE(dialog->identity()->configurationSetName, QStringLiteral("transactional"));
    Items::IdentityTableModel *model = pane->model();
    QTRY_COMPARE(
        model->index(0, Items::Identity::ConfigurationSetColumn).data(Items::Identity::ConfigurationSetRole).toString(),
        QStringLiteral("transactional"));
    QVERIFY(!dialog->errorBanner()->isVisible());

    // The DKIM section opens the DNS records.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("dkimDnsRecordsButton")), Qt::LeftButton);
    QTRY_VERIFY(pane->dnsRecordsDialog() && pane->dnsRecordsDialog()->isLoaded());
}

void TestIdentityDetails::emailIdentityOffersResend()
{
    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(fixture.createIdentity(*session, QStringLiteral("ops@details.example")).isEmpty());
    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    Views::IdentityDetailsDialog *dialog = openDetails(pane.get(), QStringLiteral("ops@details.example"));
    QVERIFY(dialog);
    const QString mail = child<QLabel>(dialog, QStringLiteral("verificationMailLabel"))->text();
    QVERIFY2(mail.contains(QStringLiteral("no-reply-aws@amazon.com")), qPrintable(mail));
    QVERIFY(
        child<QLabel>(dialog, QStringLiteral("verificationMeaningLabel"))->text().contains(QStringLiteral("24 hours")));
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("resendVerificationButton"))->isVisible());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("resendNoteLabel"))
                ->text()
                .contains(QStringLiteral("VerifyEmailIdentity")));
    // Once verified, nothing to re-send.
    fixture.clock.advance(61);
    dialog->reload();
    QTRY_VERIFY(!child<QPushButton>(dialog, QStringLiteral("resendVerificationButton"))->isVisible());
    QVERIFY(
        child<QLabel>(dialog, QStringLiteral("verificationStatusLabel"))->text().contains(QStringLiteral("Verified")));
}

void TestIdentityDetails::byoDkimKeysAreCheckedBeforeSending()
{
    QTemporaryDir dir;
    const QString good
        = makeKey(dir.path(), QStringLiteral("good.pem"), {QStringLiteral("genrsa"), QStringLiteral("2048")});
    const QString big
        = makeKey(dir.path(), QStringLiteral("big.pem"), {QStringLiteral("genrsa"), QStringLiteral("3072")});
    const QString ec = makeKey(dir.path(),
        QStringLiteral("ec.pem"),
        {QStringLiteral("genpkey"),
            QStringLiteral("-algorithm"),
            QStringLiteral("EC"),
            QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256")});
    QVERIFY(!good.isEmpty() && !big.isEmpty() && !ec.isEmpty());

    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto pane = fixture.makePane(fixture.openSession());
    QVERIFY(pane);
    pane->actions()->create()->trigger();
    auto *wizard = pane->findChild<Views::CreateIdentityWizard *>(QStringLiteral("createIdentityWizard"));
    QVERIFY(wizard);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("identityNameEdit")), QStringLiteral("own-key.example"));
    auto *next = child<QAbstractButton>(wizard, QStringLiteral("nextButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("byoDkimRadio")), Qt::LeftButton, {}, QPoint(5, 5));
    auto *problem = child<QLabel>(wizard, QStringLiteral("dkimProblemLabel"));
    auto *load = child<QPushButton>(wizard, QStringLiteral("loadDkimKeyButton"));
    QVERIFY(!next->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("Paste the private key")));

    // Each wrong key gets its own words.
    const QList<std::pair<QString, QString>> wrong{
        {dir.filePath(QStringLiteral("missing.pem")), QStringLiteral("cannot be read")},
        {ec, QStringLiteral("not an RSA key")},
        {big, QStringLiteral("3072 bits")}};
    for (const auto &[path, words] : wrong) {
        fixture.files.enqueue(path);
        QTest::mouseClick(load, Qt::LeftButton);
        QVERIFY2(problem->text().contains(words), qPrintable(path + QLatin1String(": ") + problem->text()));
        QVERIFY(!next->isEnabled());
    }
    auto *keyEdit = child<QPlainTextEdit>(wizard, QStringLiteral("dkimPrivateKeyEdit"));
    keyEdit->clear();
    QTest::keyClicks(keyEdit, QStringLiteral("not a key at all"));
    QVERIFY(problem->text().contains(QStringLiteral("not a readable private key")));

    // A good key, then the selector.
    fixture.files.enqueue(good);
    QTest::mouseClick(load, Qt::LeftButton);
    QVERIFY2(problem->text().contains(QStringLiteral("selector")), qPrintable(problem->text()));
    QVERIFY(child<QLabel>(wizard, QStringLiteral("dkimKeyStatusLabel"))->text().contains(QStringLiteral("2048-bit")));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("dkimSelectorEdit")), QStringLiteral("-bad"));
    QVERIFY(!next->isEnabled());
    child<QLineEdit>(wizard, QStringLiteral("dkimSelectorEdit"))->clear();
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("dkimSelectorEdit")), QStringLiteral("sel2024"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QSignalSpy created(pane.get(), &Views::IdentitiesPane::identityCreated);
    QTest::mouseClick(child<QAbstractButton>(wizard, QStringLiteral("finishButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 5000);

    // SES returns no selector or public key for BYODKIM: the wizard hands them to the records.
    Views::DnsRecordsDialog *dns = pane->dnsRecordsDialog();
    QVERIFY(dns);
    QTRY_VERIFY(dns->isLoaded());
    Items::DnsRecordModel *records = dns->view()->model();
    const Ses::DnsRecord dkim = records->recordAt(0);
    QCOMPARE(dkim.purpose, Ses::DnsRecord::Purpose::ByoDkim);
    QCOMPARE(dkim.name, QStringLiteral("sel2024._domainkey.own-key.example"));
    QVERIFY(dkim.value.startsWith(QStringLiteral("p=MIIBIjAN")));
    QVERIFY(!child<QWidget>(dns, QStringLiteral("byoDkimBox"))->isVisible());
}

void TestIdentityDetails::editsTagsOnTheIdentityArn()
{
    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    // The Sandbox has no STS: a scripted one says whose the keys are (the Sandbox's account).
    ScriptedHttpServer sts;
    QVERIFY(sts.start());
    ScriptedHttpServer::Reply caller;
    caller.headers = {{"Content-Type", "text/xml"}};
    caller.body
        = "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
          "<Arn>arn:aws:iam::123456789012:user/admin</Arn><UserId>AIDAEXAMPLE</UserId>"
          "<Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>";
    sts.setFallback(caller);
    Aws::ClientConfig config;
    config.endpointOverride = fixture.sandbox().url();
    config.serviceEndpoints.insert(QStringLiteral("sts"), sts.url());
    config.managementRatePerSecond = 0;
    Aws::SystemClock clock;
    auto session = std::make_shared<Connection::Session>(
        Connection::Session::Description{
            Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), QStringLiteral("us-east-1"), {}},
        std::make_unique<Aws::AwsClient>(&fixture.network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{
                    LoopbackSessionFactory::testAccessKeyId(), LoopbackSessionFactory::testSecret(), {}, {}},
                QStringLiteral("test")),
            &clock,
            config));
    std::optional<bool> created;
    Ses::CreateEmailIdentityRequest request;
    request.emailIdentity = QStringLiteral("tags.example");
    request.tags = {{QStringLiteral("team"), QStringLiteral("web")}, {QStringLiteral("old"), QStringLiteral("x")}};
    session->ses()->createEmailIdentity(request, this, [&created](auto r) {
        created = r.ok();
    });
    QTRY_VERIFY(created.has_value());
    QVERIFY(*created);

    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    Views::IdentityDetailsDialog *dialog = openDetails(pane.get(), QStringLiteral("tags.example"));
    QVERIFY(dialog);
    auto *table = child<QTableWidget>(dialog, QStringLiteral("tagTable"));
    QCOMPARE(table->rowCount(), 2);
    auto *save = child<QPushButton>(dialog, QStringLiteral("saveTagsButton"));
    QVERIFY(!save->isEnabled()); // nothing changed yet
    table->setCurrentCell(1, 0);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("removeTagButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addTagButton")), Qt::LeftButton);
    table->item(1, 0)->setText(QStringLiteral("cost"));
    table->item(1, 1)->setText(QStringLiteral("42"));
    QVERIFY(save->isEnabled());
    QVERIFY(clickAndReload(dialog, save));
    QVERIFY2(!dialog->errorBanner()->isVisible(), qPrintable(dialog->errorBanner()->text()));
    QMap<QString, QString> tags;
    for (const Ses::Tag &t : dialog->identity()->tags)
        tags.insert(t.key, t.value);
    QCOMPARE(tags,
        (QMap<QString, QString>{
            {QStringLiteral("team"), QStringLiteral("web")}, {QStringLiteral("cost"), QStringLiteral("42")}}));
    QCOMPARE(sts.requests().size(), 1);
    QVERIFY(sts.requests().first().body.contains("Action=GetCallerIdentity"));

    // A duplicate key is refused before anything is sent.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addTagButton")), Qt::LeftButton);
    table->item(2, 0)->setText(QStringLiteral("team"));
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("tagProblemLabel"))->text().contains(QStringLiteral("twice")));
}

void TestIdentityDetails::switchesToOwnKeyAndBack()
{
    QTemporaryDir dir;
    const QString keyPath
        = makeKey(dir.path(), QStringLiteral("rot.pem"), {QStringLiteral("genrsa"), QStringLiteral("2048")});
    QVERIFY(!keyPath.isEmpty());
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QString pem = QString::fromLatin1(keyFile.readAll());

    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(fixture.createIdentity(*session, QStringLiteral("rotate.example")).isEmpty());
    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    Views::IdentityDetailsDialog *dialog = openDetails(pane.get(), QStringLiteral("rotate.example"));
    QVERIFY(dialog);
    auto *use = child<QPushButton>(dialog, QStringLiteral("useOwnDkimKeyButton"));
    QVERIFY(!use->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("useEasyDkimButton"))->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("newDkimSelectorEdit")), QStringLiteral("rot1"));
    auto *keyEdit = child<QPlainTextEdit>(dialog, QStringLiteral("newDkimKeyEdit"));
    QTest::keyClicks(keyEdit, QStringLiteral("MIIBroken"));
    QVERIFY(!use->isEnabled());
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("newDkimKeyProblemLabel"))->text().isEmpty());
    keyEdit->selectAll();
    QApplication::clipboard()->setText(pem);
    QTest::keySequence(keyEdit, QKeySequence::Paste);
    QVERIFY(use->isEnabled());
    QVERIFY(clickAndReload(dialog, use));
    QVERIFY2(!dialog->errorBanner()->isVisible(), qPrintable(dialog->errorBanner()->text()));
    QCOMPARE(dialog->identity()->dkim.signingAttributesOrigin, QStringLiteral("EXTERNAL"));
    QVERIFY(keyEdit->toPlainText().isEmpty()); // the secret is not kept on screen
    // The record to publish, while SesDesk still knows the public key.
    QTRY_VERIFY(pane->dnsRecordsDialog() && pane->dnsRecordsDialog()->isLoaded());
    const Ses::DnsRecord record = pane->dnsRecordsDialog()->view()->model()->recordAt(0);
    QCOMPARE(record.name, QStringLiteral("rot1._domainkey.rotate.example"));
    QVERIFY(record.value.startsWith(QStringLiteral("p=MIIBIjAN")));

    // And back to Easy DKIM.
    auto *easy = child<QPushButton>(dialog, QStringLiteral("useEasyDkimButton"));
    QVERIFY(easy->isVisible());
    QVERIFY(clickAndReload(dialog, easy));
    QCOMPARE(dialog->identity()->dkim.signingAttributesOrigin, QStringLiteral("AWS_SES"));
    QCOMPARE(dialog->identity()->dkim.tokens.size(), 3);
}

QTEST_MAIN(TestIdentityDetails)
#include "tst_identitydetails.moc"
