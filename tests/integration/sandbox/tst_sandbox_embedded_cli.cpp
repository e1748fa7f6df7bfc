// sesdesk-cli --sandbox, in-process: with no AWS credentials or configuration at all, the CLI
// starts an embedded SesDesk Sandbox with the demo account and talks to it through the normal
// signed client.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/CliRunner.h"

using TestSupport::CliRun;

class tst_SandboxEmbeddedCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<TestSupport::CliRunner> m_cli;

    static QString describe(const CliRun &run)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(run.exitCode), run.out, run.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Nothing configured: no AWS_* variables, an empty home (no ~/.aws).
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_cli = std::make_unique<TestSupport::CliRunner>(env, m_home.path());
    }

    void withoutSandboxThereIsNoAccount()
    {
        const CliRun run = m_cli->sesdesk({QStringLiteral("account"), QStringLiteral("show")});
        QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
    }

    void accountShow()
    {
        const CliRun run
            = m_cli->sesdesk({QStringLiteral("--sandbox"), QStringLiteral("account"), QStringLiteral("show")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("production")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("50000")));
        QVERIFY(run.out.contains(QStringLiteral("GRANTED")));
    }

    void accountShowAsJson()
    {
        const CliRun run = m_cli->sesdesk({QStringLiteral("--sandbox"),
            QStringLiteral("--output"),
            QStringLiteral("json"),
            QStringLiteral("account"),
            QStringLiteral("show")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject account = run.json().object();
        QCOMPARE(account.value(QLatin1String("ProductionAccessEnabled")).toBool(), true);
        QVERIFY(account.value(QLatin1String("SendQuota")).toObject().value(QLatin1String("SentLast24Hours")).toDouble()
            > 0);
    }

    void reputationStatistics()
    {
        const CliRun run = m_cli->sesdesk({QStringLiteral("--sandbox"),
            QStringLiteral("stats"),
            QStringLiteral("reputation"),
            QStringLiteral("--range"),
            QStringLiteral("24h"),
            QStringLiteral("--period"),
            QStringLiteral("1h")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("Bounce rate")), qPrintable(describe(run)));
    }

    void identitiesAndRegion()
    {
        const CliRun run = m_cli->sesdesk({QStringLiteral("--sandbox"),
            QStringLiteral("--region"),
            QStringLiteral("eu-west-1"),
            QStringLiteral("--debug"),
            QStringLiteral("identity"),
            QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QStringLiteral("shop.example.com")));
        QVERIFY(run.out.contains(QStringLiteral("xn--bcher-kva.example")));
        // The session says where it went: the local Sandbox, in the region asked for.
        QVERIFY2(run.err.contains(
                     QStringLiteral("local SesDesk Sandbox (demo account), region eu-west-1, http://127.0.0.1:")),
            qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxEmbeddedCli)
#include "tst_sandbox_embedded_cli.moc"
