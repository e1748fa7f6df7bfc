// sesdesk-cli's template and send-test commands in-process against a scripted loopback server:
// what they send, what they print (--output json as the API's JSON), the pre-save checks, the
// local history they keep, and their usage errors.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/TemplateVersionStore.h"

#include "tests/support/CliRunner.h"
#include "tests/support/ScriptedHttpServer.h"

using TestSupport::CliRun;
using TestSupport::ScriptedHttpServer;

class tst_CliTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ScriptedHttpServer> m_server;
    TestSupport::CliRunner m_cli;

    CliRun run(const QStringList &args, bool json = false)
    {
        QStringList all{QStringLiteral("--endpoint-url"), m_server->url().toString()};
        if (json)
            all << QStringLiteral("--output") << QStringLiteral("json");
        return m_cli.sesdesk(all + args);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }
    static QString describe(const CliRun &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(r.exitCode), r.out, r.err);
    }
    QJsonObject lastBody() const
    {
        return QJsonDocument::fromJson(m_server->requests().constLast().body).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDCLITEMPLATES"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("cli-secret"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("eu-west-1"));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/config"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent/credentials"));
        env.insert(QStringLiteral("SESDESK_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        m_cli.setEnvironment(env);
    }
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->start());
    }

    void createFromAnExportKeepsASnapshot()
    {
        const QString file = writeFile(QStringLiteral("welcome.json"), R"({
    "TemplateName": "Welcome",
    "TemplateContent": {
        "Subject": "Welcome, {{name}}",
        "Text": "Hello {{name}}",
        "Html": "<p>Hello {{name}}</p>{{ses:openTracker}}"
    },
    "Tags": [{"Key": "team", "Value": "growth"}]
})");
        const CliRun created
            = run({QStringLiteral("template"), QStringLiteral("create"), QStringLiteral("--from-file"), file});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        QVERIFY(created.out.contains(QStringLiteral("Created template Welcome. Local history: version 1.")));
        const auto &request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path(), QByteArray("/v2/email/templates"));
        QCOMPARE(lastBody().value(QStringLiteral("Tags")).toArray().size(), 1);
        QCOMPARE(
            lastBody().value(QStringLiteral("TemplateContent")).toObject().value(QStringLiteral("Subject")).toString(),
            QStringLiteral("Welcome, {{name}}"));

        // The snapshot is where the GUI looks for this endpoint's history.
        Ses::TemplateVersionStore store(m_dir.filePath(QStringLiteral("data")), nullptr);
        const Ses::AccountScope scope{
            QStringLiteral("aws:@") + m_server->url().authority(), QStringLiteral("eu-west-1")};
        const auto versions = store.versions(scope, QStringLiteral("Welcome"));
        QVERIFY(versions.ok());
        QCOMPARE(versions.value().size(), 1);
        QCOMPARE(versions.value().constFirst().origin, Ses::TemplateVersion::Origin::Imported);

        // Update from the same file: JSON output prints nothing, as the AWS CLI does.
        const CliRun updated
            = run({QStringLiteral("template"), QStringLiteral("update"), QStringLiteral("--from-file"), file}, true);
        QVERIFY2(updated.exitCode == 0, qPrintable(describe(updated)));
        QCOMPARE(updated.out, QString());
        QCOMPARE(m_server->requests().constLast().method, QByteArray("PUT"));
        QCOMPARE(m_server->requests().constLast().path(), QByteArray("/v2/email/templates/Welcome"));
    }

    void checksStopABrokenTemplate()
    {
        const QString file = writeFile(QStringLiteral("broken.json"),
            "{\"TemplateName\": \"Broken\", \"TemplateContent\": {\"Subject\": \"Hi\", \"Html\": \"<p>{{#if "
            "vip}}VIP</p>\"}}");
        const CliRun refused
            = run({QStringLiteral("template"), QStringLiteral("create"), QStringLiteral("--from-file"), file});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("error: Html:1:4:")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--skip-checks")));
        QVERIFY(m_server->requests().isEmpty());

        m_server->enqueue(ScriptedHttpServer::Reply::json(
            400, R"({"message":"Template is invalid: unclosed block."})", "BadRequestException"));
        const CliRun sesDecides = run({QStringLiteral("template"),
            QStringLiteral("create"),
            QStringLiteral("--from-file"),
            file,
            QStringLiteral("--skip-checks")});
        QCOMPARE(sesDecides.exitCode, 1);
        QVERIFY2(sesDecides.err.contains(
                     QStringLiteral("An error occurred (BadRequestException) when calling the CreateEmailTemplate "
                                    "operation: Template is invalid: unclosed block.")),
            qPrintable(sesDecides.err));
    }

    void malformedFilesAreNamedPrecisely()
    {
        const QString file = writeFile(
            QStringLiteral("bad.json"), "{\n  \"TemplateName\": \"x\",\n  \"TemplateContent\": {\"Subject\": 5}\n}\n");
        const CliRun r
            = run({QStringLiteral("template"), QStringLiteral("create"), QStringLiteral("--from-file"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(file + QStringLiteral(":3:23: \"TemplateContent.Subject\" must be a string, not number.")),
            qPrintable(r.err));
        const CliRun missing = run({QStringLiteral("template"), QStringLiteral("update")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("--from-file")));
        QVERIFY(m_server->requests().isEmpty());
    }

    void listMergesEveryPage()
    {
        m_server->enqueue(ScriptedHttpServer::Reply::json(
            200, R"({"TemplatesMetadata":[{"TemplateName":"a","CreatedTimestamp":1700000000.0}],"NextToken":"n1"})"));
        m_server->enqueue(ScriptedHttpServer::Reply::json(
            200, R"({"TemplatesMetadata":[{"TemplateName":"b","CreatedTimestamp":1700000100.0}]})"));
        const CliRun json = run({QStringLiteral("template"), QStringLiteral("list")}, true);
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        const QJsonArray items = json.json().object().value(QStringLiteral("TemplatesMetadata")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("TemplateName")).toString(), QStringLiteral("b"));
        QVERIFY(!json.json().object().contains(QStringLiteral("NextToken")));

        m_server->enqueue(ScriptedHttpServer::Reply::json(
            200, R"({"TemplatesMetadata":[{"TemplateName":"only","CreatedTimestamp":1700000000.0}]})"));
        const CliRun table = run({QStringLiteral("template"), QStringLiteral("list")});
        QVERIFY(table.out.contains(QStringLiteral("only")));
        QVERIFY(table.out.contains(QStringLiteral("2023-11-14T22:13:20Z")));
    }

    void showListsTheVariables()
    {
        m_server->enqueue(ScriptedHttpServer::Reply::json(200,
            "{\"TemplateName\":\"Order\",\"TemplateContent\":{\"Subject\":\"Order {{order.id}}\",\"Html\":\"{{#each "
            "items}}<li>{{name}}</li>{{/each}}\",\"Text\":\"Hi {{customer}}\"}}"));
        const CliRun r = run({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("Order")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("order.id, items, items[].name, customer")), qPrintable(r.out));
        QCOMPARE(m_server->requests().constLast().path(), QByteArray("/v2/email/templates/Order"));
    }

    void renderTakesDataInlineOrFromAFile()
    {
        m_server->enqueue(
            ScriptedHttpServer::Reply::json(200, R"({"RenderedTemplate":"Subject: Hi Ana\r\n\r\nHello Ana"})"));
        const CliRun json = run({QStringLiteral("template"),
                                    QStringLiteral("render"),
                                    QStringLiteral("Welcome"),
                                    QStringLiteral("--data"),
                                    QStringLiteral("{\"name\": \"Ana\"}")},
            true);
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        QCOMPARE(json.json().object().value(QStringLiteral("RenderedTemplate")).toString(),
            QStringLiteral("Subject: Hi Ana\r\n\r\nHello Ana"));
        QCOMPARE(lastBody().value(QStringLiteral("TemplateData")).toString(), QStringLiteral("{\"name\": \"Ana\"}"));

        const QString data = writeFile(QStringLiteral("data.json"), "{\"name\": \"Bo\"}");
        m_server->enqueue(ScriptedHttpServer::Reply::json(200, R"({"RenderedTemplate":"x"})"));
        QCOMPARE(run({QStringLiteral("template"),
                         QStringLiteral("render"),
                         QStringLiteral("Welcome"),
                         QStringLiteral("--data"),
                         QStringLiteral("file://") + data})
                     .exitCode,
            0);
        QCOMPARE(lastBody().value(QStringLiteral("TemplateData")).toString(), QStringLiteral("{\"name\": \"Bo\"}"));

        const int before = static_cast<int>(m_server->requests().size());
        const CliRun bad = run({QStringLiteral("template"),
            QStringLiteral("render"),
            QStringLiteral("Welcome"),
            QStringLiteral("--data"),
            QStringLiteral("{\"name\": Ana}")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("line 1, column 10")), qPrintable(bad.err));
        QCOMPARE(m_server->requests().size(), before);
    }

    void deletePrintsLikeTheAwsCli()
    {
        const CliRun json = run({QStringLiteral("template"), QStringLiteral("delete"), QStringLiteral("Old")}, true);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, QString());
        QCOMPARE(m_server->requests().constLast().method, QByteArray("DELETE"));
        const CliRun table = run({QStringLiteral("template"), QStringLiteral("delete"), QStringLiteral("Old")});
        QVERIFY(table.out.contains(QStringLiteral("Deleted template Old.")));
    }

    void sendTestPrintsTheMessageIdAndOutcome()
    {
        m_server->enqueue(ScriptedHttpServer::Reply::json(200, R"({"MessageId":"0100018f-json-000000"})"));
        const CliRun json = run({QStringLiteral("send-test"),
                                    QStringLiteral("--from"),
                                    QStringLiteral("sender@example.com"),
                                    QStringLiteral("--scenario"),
                                    QStringLiteral("success")},
            true);
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        QCOMPARE(
            json.json().object(), QJsonObject({{QStringLiteral("MessageId"), QStringLiteral("0100018f-json-000000")}}));
        const QJsonObject body = lastBody();
        QCOMPARE(body.value(QStringLiteral("Destination"))
                     .toObject()
                     .value(QStringLiteral("ToAddresses"))
                     .toArray()
                     .first()
                     .toString(),
            QStringLiteral("success@simulator.amazonses.com"));
        QCOMPARE(body.value(QStringLiteral("Content"))
                     .toObject()
                     .value(QStringLiteral("Simple"))
                     .toObject()
                     .value(QStringLiteral("Subject"))
                     .toObject()
                     .value(QStringLiteral("Data"))
                     .toString(),
            QStringLiteral("SesDesk test email"));

        // Table output looks the outcome up in the (scripted) Sandbox store.
        m_server->enqueue(ScriptedHttpServer::Reply::json(200, R"({"MessageId":"0100018f-bounce-000000"})"));
        m_server->enqueue(ScriptedHttpServer::Reply::json(200, R"({"events":[{"eventType":"Send"},{"eventType":"Bounce",
            "bounce":{"bounceType":"Permanent","bouncedRecipients":[{"status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}]})"));
        const CliRun table = run({QStringLiteral("send-test"),
            QStringLiteral("--from"),
            QStringLiteral("sender@example.com"),
            QStringLiteral("--scenario"),
            QStringLiteral("bounce"),
            QStringLiteral("--label"),
            QStringLiteral("ci"),
            QStringLiteral("--template"),
            QStringLiteral("Welcome"),
            QStringLiteral("--data"),
            QStringLiteral("{\"name\":\"x\"}"),
            QStringLiteral("--configuration-set"),
            QStringLiteral("tracking"),
            QStringLiteral("--tag"),
            QStringLiteral("run=ci-1")});
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        QVERIFY(table.out.contains(QStringLiteral("0100018f-bounce-000000")));
        QVERIFY(table.out.contains(QStringLiteral("bounce+ci@simulator.amazonses.com")));
        QVERIFY2(table.out.contains(QStringLiteral("Bounced · SMTP 5.1.1")), qPrintable(table.out));
        QVERIFY(table.out.contains(QStringLiteral("does not count against your daily sending quota")));
        const auto sendRequest = m_server->requests().at(m_server->requests().size() - 2);
        const QJsonObject sent = QJsonDocument::fromJson(sendRequest.body).object();
        QCOMPARE(sent.value(QStringLiteral("ConfigurationSetName")).toString(), QStringLiteral("tracking"));
        QCOMPARE(sent.value(QStringLiteral("EmailTags"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("Value"))
                     .toString(),
            QStringLiteral("ci-1"));
        QCOMPARE(sent.value(QStringLiteral("Content"))
                     .toObject()
                     .value(QStringLiteral("Template"))
                     .toObject()
                     .value(QStringLiteral("TemplateName"))
                     .toString(),
            QStringLiteral("Welcome"));
        QCOMPARE(m_server->requests().constLast().path(), QByteArray("/_sandbox/messages/0100018f-bounce-000000"));
    }

    void sendTestReportsSesErrorsAsTheAwsCliDoes()
    {
        m_server->enqueue(ScriptedHttpServer::Reply::json(400,
            R"({"message":"Email address is not verified. The following identities failed the check in region EU-WEST-1: nobody@example.com"})",
            "MessageRejected"));
        const CliRun r = run({QStringLiteral("send-test"),
            QStringLiteral("--from"),
            QStringLiteral("nobody@example.com"),
            QStringLiteral("--scenario"),
            QStringLiteral("success")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("An error occurred (MessageRejected) when calling the SendEmail "
                                                 "operation: Email address is not verified.")),
            qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Request ID: req-400")));
    }

    void sendTestUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString from = QStringLiteral("--from=a@example.com");
        QTest::newRow("no sender") << QStringList{QStringLiteral("--scenario"), QStringLiteral("success")}
                                   << QStringLiteral("--from");
        QTest::newRow("no recipient") << QStringList{from} << QStringLiteral("either --scenario");
        QTest::newRow("both recipients") << QStringList{from,
            QStringLiteral("--scenario=success"),
            QStringLiteral("--to=b@example.com")}
                                         << QStringLiteral("either --scenario");
        QTest::newRow("unknown scenario")
            << QStringList{from, QStringLiteral("--scenario=reject")} << QStringLiteral("not \"reject\"");
        QTest::newRow("bad label") << QStringList{from,
            QStringLiteral("--scenario=bounce"),
            QStringLiteral("--label=a b")}
                                   << QStringLiteral("label");
        QTest::newRow("label with --to") << QStringList{from,
            QStringLiteral("--to=b@example.com"),
            QStringLiteral("--label=x")} << QStringLiteral("--label only applies");
        QTest::newRow("two contents") << QStringList{from,
            QStringLiteral("--scenario=success"),
            QStringLiteral("--template=T"),
            QStringLiteral("--subject=S")}
                                      << QStringLiteral("give one content");
        QTest::newRow("data without template")
            << QStringList{from, QStringLiteral("--scenario=success"), QStringLiteral("--data={}")}
            << QStringLiteral("--data only applies");
        QTest::newRow("data not an object") << QStringList{from,
            QStringLiteral("--scenario=success"),
            QStringLiteral("--template=T"),
            QStringLiteral("--data=[1]")} << QStringLiteral("must be a JSON object");
        QTest::newRow("bad tag") << QStringList{from,
            QStringLiteral("--scenario=success"),
            QStringLiteral("--tag=novalue")}
                                 << QStringLiteral("NAME=VALUE");
    }
    void sendTestUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = run(QStringList{QStringLiteral("send-test")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CliTemplates)
#include "tst_clitemplates.moc"
