#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/FallbackSecretStore.h"
#include "models/connection/ProfileCatalog.h"
#include "models/connection/SesDeskProfileStore.h"

#include "views/dialogs/ProfileDialog.h"

#include "tests/gui/support/ScriptedMessageBoxes.h"

using namespace TestSupport;

namespace
{
/// A keyring that is not there, as on a desktop without a Secret Service.
class NoKeyring final : public Connection::SecretStore
{
public:
    void write(const QString &, const QString &, QObject *, WriteCallback done) override
    {
        done(Aws::AwsError::local(Aws::AwsError::Kind::Credentials, UnavailableCode, QStringLiteral("No backend")));
    }
    void read(const QString &, QObject *, ReadCallback done) override
    {
        done(Aws::AwsError::local(Aws::AwsError::Kind::Credentials, UnavailableCode, QStringLiteral("No backend")));
    }
    void remove(const QString &, QObject *, RemoveCallback done) override
    {
        done(Aws::AwsError::local(Aws::AwsError::Kind::Credentials, UnavailableCode, QStringLiteral("No backend")));
    }
};
} // namespace

/// The Profiles dialog: create (with validation naming fields), where no keyring exists keep
/// the secret for the session and say so, never show the secret again, rename, delete.
class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsAProfileAndKeepsTheSecretForTheSession();
    void validationNamesTheField();
    void renamesAndDeletes();

private:
    void type(const QString &name, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Connection::SesDeskProfileStore> m_store;
    std::unique_ptr<Connection::FallbackSecretStore> m_secrets;
    std::unique_ptr<Connection::ProfileCatalog> m_catalog;
    std::unique_ptr<Views::ProfileDialog> m_dialog;
    ScriptedMessageBoxes m_boxes;
};

void TestProfileDialog::init()
{
    m_dialog.reset();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_store = std::make_unique<Connection::SesDeskProfileStore>(m_settings.get());
    m_secrets = std::make_unique<Connection::FallbackSecretStore>(std::make_unique<NoKeyring>());
    m_catalog = std::make_unique<Connection::ProfileCatalog>(m_store.get(), nullptr, true);
    m_boxes.clear();
    m_dialog = std::make_unique<Views::ProfileDialog>(m_store.get(), m_secrets.get(), m_catalog.get(), &m_boxes);
    m_dialog->show();
}

void TestProfileDialog::type(const QString &name, const QString &text)
{
    auto *edit = m_dialog->findChild<QLineEdit *>(name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestProfileDialog::createsAProfileAndKeepsTheSecretForTheSession()
{
    // The Local Sandbox is listed, read-only.
    QVERIFY(!m_dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled());
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
    type(QStringLiteral("nameEdit"), QStringLiteral("prod"));
    auto *region = m_dialog->findChild<QComboBox *>(QStringLiteral("regionCombo"));
    region->setCurrentIndex(region->findData(QStringLiteral("ap-northeast-2")));
    type(QStringLiteral("accessKeyIdEdit"), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    type(QStringLiteral("secretEdit"), secret);
    QSignalSpy saved(m_dialog.get(), &Views::ProfileDialog::saved);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait(5000));

    const auto stored = m_store->find(QStringLiteral("prod"));
    QVERIFY(stored);
    QCOMPARE(stored->region, QStringLiteral("ap-northeast-2"));
    QCOMPARE(stored->accessKeyId, QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    // The user is told the secret lives only as long as this session.
    auto *notice = m_dialog->findChild<QLabel *>(QStringLiteral("secretNoticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("until SesDesk quits")));
    QVERIFY(!m_secrets->keyringAvailable());
    // The secret is never shown again, nor written to the settings file.
    auto *secretEdit = m_dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secretEdit->text().isEmpty());
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
    // But the session can read it.
    QString read;
    m_secrets->read(
        Connection::SesDeskProfile::secretKey(QStringLiteral("prod")), this, [&read](Aws::Result<QString> r) {
            read = r.ok() ? r.value() : QString();
        });
    QTRY_COMPARE(read, secret);
}

void TestProfileDialog::validationNamesTheField()
{
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
    type(QStringLiteral("nameEdit"), QStringLiteral("test"));
    type(QStringLiteral("endpointEdit"), QStringLiteral("http://ses.example.com"));
    type(QStringLiteral("accessKeyIdEdit"), QStringLiteral("akia-lower"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    auto *errors = m_dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(errors->isVisible());
    const QString text = errors->text();
    QVERIFY2(text.contains(QStringLiteral("Endpoint: plain http://")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Access key ID: expected")));
    QVERIFY(text.contains(QStringLiteral("Secret access key: enter")));
    QVERIFY(!m_store->contains(QStringLiteral("test")));
    // The first failing field gets the focus.
    QCOMPARE(m_dialog->focusWidget(), m_dialog->findChild<QLineEdit *>(QStringLiteral("endpointEdit")));
}

void TestProfileDialog::renamesAndDeletes()
{
    QVERIFY(
        m_store->save({QStringLiteral("old"), QStringLiteral("us-east-1"), {}, QStringLiteral("AKIAIOSFODNN7EXAMPLE")})
            .isEmpty());
    bool written = false;
    m_secrets->write(Connection::SesDeskProfile::secretKey(QStringLiteral("old")),
        QStringLiteral("0123456789abcdefSECRET"),
        this,
        [&written](auto) {
            written = true;
        });
    QTRY_VERIFY(written);
    m_dialog->select(QStringLiteral("sesdesk:old"));
    type(QStringLiteral("nameEdit"), QStringLiteral("new"));
    QSignalSpy saved(m_dialog.get(), &Views::ProfileDialog::saved);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QVERIFY(!m_store->contains(QStringLiteral("old")));
    QVERIFY(m_store->contains(QStringLiteral("new")));
    QString moved;
    m_secrets->read(
        Connection::SesDeskProfile::secretKey(QStringLiteral("new")), this, [&moved](Aws::Result<QString> r) {
            moved = r.ok() ? r.value() : QStringLiteral("missing");
        });
    QTRY_COMPARE(moved, QStringLiteral("0123456789abcdefSECRET"));

    m_boxes.enqueue(QMessageBox::Yes);
    QSignalSpy deleted(m_dialog.get(), &Views::ProfileDialog::deleted);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QVERIFY(deleted.wait(5000));
    QVERIFY(m_boxes.shown().first().text.contains(QStringLiteral("“new”")));
    QVERIFY(!m_store->contains(QStringLiteral("new")));
    QString gone;
    m_secrets->read(
        Connection::SesDeskProfile::secretKey(QStringLiteral("new")), this, [&gone](Aws::Result<QString> r) {
            gone = r.isError() ? r.error().code : QStringLiteral("still there");
        });
    QTRY_COMPARE(gone, Connection::SecretStore::NotFoundCode);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
