// sesdesk-cli's command line: help, usage errors (exit 2) and argument validation, run
// in-process with no network.
#include <QTest>

#include "tests/support/CliRunner.h"

class tst_CliUsage : public QObject
{
    Q_OBJECT

    TestSupport::CliRunner m_cli{[] {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDUSAGE"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("usage-secret"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("eu-west-1"));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/config"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent/credentials"));
        return env;
    }()};

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutContains");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("Commands:") << QString();
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("identity create")
                                << QString();
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("sesdesk-cli ")
                                   << QString();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("command help") << QStringList{QStringLiteral("identity"),
            QStringLiteral("create"),
            QStringLiteral("--help")} << 0
                                      << QStringLiteral("--dkim-key-length") << QString();
        QTest::newRow("help on every command")
            << QStringList{QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--help")} << 0
            << QStringLiteral("Usage: sesdesk-cli [global options] account show") << QString();
        QTest::newRow("missing NAME") << QStringList{QStringLiteral("identity"), QStringLiteral("show")} << 2
                                      << QString() << QStringLiteral("expected exactly one identity NAME");
        QTest::newRow("two NAMEs") << QStringList{QStringLiteral("identity"),
            QStringLiteral("delete"),
            QStringLiteral("a.com"),
            QStringLiteral("b.com")}
                                   << 2 << QString() << QStringLiteral("expected exactly one identity NAME");
        QTest::newRow("bad key length") << QStringList{QStringLiteral("identity"),
            QStringLiteral("create"),
            QStringLiteral("example.com"),
            QStringLiteral("--dkim-key-length"),
            QStringLiteral("RSA_4096_BIT")}
                                        << 2 << QString() << QStringLiteral("RSA_4096_BIT");
        QTest::newRow("bad tag") << QStringList{QStringLiteral("identity"),
            QStringLiteral("create"),
            QStringLiteral("example.com"),
            QStringLiteral("--tag"),
            QStringLiteral("novalue")}
                                 << 2 << QString() << QStringLiteral("KEY=VALUE");
        QTest::newRow("bad output") << QStringList{QStringLiteral("--output"),
            QStringLiteral("yaml"),
            QStringLiteral("account"),
            QStringLiteral("show")} << 2
                                    << QString() << QStringLiteral("--output must be json or table");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("account"),
            QStringLiteral("show"),
            QStringLiteral("--bogus")} << 2
                                        << QString() << QStringLiteral("bogus");
        QTest::newRow("invalid domain") << QStringList{QStringLiteral("identity"),
            QStringLiteral("show"),
            QStringLiteral("exa mple.com")}
                                        << 2 << QString() << QStringLiteral("exa mple");
        QTest::newRow("http to a remote host is refused") << QStringList{QStringLiteral("--endpoint-url"),
            QStringLiteral("http://email.example.com"),
            QStringLiteral("account"),
            QStringLiteral("show")} << 1 << QString() << QStringLiteral("InsecureEndpoint");
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutContains);
        QFETCH(QString, stderrContains);
        const TestSupport::CliRun run = m_cli.sesdesk(args);
        QVERIFY2(run.exitCode == exitCode,
            qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(QString::number(run.exitCode), run.out, run.err)));
        if (!stdoutContains.isEmpty())
            QVERIFY2(run.out.contains(stdoutContains), qPrintable(run.out));
        if (!stderrContains.isEmpty())
            QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("usage-secret")));
        QVERIFY(!run.err.contains(QStringLiteral("usage-secret")));
    }
};

QTEST_GUILESS_MAIN(tst_CliUsage)
#include "tst_cliusage.moc"
