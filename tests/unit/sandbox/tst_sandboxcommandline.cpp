#include <QTest>

#include "sandbox/SandboxCommandLine.h"

using Sandbox::SandboxCommandLine;

Q_DECLARE_METATYPE(SandboxCommandLine::Action)

/// sesdesk-sandbox's options and the message for each bad value.
class tst_SandboxCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<SandboxCommandLine::Action>("action");
        QTest::addColumn<QString>("messagePart");

        using A = SandboxCommandLine::Action;
        QTest::newRow("defaults") << QStringList() << A::Run << QString();
        QTest::newRow("all options") << QStringList{QStringLiteral("--port"),
            QStringLiteral("0"),
            QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("--data-dir"),
            QStringLiteral("/tmp/x"),
            QStringLiteral("--region"),
            QStringLiteral("eu-west-1"),
            QStringLiteral("--access-key-id"),
            QStringLiteral("AKID"),
            QStringLiteral("--secret-access-key"),
            QStringLiteral("SECRET"),
            QStringLiteral("--production"),
            QStringLiteral("--review-delay"),
            QStringLiteral("3"),
            QStringLiteral("--verify-delay"),
            QStringLiteral("0"),
            QStringLiteral("--api-rate-limit"),
            QStringLiteral("1"),
            QStringLiteral("--check-responses")}
                                     << A::Run << QString();
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << A::ShowHelp
                              << QStringLiteral("--verify-delay");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << A::ShowVersion << QString();
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << A::Error
                                  << QStringLiteral("--port");
        QTest::newRow("bad bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("localhost!")} << A::Error
                                  << QStringLiteral("--bind");
        QTest::newRow("bad region") << QStringList{QStringLiteral("--region"), QStringLiteral("Mars")} << A::Error
                                    << QStringLiteral("--region");
        QTest::newRow("key without secret") << QStringList{QStringLiteral("--access-key-id"), QStringLiteral("AKID")}
                                            << A::Error << QStringLiteral("go together");
        QTest::newRow("negative delay") << QStringList{QStringLiteral("--verify-delay"), QStringLiteral("-1")}
                                        << A::Error << QStringLiteral("--verify-delay");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << A::Error
                                        << QStringLiteral("frobnicate");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << A::Error << QStringLiteral("extra");
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(SandboxCommandLine::Action, action);
        QFETCH(QString, messagePart);
        const auto result = SandboxCommandLine::parse(
            QStringList{QStringLiteral("sesdesk-sandbox")} + arguments, QProcessEnvironment());
        QCOMPARE(result.action, action);
        if (!messagePart.isEmpty())
            QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    }

    void values()
    {
        const auto result = SandboxCommandLine::parse({QStringLiteral("sesdesk-sandbox"),
                                                          QStringLiteral("--port"),
                                                          QStringLiteral("0"),
                                                          QStringLiteral("--region"),
                                                          QStringLiteral("eu-west-1"),
                                                          QStringLiteral("--production"),
                                                          QStringLiteral("--verify-delay"),
                                                          QStringLiteral("0")},
            QProcessEnvironment());
        QCOMPARE(result.config.port, quint16(0));
        QCOMPARE(result.config.region, QStringLiteral("eu-west-1"));
        QVERIFY(result.config.production);
        QCOMPARE(result.config.verifyDelaySeconds, 0);
        QVERIFY(result.config.usesDefaultCredentials());
        QCOMPARE(SandboxCommandLine::parse({QStringLiteral("sesdesk-sandbox")}, QProcessEnvironment()).config.port,
            SandboxCommandLine::kDefaultPort);
    }

    void secretFromEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("SESDESK_SANDBOX_SECRET_ACCESS_KEY"), QStringLiteral("from-env"));
        const auto result = SandboxCommandLine::parse(
            {QStringLiteral("sesdesk-sandbox"), QStringLiteral("--access-key-id"), QStringLiteral("AKID")}, env);
        QCOMPARE(result.action, SandboxCommandLine::Action::Run);
        QCOMPARE(result.config.secretAccessKey, QStringLiteral("from-env"));
        QVERIFY(!result.config.usesDefaultCredentials());
    }
};

QTEST_MAIN(tst_SandboxCommandLine)
#include "tst_sandboxcommandline.moc"
