// The identity details window and the wizard's BYODKIM page against the Sandbox: each setting
// is shown as SES has it and saved at once; BYODKIM keys are checked before anything is sent.
#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsRequest.h"
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

using namespace TestSupport;

class TestIdentityDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsDomainSettings();
    void emailIdentityOffersResend();
    void byoDkimKeysAreCheckedBeforeSending();

private:
    template <typename T> static T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
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

QTEST_MAIN(TestIdentityDetails)
#include "tst_identitydetails.moc"
