// sesdesk-cli against the Sandbox and against moto, for the same identity operations: both
// backends give the same answers (as far as moto implements SES), and against the Sandbox
// sesdesk-cli prints exactly what `aws sesv2` prints.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "tests/support/AwsCliOutput.h"
#include "tests/support/CliRunner.h"
#include "tests/support/Fixtures.h"
#include "tests/support/SandboxProcess.h"

using TestSupport::CliRun;

namespace
{

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(run.exitCode), run.out, run.err);
}

/// What both backends agree on for an identity.
QJsonObject essentials(const QJsonObject &identity)
{
    return QJsonObject{{QStringLiteral("IdentityType"), identity.value(QLatin1String("IdentityType"))},
        {QStringLiteral("VerificationStatus"), identity.value(QLatin1String("VerificationStatus"))},
        {QStringLiteral("HasDkimAttributes"), identity.contains(QLatin1String("DkimAttributes"))},
        {QStringLiteral("Policies"), identity.value(QLatin1String("Policies"))}};
}

QJsonObject listed(const CliRun &list, const QString &identity)
{
    for (const auto &v : list.json().object().value(QLatin1String("EmailIdentities")).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value(QLatin1String("IdentityName")).toString() == identity)
            return QJsonObject{{QStringLiteral("IdentityType"), item.value(QLatin1String("IdentityType"))},
                {QStringLiteral("VerificationStatus"), item.value(QLatin1String("VerificationStatus"))}};
    }
    return {};
}

} // namespace

class tst_SandboxCliVsMoto : public QObject
{
    Q_OBJECT

private:
    // Identities verify at once, as moto's do.
    TestSupport::SandboxProcess m_sandbox{{QStringLiteral("--verify-delay"), QStringLiteral("0")}};
    std::unique_ptr<TestSupport::CliRunner> m_sandboxCli;
    std::unique_ptr<TestSupport::CliRunner> m_motoCli;
    QString m_moto;

    CliRun sesdesk(const TestSupport::CliRunner &runner, const QString &endpoint, const QStringList &args)
    {
        return runner.sesdesk(
            QStringList{QStringLiteral("--endpoint-url"), endpoint, QStringLiteral("--output"), QStringLiteral("json")}
            + args);
    }
    CliRun onSandbox(const QStringList &args)
    {
        return sesdesk(*m_sandboxCli, m_sandbox.url().toString(), args);
    }
    CliRun onMoto(const QStringList &args)
    {
        return sesdesk(*m_motoCli, m_moto, args);
    }
    CliRun awsOnSandbox(const QStringList &args)
    {
        return m_sandboxCli->aws(m_sandbox.awsArguments() + QStringList{QStringLiteral("sesv2")} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_sandboxCli = std::make_unique<TestSupport::CliRunner>(m_sandbox.awsEnvironment());
        const QUrl moto = TestSupport::motoUrl();
        QVERIFY2(moto.isValid(), "the moto fixture is not running (ctest fixture \"moto\")");
        m_moto = moto.toString();
        QProcessEnvironment motoEnv = m_sandbox.awsEnvironment();
        motoEnv.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
        motoEnv.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
        m_motoCli = std::make_unique<TestSupport::CliRunner>(motoEnv);
    }

    void sameAnswersAsMoto_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::newRow("domain") << QStringLiteral("sandbox-vs-moto.example.com");
        QTest::newRow("address") << QStringLiteral("sender@sandbox-vs-moto.example.org");
        QTest::newRow("plus address") << QStringLiteral("ops+alerts@sandbox-vs-moto.example.net");
    }

    void sameAnswersAsMoto()
    {
        QFETCH(QString, identity);
        const CliRun sandboxCreated = onSandbox({QStringLiteral("identity"), QStringLiteral("create"), identity});
        const CliRun motoCreated = onMoto({QStringLiteral("identity"), QStringLiteral("create"), identity});
        QVERIFY2(sandboxCreated.exitCode == 0, qPrintable(describe(sandboxCreated)));
        QVERIFY2(motoCreated.exitCode == 0, qPrintable(describe(motoCreated)));
        QCOMPARE(sandboxCreated.json().object().value(QLatin1String("IdentityType")),
            motoCreated.json().object().value(QLatin1String("IdentityType")));

        const CliRun sandboxShow = onSandbox({QStringLiteral("identity"), QStringLiteral("show"), identity});
        const CliRun motoShow = onMoto({QStringLiteral("identity"), QStringLiteral("show"), identity});
        QVERIFY2(sandboxShow.exitCode == 0, qPrintable(describe(sandboxShow)));
        QVERIFY2(motoShow.exitCode == 0, qPrintable(describe(motoShow)));
        QCOMPARE(essentials(sandboxShow.json().object()), essentials(motoShow.json().object()));

        // Against the Sandbox, sesdesk-cli prints what the AWS CLI prints.
        const CliRun awsShow
            = awsOnSandbox({QStringLiteral("get-email-identity"), QStringLiteral("--email-identity"), identity});
        QVERIFY2(awsShow.exitCode == 0, qPrintable(describe(awsShow)));
        QCOMPARE(sandboxShow.json(), awsShow.json());

        const QJsonObject sandboxListed
            = listed(onSandbox({QStringLiteral("identity"), QStringLiteral("list")}), identity);
        QVERIFY(!sandboxListed.isEmpty());
        QCOMPARE(sandboxListed, listed(onMoto({QStringLiteral("identity"), QStringLiteral("list")}), identity));

        QCOMPARE(onSandbox({QStringLiteral("identity"), QStringLiteral("delete"), identity}).exitCode, 0);
        QCOMPARE(onMoto({QStringLiteral("identity"), QStringLiteral("delete"), identity}).exitCode, 0);
        const CliRun sandboxGone = onSandbox({QStringLiteral("identity"), QStringLiteral("show"), identity});
        const CliRun motoGone = onMoto({QStringLiteral("identity"), QStringLiteral("show"), identity});
        QCOMPARE(sandboxGone.exitCode, motoGone.exitCode);
        QVERIFY2(sandboxGone.err.contains(QLatin1String("(NotFoundException)")), qPrintable(sandboxGone.err));
        QVERIFY2(motoGone.err.contains(QLatin1String("(NotFoundException)")), qPrintable(motoGone.err));
        QVERIFY(listed(onSandbox({QStringLiteral("identity"), QStringLiteral("list")}), identity).isEmpty());
        QVERIFY(listed(onMoto({QStringLiteral("identity"), QStringLiteral("list")}), identity).isEmpty());
    }

    void accountShowMatchesTheAwsCli()
    {
        // moto has no SES v2 GetAccount; the Sandbox and the AWS CLI are compared instead.
        const CliRun ours = onSandbox({QStringLiteral("account"), QStringLiteral("show")});
        const CliRun theirs = awsOnSandbox({QStringLiteral("get-account")});
        QVERIFY2(ours.exitCode == 0, qPrintable(describe(ours)));
        QVERIFY2(theirs.exitCode == 0, qPrintable(describe(theirs)));
        QCOMPARE(ours.json(), theirs.json());
    }

    void wrongSecretIsRefusedAlike()
    {
        QProcessEnvironment env = m_sandbox.awsEnvironment();
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("not-the-secret"));
        const TestSupport::CliRunner wrong(env);
        const CliRun ours
            = sesdesk(wrong, m_sandbox.url().toString(), {QStringLiteral("identity"), QStringLiteral("list")});
        const CliRun theirs = wrong.aws(
            m_sandbox.awsArguments() + QStringList{QStringLiteral("sesv2"), QStringLiteral("list-email-identities")});
        QVERIFY(ours.exitCode != 0);
        QVERIFY(theirs.exitCode != 0);
        QVERIFY2(ours.err.contains(QLatin1String("SignatureDoesNotMatch")), qPrintable(ours.err));
        QCOMPARE(TestSupport::AwsCliError::parse(theirs.err).code, QStringLiteral("SignatureDoesNotMatch"));
    }
};

QTEST_MAIN(tst_SandboxCliVsMoto)
#include "tst_sandbox_cli_vs_moto.moc"
