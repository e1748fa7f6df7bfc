#include <QTest>

#include "models/aws/SmtpPassword.h"

using namespace Aws;

/// The SES SMTP password derivation, against values computed independently (Python's hmac and
/// base64 following AWS's published script), and its input checks.
class TestSmtpPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivesAwsPassword_data();
    void derivesAwsPassword();
    void shape();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

namespace
{
const QString ExampleSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
} // namespace

void TestSmtpPassword::derivesAwsPassword_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");

    QTest::newRow("us-east-1") << QStringLiteral("us-east-1")
                               << QStringLiteral("BLBM/9hSUELfq8Gw+rU1YcBjkOxGbhT2XG763xVLGWL9");
    QTest::newRow("eu-west-1") << QStringLiteral("eu-west-1")
                               << QStringLiteral("BMW5RDrXmmVs0lV7GpI4oLkHXpZ4stDsk6q91z1g38Pk");
    QTest::newRow("ap-northeast-2") << QStringLiteral("ap-northeast-2")
                                    << QStringLiteral("BFrwSu3BsGr8nvY2bDCyObUpnNCGFtmAY0j+5nSYn0ZQ");
}

void TestSmtpPassword::derivesAwsPassword()
{
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const Result<QString> password = SmtpPassword::fromSecretKey(ExampleSecret, region);
    QVERIFY2(password.ok(), qPrintable(password.isError() ? password.error().message : QString()));
    QCOMPARE(password.value(), expected);
}

void TestSmtpPassword::shape()
{
    const Result<QString> password = SmtpPassword::fromSecretKey(ExampleSecret, QStringLiteral("us-west-2"));
    QVERIFY(password.ok());
    const QByteArray raw = QByteArray::fromBase64(password.value().toLatin1());
    QCOMPARE(raw.size(), 33); // version byte and a SHA-256 HMAC
    QCOMPARE(raw.at(0), '\x04');
    QVERIFY(!password.value().contains(ExampleSecret));
    // Another secret or region gives another password.
    QVERIFY(SmtpPassword::fromSecretKey(ExampleSecret + QLatin1Char('x'), QStringLiteral("us-west-2")).value()
        != password.value());
    QVERIFY(SmtpPassword::fromSecretKey(ExampleSecret, QStringLiteral("us-west-1")).value() != password.value());
}

void TestSmtpPassword::rejectsBadInput_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty secret") << QString() << QStringLiteral("us-east-1")
                                  << QStringLiteral("The secret access key is empty.");
    QTest::newRow("empty region") << ExampleSecret << QString()
                                  << QStringLiteral("\"\" is not an AWS region name such as us-east-1.");
    QTest::newRow("upper-case region") << ExampleSecret << QStringLiteral("US-EAST-1")
                                       << QStringLiteral("\"US-EAST-1\" is not an AWS region name such as us-east-1.");
    QTest::newRow("region without number")
        << ExampleSecret << QStringLiteral("us-east")
        << QStringLiteral("\"us-east\" is not an AWS region name such as us-east-1.");
    QTest::newRow("endpoint instead of region")
        << ExampleSecret << QStringLiteral("email-smtp.us-east-1.amazonaws.com")
        << QStringLiteral("\"email-smtp.us-east-1.amazonaws.com\" is not an AWS region name such as us-east-1.");
}

void TestSmtpPassword::rejectsBadInput()
{
    QFETCH(QString, secret);
    QFETCH(QString, region);
    QFETCH(QString, message);
    const Result<QString> password = SmtpPassword::fromSecretKey(secret, region);
    QVERIFY(password.isError());
    QCOMPARE(password.error().kind, AwsError::Kind::Usage);
    QCOMPARE(password.error().message, message);
}

QTEST_GUILESS_MAIN(TestSmtpPassword)
#include "tst_smtppassword.moc"
