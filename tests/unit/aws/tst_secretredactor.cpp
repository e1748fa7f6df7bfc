#include <QTest>

#include "models/aws/SecretRedactor.h"

/// SecretRedactor removes known secrets and whatever looks like one from text we show, such as
/// a credential_process's stderr, and leaves the rest readable.
class TestSecretRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain message kept") << QStringLiteral("profile prod: token expired, run aws sso login")
                                            << QStringLiteral("profile prod: token expired, run aws sso login");
        QTest::newRow("access key id kept")
            << QStringLiteral("no such key AKIAIOSFODNN7EXAMPLE") << QStringLiteral("no such key AKIAIOSFODNN7EXAMPLE");
        QTest::newRow("known secret") << QStringLiteral("bad key hunter22 given")
                                      << QStringLiteral("bad key <redacted> given");
        QTest::newRow("40-character secret key") << QStringLiteral("using wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY now")
                                                 << QStringLiteral("using <redacted> now");
        QTest::newRow("JSON pair") << QStringLiteral("{\"SecretAccessKey\": \"abc\", \"AccessKeyId\": \"AKID\"}")
                                   << QStringLiteral(
                                          "{\"SecretAccessKey\": \"<redacted>\", \"AccessKeyId\": \"AKID\"}");
        QTest::newRow("JSON token with escapes")
            << QStringLiteral("{\"SessionToken\":\"a\\\"b\"}") << QStringLiteral("{\"SessionToken\":\"<redacted>\"}");
        QTest::newRow("INI pair") << QStringLiteral("aws_secret_access_key = abc/def")
                                  << QStringLiteral("aws_secret_access_key = <redacted>");
        QTest::newRow("shell pair") << QStringLiteral("AWS_SESSION_TOKEN=xyz; next")
                                    << QStringLiteral("AWS_SESSION_TOKEN=<redacted>; next");
        QTest::newRow("password colon") << QStringLiteral("password: pw1 and more")
                                        << QStringLiteral("password: <redacted> and more");
    }

    void redact()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Aws::SecretRedactor redactor;
        redactor.addSecret(QStringLiteral("hunter22"));
        redactor.addSecret(QStringLiteral("ab")); // too short to redact safely: ignored
        QCOMPARE(redactor.redact(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
