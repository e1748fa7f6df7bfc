// The issue's "Done when" against a real sesdesk-sandbox process: sesdesk-cli send-test to every
// mailbox-simulator scenario shows each outcome from the captured-mail store and keeps it in the
// history; GetSendStatistics counts the sends while GetAccount's SentLast24Hours (quota use) does
// not move; templates exported by SesDesk are accepted by `aws sesv2 create-email-template
// --cli-input-json`, and templates the AWS CLI created are read by SesDesk.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/TemplateJsonFile.h"
#include "models/ses/TestSendHistory.h"

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::CliRun;
using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

class tst_TemplatesAgainstSandbox : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{
        {QStringLiteral("--verify-delay"), QStringLiteral("0"), QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_aws;
    std::unique_ptr<TestSupport::CliRunner> m_sesdesk;
    QTemporaryDir m_dir;
    double m_sentBefore = -1;
    QStringList m_messageIds;

    CliRun sesdesk(const QStringList &args)
    {
        return m_sesdesk->sesdesk(QStringList{QStringLiteral("--endpoint-url"), m_sandbox.url().toString()} + args);
    }
    static QString describe(const CliRun &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(r.exitCode), r.out, r.err);
    }
    double sentLast24Hours()
    {
        bool ok = false;
        const QJsonObject account = m_aws->sesv2({QStringLiteral("get-account")}, &ok);
        return ok ? account.value(QStringLiteral("SendQuota"))
                        .toObject()
                        .value(QStringLiteral("SentLast24Hours"))
                        .toDouble(-1)
                  : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_aws = std::make_unique<SandboxCli>(m_sandbox);
        QProcessEnvironment env = m_sandbox.awsEnvironment();
        env.insert(QStringLiteral("SESDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        m_sesdesk = std::make_unique<TestSupport::CliRunner>(env);
        const CliRun created
            = sesdesk({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("example.com")});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        QCOMPARE(m_aws->control("POST", QStringLiteral("/_sandbox/identities/example.com/verify")).status, 200);
        m_sentBefore = sentLast24Hours();
        QVERIFY(m_sentBefore >= 0);
    }

    void sendsToEveryScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("lastEvent");
        QTest::newRow("success") << QStringLiteral("success") << QStringLiteral("Delivered")
                                 << QStringLiteral("Delivery");
        QTest::newRow("bounce") << QStringLiteral("bounce") << QStringLiteral("Bounced · SMTP 5.1.1")
                                << QStringLiteral("Bounce");
        QTest::newRow("ooto") << QStringLiteral("ooto") << QStringLiteral("Delivered, then an auto-reply")
                              << QStringLiteral("AutoReply");
        QTest::newRow("complaint") << QStringLiteral("complaint") << QStringLiteral("Delivered, then a complaint")
                                   << QStringLiteral("Complaint");
        QTest::newRow("suppressionlist") << QStringLiteral("suppressionlist")
                                         << QStringLiteral("Bounced (suppression list) · SMTP 5.1.1")
                                         << QStringLiteral("Bounce");
    }
    void sendsToEveryScenario()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, outcome);
        QFETCH(QString, lastEvent);
        const CliRun sent = sesdesk({QStringLiteral("send-test"),
            QStringLiteral("--from"),
            QStringLiteral("tests@example.com"),
            QStringLiteral("--scenario"),
            scenario,
            QStringLiteral("--label"),
            QStringLiteral("ci")});
        QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));
        const QRegularExpression outcomeLine(QStringLiteral("^Outcome\\s+(.*)$"), QRegularExpression::MultilineOption);
        QCOMPARE(outcomeLine.match(sent.out).captured(1), outcome);
        QVERIFY(sent.out.contains(scenario + QStringLiteral("+ci@simulator.amazonses.com")));
        const QString messageId
            = sent.out.section(QStringLiteral("Message ID"), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
        QVERIFY(!messageId.isEmpty());
        m_messageIds.append(messageId);
        // The store agrees with what was shown.
        const QJsonObject captured = m_aws->control("GET", QStringLiteral("/_sandbox/messages/") + messageId).json();
        const QJsonArray events = captured.value(QStringLiteral("events")).toArray();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().toObject().value(QStringLiteral("eventType")).toString(), lastEvent);
    }

    void historyKeepsEverySend()
    {
        Ses::TestSendHistory history(m_dir.filePath(QStringLiteral("data")));
        const Ses::AccountScope scope{QStringLiteral("aws:@") + m_sandbox.url().authority(), m_sandbox.region()};
        const auto records = history.load(scope);
        QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().toString()));
        QCOMPARE(records.value().size(), 5);
        for (qsizetype i = 0; i < records.value().size(); ++i) {
            const Ses::TestSendRecord &r = records.value().at(i);
            QCOMPARE(r.messageId, m_messageIds.value(i));
            QCOMPARE(r.from, QStringLiteral("tests@example.com"));
            QVERIFY(r.outcome.isFinal() || r.outcome.status == Ses::MessageOutcome::Status::Delivered);
        }
        QCOMPARE(records.value().at(1).outcome.smtpStatus, QStringLiteral("5.1.1"));
    }

    void simulatorMailDoesNotUseTheQuota()
    {
        QCOMPARE(sentLast24Hours(), m_sentBefore);
        // SES v1's GetSendQuota reads the same figure.
        const CliRun quota = m_aws->aws({QStringLiteral("ses"), QStringLiteral("get-send-quota")});
        QVERIFY2(quota.exitCode == 0, qPrintable(describe(quota)));
        QCOMPARE(quota.json().object().value(QStringLiteral("SentLast24Hours")).toDouble(-1), m_sentBefore);
        QVERIFY(quota.json().object().value(QStringLiteral("Max24HourSend")).toDouble() > 0);
    }

    void statisticsCountTheSends()
    {
        const CliRun stats = m_aws->aws({QStringLiteral("ses"), QStringLiteral("get-send-statistics")});
        QVERIFY2(stats.exitCode == 0, qPrintable(describe(stats)));
        double attempts = 0;
        double bounces = 0;
        double complaints = 0;
        for (const QJsonValue &point : stats.json().object().value(QStringLiteral("SendDataPoints")).toArray()) {
            attempts += point.toObject().value(QStringLiteral("DeliveryAttempts")).toDouble();
            bounces += point.toObject().value(QStringLiteral("Bounces")).toDouble();
            complaints += point.toObject().value(QStringLiteral("Complaints")).toDouble();
        }
        QCOMPARE(attempts, 5.0);
        QCOMPARE(bounces, 2.0); // bounce and suppressionlist
        QCOMPARE(complaints, 1.0);
    }

    void exportedTemplatesAreAcceptedByTheAwsCli()
    {
        Ses::EmailTemplate t;
        t.templateName = QStringLiteral("Exported_1");
        t.content = {QStringLiteral("Hello {{name}} — ünïcødé"),
            QStringLiteral("Dear {{name}},\nyour order {{order.id}} shipped."),
            QStringLiteral("<h1>Hello {{name}}</h1>{{#each items}}<li>{{this}}</li>{{/each}}")};
        const QString file = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY(Ses::TemplateJsonFile::write(file, t).ok());
        bool ok = false;
        m_aws->sesv2({QStringLiteral("create-email-template"),
                         QStringLiteral("--cli-input-json"),
                         QStringLiteral("file://") + file},
            &ok);
        QVERIFY(ok);
        const QJsonObject got = m_aws->sesv2(
            {QStringLiteral("get-email-template"), QStringLiteral("--template-name"), t.templateName}, &ok);
        QVERIFY(ok);
        QCOMPARE(
            Ses::EmailTemplateContent::fromJson(got.value(QStringLiteral("TemplateContent")).toObject()), t.content);

        const CliRun rendered = sesdesk({QStringLiteral("template"),
            QStringLiteral("render"),
            t.templateName,
            QStringLiteral("--data"),
            QStringLiteral(R"({"name":"Ana","order":{"id":"A-1"},"items":["x","y"]})")});
        QVERIFY2(rendered.exitCode == 0, qPrintable(describe(rendered)));
        QVERIFY(rendered.out.contains(QStringLiteral("Ana")));
    }

    void templatesCreatedByTheAwsCliOpen()
    {
        bool ok = false;
        m_aws->sesv2(
            {QStringLiteral("create-email-template"),
                QStringLiteral("--template-name"),
                QStringLiteral("FromAwsCli"),
                QStringLiteral("--template-content"),
                QStringLiteral(R"({"Subject":"Hi {{name}}","Text":"Hello {{name}}","Html":"<p>Hello {{name}}</p>"})")},
            &ok);
        QVERIFY(ok);
        const CliRun shown = sesdesk({QStringLiteral("--output"),
            QStringLiteral("json"),
            QStringLiteral("template"),
            QStringLiteral("show"),
            QStringLiteral("FromAwsCli")});
        QVERIFY2(shown.exitCode == 0, qPrintable(describe(shown)));
        // What SesDesk reads is a valid export, with the parts the AWS CLI wrote.
        const auto parsed = Ses::TemplateJsonFile::parse(shown.out.toUtf8(), QStringLiteral("show"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed.value().content.html, QStringLiteral("<p>Hello {{name}}</p>"));
        const CliRun table
            = sesdesk({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("FromAwsCli")});
        QVERIFY(table.out.contains(QStringLiteral("Variables")));
        QVERIFY(table.out.contains(QStringLiteral("name")));

        // And a test send can use it.
        const CliRun sent = sesdesk({QStringLiteral("send-test"),
            QStringLiteral("--from"),
            QStringLiteral("tests@example.com"),
            QStringLiteral("--scenario"),
            QStringLiteral("success"),
            QStringLiteral("--template"),
            QStringLiteral("FromAwsCli"),
            QStringLiteral("--data"),
            QStringLiteral(R"({"name":"Ana"})")});
        QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));
        QVERIFY(sent.out.contains(QStringLiteral("Delivered")));
    }
};

QTEST_GUILESS_MAIN(tst_TemplatesAgainstSandbox)
#include "tst_templatesagainstsandbox.moc"
