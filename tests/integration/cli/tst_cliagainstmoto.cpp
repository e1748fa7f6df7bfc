// sesdesk-cli's identity commands against moto's SES v2, compared with what `aws sesv2` prints
// against the same server: scripts written for the AWS CLI must read our JSON unchanged.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "tests/support/CliRunner.h"
#include "tests/support/Fixtures.h"

using TestSupport::CliRun;

class tst_CliAgainstMoto : public QObject
{
    Q_OBJECT

private:
    TestSupport::CliRunner m_cli;
    QString m_endpoint;

    CliRun ours(QStringList args)
    {
        return m_cli.sesdesk(
            QStringList{
                QStringLiteral("--endpoint-url"), m_endpoint, QStringLiteral("--output"), QStringLiteral("json")}
            + args);
    }
    CliRun theirs(QStringList args)
    {
        return m_cli.aws(QStringList{QStringLiteral("--endpoint-url"),
                             m_endpoint,
                             QStringLiteral("--output"),
                             QStringLiteral("json"),
                             QStringLiteral("sesv2")}
            + args);
    }
    static QString describe(const CliRun &run)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(run.exitCode), run.out, run.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QUrl moto = TestSupport::motoUrl();
        QVERIFY2(moto.isValid(), "the moto fixture is not running (ctest fixture \"moto\")");
        m_endpoint = moto.toString();
        QVERIFY2(!QStringLiteral(SESDESK_AWS_CLI).isEmpty(), "the AWS CLI was not found at configure time");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : env.keys()) {
            if (k.startsWith(QLatin1String("AWS_")))
                env.remove(k);
        }
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
        // A region of its own: this test compares whole identity lists, and other tests create
        // identities in the shared moto fixture at the same time (moto keeps SES per region).
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-central-1"));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/sesdesk-test-config"));
        env.insert(
            QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent/sesdesk-test-credentials"));
        m_cli.setEnvironment(env);
    }

    void createShowListDeleteMatchTheAwsCli_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::newRow("domain") << QStringLiteral("cli-moto.example.com");
        QTest::newRow("plus address") << QStringLiteral("ops+alerts@example.com");
        QTest::newRow("plain address") << QStringLiteral("sender@cli-moto.example.org");
    }
    void createShowListDeleteMatchTheAwsCli()
    {
        QFETCH(QString, identity);
        const CliRun created = ours({QStringLiteral("identity"), QStringLiteral("create"), identity});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        const QJsonObject createdJson = created.json().object();
        QCOMPARE(createdJson.value(QStringLiteral("IdentityType")).toString(),
            identity.contains(QLatin1Char('@')) ? QStringLiteral("EMAIL_ADDRESS") : QStringLiteral("DOMAIN"));
        QVERIFY(createdJson.contains(QStringLiteral("DkimAttributes")));

        // The same identity, read by both tools, prints the same JSON.
        const CliRun ourShow = ours({QStringLiteral("identity"), QStringLiteral("show"), identity});
        const CliRun awsShow
            = theirs({QStringLiteral("get-email-identity"), QStringLiteral("--email-identity"), identity});
        QVERIFY2(ourShow.exitCode == 0, qPrintable(describe(ourShow)));
        QVERIFY2(awsShow.exitCode == 0, qPrintable(describe(awsShow)));
        QCOMPARE(ourShow.json(), awsShow.json());

        const CliRun ourList = ours({QStringLiteral("identity"), QStringLiteral("list")});
        const CliRun awsList = theirs({QStringLiteral("list-email-identities")});
        QVERIFY2(ourList.exitCode == 0, qPrintable(describe(ourList)));
        QVERIFY2(awsList.exitCode == 0, qPrintable(describe(awsList)));
        QCOMPARE(ourList.json(), awsList.json());
        bool listed = false;
        for (const QJsonValue &v : ourList.json().object().value(QStringLiteral("EmailIdentities")).toArray())
            listed = listed || v.toObject().value(QStringLiteral("IdentityName")).toString() == identity;
        QVERIFY(listed);

        const CliRun deleted = ours({QStringLiteral("identity"), QStringLiteral("delete"), identity});
        QVERIFY2(deleted.exitCode == 0, qPrintable(describe(deleted)));
        QCOMPARE(deleted.out, QString()); // like the AWS CLI: nothing on success

        // Both now fail to find it, with the same error code.
        const CliRun ourGone = ours({QStringLiteral("identity"), QStringLiteral("show"), identity});
        const CliRun awsGone
            = theirs({QStringLiteral("get-email-identity"), QStringLiteral("--email-identity"), identity});
        QCOMPARE(ourGone.exitCode, 1);
        QVERIFY(awsGone.exitCode != 0);
        QVERIFY2(ourGone.err.contains(QStringLiteral("(NotFoundException)")), qPrintable(ourGone.err));
        QVERIFY2(awsGone.err.contains(QStringLiteral("(NotFoundException)")), qPrintable(awsGone.err));
        QVERIFY(ourGone.err.contains(QStringLiteral("GetEmailIdentity")));
    }

    void tableOutputIsForPeople()
    {
        // moto 5.2.1 cannot page (it fails building a NextToken past 100 identities), so paging
        // is tested against the scripted server and the Sandbox instead.
        QCOMPARE(theirs({QStringLiteral("create-email-identity"),
                            QStringLiteral("--email-identity"),
                            QStringLiteral("page-0.example.net")})
                     .exitCode,
            0);
        const CliRun r = m_cli.sesdesk(
            {QStringLiteral("--endpoint-url"), m_endpoint, QStringLiteral("identity"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Identity")));
        QVERIFY(r.out.contains(QStringLiteral("page-0.example.net")));
    }
};

QTEST_GUILESS_MAIN(tst_CliAgainstMoto)
#include "tst_cliagainstmoto.moc"
