#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include "views/dialogs/ProductionAccessDialog.h"
#include "views/panes/AccountPane.h"

#include "tests/gui/support/AccountJson.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace TestSupport;

/// The production-access form: each invalid input is refused with an error naming its field,
/// typed as a user types; a valid form goes out as PutAccountDetails exactly as the model says.
class TestProductionAccessDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validationNamesTheField_data();
    void validationNamesTheField();
    void requestFromThePaneSendsPutAccountDetails();

private:
    struct Input {
        QString mailType;
        QString url;
        QString useCase;
        QString contacts;
        bool japanese = false;
        bool acknowledge = true;
    };
    static void fill(QDialog *dialog, const Input &input);
};

Q_DECLARE_METATYPE(QList<QString>)

void TestProductionAccessDialog::fill(QDialog *dialog, const Input &input)
{
    if (input.mailType == QLatin1String("marketing"))
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("marketingRadio")), Qt::LeftButton);
    else if (input.mailType == QLatin1String("transactional"))
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("transactionalRadio")), Qt::LeftButton);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("websiteUrlEdit"));
    url->setFocus();
    QTest::keyClicks(url, input.url);
    auto *useCase = dialog->findChild<QPlainTextEdit *>(QStringLiteral("useCaseEdit"));
    useCase->setFocus();
    QTest::keyClicks(useCase, input.useCase);
    auto *contacts = dialog->findChild<QLineEdit *>(QStringLiteral("contactsEdit"));
    contacts->setFocus();
    QTest::keyClicks(contacts, input.contacts);
    if (input.japanese) {
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
    }
    if (input.acknowledge)
        QTest::mouseClick(
            dialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck")), Qt::LeftButton, {}, QPoint(5, 5));
}

void TestProductionAccessDialog::validationNamesTheField_data()
{
    QTest::addColumn<QString>("mailType");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("useCase");
    QTest::addColumn<QString>("contacts");
    QTest::addColumn<bool>("acknowledge");
    QTest::addColumn<QString>("expected"); ///< Start of the first error; empty: accepted.

    const QString url = QStringLiteral("https://www.example.com");
    const QString useCase = QStringLiteral("Order receipts to customers who bought from us; bounces are removed.");
    QTest::newRow("valid") << "transactional" << url << useCase << "ops@example.com, legal@example.org" << true
                           << QString();
    QTest::newRow("no mail type") << "" << url << useCase << "" << true << "Mail type:";
    QTest::newRow("no url") << "marketing"
                            << "" << useCase << "" << true << "Website URL:";
    QTest::newRow("url without scheme") << "marketing"
                                        << "www.example.com" << useCase << "" << true << "Website URL:";
    QTest::newRow("url not web") << "marketing"
                                 << "ftp://example.com" << useCase << "" << true << "Website URL:";
    QTest::newRow("no use case") << "marketing" << url << ""
                                 << "" << true << "Use case description:";
    QTest::newRow("bad contact") << "marketing" << url << useCase << "ops@example.com, not-an-address" << true
                                 << "Additional contacts: “not-an-address”";
    QTest::newRow("short contact") << "marketing" << url << useCase << "a@b.c" << true
                                   << "Additional contacts: “a@b.c” must be";
    QTest::newRow("five contacts") << "marketing" << url << useCase << "a1@x.com,a2@x.com,a3@x.com,a4@x.com,a5@x.com"
                                   << true << "Additional contacts: at most 4";
    QTest::newRow("not acknowledged") << "marketing" << url << useCase << "" << false << "Acknowledgement:";
}

void TestProductionAccessDialog::validationNamesTheField()
{
    QFETCH(QString, mailType);
    QFETCH(QString, url);
    QFETCH(QString, useCase);
    QFETCH(QString, contacts);
    QFETCH(bool, acknowledge);
    QFETCH(QString, expected);

    Views::ProductionAccessDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog, {mailType, url, useCase, contacts, false, acknowledge});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    auto *errors = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    if (expected.isEmpty()) {
        QCOMPARE(accepted.size(), 1);
        QVERIFY(dialog.problems().isEmpty());
        const Ses::PutAccountDetailsRequest request = dialog.request();
        QCOMPARE(request.additionalContactEmailAddresses,
            QStringList({QStringLiteral("ops@example.com"), QStringLiteral("legal@example.org")}));
        return;
    }
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().startsWith(expected), qPrintable(errors->text()));
}

void TestProductionAccessDialog::requestFromThePaneSendsPutAccountDetails()
{
    QNetworkAccessManager network;
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setFallback(ScriptedHttpServer::Reply::json(200, AccountJson::sandbox()));
    LoopbackSessionFactory factory(&network);
    factory.addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), server.url());
    ScriptedMessageBoxes boxes;
    Views::AccountPane pane(Views::PaneContext{&boxes, nullptr, nullptr});
    pane.show();
    std::shared_ptr<Connection::Session> session;
    factory.open(Connection::ProfileRef::sandbox(), QStringLiteral("us-east-1"), &pane, [&session](auto r) {
        session = r.value();
    });
    QTRY_VERIFY(session);
    pane.setSession(session);
    QSignalSpy loaded(&pane, &Views::Pane::loaded);
    pane.reload();
    QVERIFY(loaded.wait(5000));

    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("requestProductionAccessButton")), Qt::LeftButton);
    auto *dialog = pane.findChild<Views::ProductionAccessDialog *>(QStringLiteral("productionAccessDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    fill(dialog,
        {QStringLiteral("marketing"),
            QStringLiteral("https://shop.example.com"),
            QStringLiteral("Newsletter to opted-in customers."),
            QStringLiteral("ops@example.com"),
            true,
            true});
    QSignalSpy saved(&pane, &Views::AccountPane::settingsSaved);
    const auto before = server.requests().size();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const auto &put = server.requests().at(before);
    QCOMPARE(put.method, QByteArray("POST"));
    QCOMPARE(put.path(), QByteArray("/v2/email/account/details"));
    const QJsonObject body = QJsonDocument::fromJson(put.body).object();
    QCOMPARE(body,
        QJsonObject({{QStringLiteral("MailType"), QStringLiteral("MARKETING")},
            {QStringLiteral("WebsiteURL"), QStringLiteral("https://shop.example.com")},
            {QStringLiteral("UseCaseDescription"), QStringLiteral("Newsletter to opted-in customers.")},
            {QStringLiteral("AdditionalContactEmailAddresses"), QJsonArray{QStringLiteral("ops@example.com")}},
            {QStringLiteral("ContactLanguage"), QStringLiteral("JA")},
            {QStringLiteral("ProductionAccessEnabled"), true}}));
}

QTEST_MAIN(TestProductionAccessDialog)
#include "tst_productionaccessdialog.moc"
