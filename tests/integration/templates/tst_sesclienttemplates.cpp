// SesClient's template and sending operations on the wire (method, path, query, body) over a
// scripted loopback server; every page of ListEmailTemplates; SendEmail never retried; saving
// with TemplateSaver keeps a snapshot only for what SES accepted, and restores old versions.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/SesClient.h"
#include "models/ses/TemplateSaver.h"

#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"

using TestSupport::ScriptedHttpServer;

namespace
{

template <typename T> Aws::Result<T> wait(std::optional<Aws::Result<T>> &slot)
{
    if (!QTest::qWaitFor(
            [&slot] {
                return slot.has_value();
            },
            10000))
        return Aws::AwsError::local(
            Aws::AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return *slot;
}

QJsonObject bodyOf(const ScriptedHttpServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class tst_SesClientTemplates : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    TestSupport::FakeClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<Aws::AwsClient> m_aws;
    std::unique_ptr<Ses::SesClient> m_ses;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->start());
        Aws::ClientConfig config;
        config.endpointOverride = m_server->url();
        config.managementRatePerSecond = 0;
        config.retry.maxAttempts = 3;
        m_aws = std::make_unique<Aws::AwsClient>(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{QStringLiteral("AKIDTEMPLATES"), QStringLiteral("secret"), {}, {}},
                QStringLiteral("test")),
            &m_clock,
            config);
        m_ses = std::make_unique<Ses::SesClient>(m_aws.get());
    }

    void getReadsWhatTheAwsCliCreated()
    {
        m_server->enqueue(ScriptedHttpServer::Reply::json(200,
            R"({"TemplateName":"My Template/1","TemplateContent":{"Subject":"Hi {{name}}","Text":"t","Html":"<p>h</p>"},"Tags":[{"Key":"team","Value":"ops"}]})"));
        std::optional<Aws::Result<Ses::EmailTemplate>> got;
        m_ses->getEmailTemplate(QStringLiteral("My Template/1"), this, [&got](auto answer) {
            got = answer;
        });
        const auto t = wait(got);
        QVERIFY(t.ok());
        QCOMPARE(t.value().templateName, QStringLiteral("My Template/1"));
        QCOMPARE(t.value().content.subject, QStringLiteral("Hi {{name}}"));
        QCOMPARE(t.value().tags.size(), 1);
        const auto &request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path(), QByteArray("/v2/email/templates/My%20Template%2F1"));
    }

    void createUpdateDeleteRender()
    {
        Ses::EmailTemplate t;
        t.templateName = QStringLiteral("Welcome");
        t.content = {QStringLiteral("Hi {{name}}"), QString(), QStringLiteral("<p>{{name}}</p>")};
        std::optional<Aws::Result<Aws::Empty>> created;
        m_ses->createEmailTemplate(t, this, [&created](auto answer) {
            created = answer;
        });
        QVERIFY(wait(created).ok());
        auto request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path(), QByteArray("/v2/email/templates"));
        QCOMPARE(bodyOf(request),
            QJsonObject({{QStringLiteral("TemplateName"), QStringLiteral("Welcome")},
                {QStringLiteral("TemplateContent"),
                    QJsonObject{{QStringLiteral("Subject"), QStringLiteral("Hi {{name}}")},
                        {QStringLiteral("Html"), QStringLiteral("<p>{{name}}</p>")}}}}));

        std::optional<Aws::Result<Aws::Empty>> updated;
        m_ses->updateEmailTemplate(
            QStringLiteral("Welcome"), {QStringLiteral("S"), QStringLiteral("T"), {}}, this, [&updated](auto answer) {
                updated = answer;
            });
        QVERIFY(wait(updated).ok());
        request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path(), QByteArray("/v2/email/templates/Welcome"));
        QVERIFY(!bodyOf(request).contains(QStringLiteral("TemplateName"))); // it is in the path
        QCOMPARE(bodyOf(request)
                     .value(QStringLiteral("TemplateContent"))
                     .toObject()
                     .value(QStringLiteral("Text"))
                     .toString(),
            QStringLiteral("T"));

        m_server->enqueue(ScriptedHttpServer::Reply::json(200, R"({"RenderedTemplate":"Subject: Hi Ana\r\n\r\nAna"})"));
        std::optional<Aws::Result<Ses::TestRenderEmailTemplateResult>> rendered;
        m_ses->testRenderEmailTemplate(
            QStringLiteral("Welcome"), QStringLiteral("{\"name\":\"Ana\"}"), this, [&rendered](auto answer) {
                rendered = answer;
            });
        const auto r = wait(rendered);
        QVERIFY(r.ok());
        QVERIFY(r.value().renderedTemplate.contains(QStringLiteral("Hi Ana")));
        request = m_server->requests().constLast();
        QCOMPARE(request.path(), QByteArray("/v2/email/templates/Welcome/render"));
        QCOMPARE(
            bodyOf(request).value(QStringLiteral("TemplateData")).toString(), QStringLiteral("{\"name\":\"Ana\"}"));

        std::optional<Aws::Result<Aws::Empty>> deleted;
        m_ses->deleteEmailTemplate(QStringLiteral("Welcome"), this, [&deleted](auto answer) {
            deleted = answer;
        });
        QVERIFY(wait(deleted).ok());
        QCOMPARE(m_server->requests().constLast().method, QByteArray("DELETE"));
    }

    void serviceErrorsKeepSesText()
    {
        m_server->enqueue(ScriptedHttpServer::Reply::json(
            400, R"({"message":"Template Welcome already exists."})", "AlreadyExistsException"));
        Ses::EmailTemplate t;
        t.templateName = QStringLiteral("Welcome");
        t.content.subject = QStringLiteral("s");
        std::optional<Aws::Result<Aws::Empty>> created;
        m_ses->createEmailTemplate(t, this, [&created](auto answer) {
            created = answer;
        });
        const auto result = wait(created);
        QVERIFY(result.isError());
        QCOMPARE(result.error().code, QStringLiteral("AlreadyExistsException"));
        QCOMPARE(result.error().message, QStringLiteral("Template Welcome already exists."));
    }

    void listFollowsEveryPage()
    {
        for (int p = 0; p < 3; ++p) {
            QJsonArray items;
            for (int i = 0; i < 100 - p * 40; ++i)
                items.append(QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("t%1-%2").arg(p).arg(i)},
                    {QStringLiteral("CreatedTimestamp"), 1.7e9 + i}});
            QJsonObject page{{QStringLiteral("TemplatesMetadata"), items}};
            if (p < 2)
                page.insert(QStringLiteral("NextToken"), QStringLiteral("tok/%1=").arg(p + 1));
            m_server->enqueue(ScriptedHttpServer::Reply::json(200, QJsonDocument(page).toJson()));
        }
        std::optional<Aws::Result<Ses::EmailTemplateList>> listed;
        m_ses->listAllEmailTemplates(this, [&listed](auto answer) {
            listed = answer;
        });
        const auto list = wait(listed);
        QVERIFY(list.ok());
        QCOMPARE(list.value().templates.size(), 100 + 60 + 20);
        QCOMPARE(list.value().raw.value(QStringLiteral("TemplatesMetadata")).toArray().size(), 180);
        QVERIFY(!list.value().raw.contains(QStringLiteral("NextToken")));
        QCOMPARE(
            list.value().templates.constFirst().createdTimestamp, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests().at(0).query(), QByteArray("PageSize=100"));
        QVERIFY(m_server->requests().at(1).query().contains("NextToken=tok%2F1%3D"));
    }

    void sendEmailIsNeverRetried()
    {
        // A 500 answer means the message may have been accepted: sending it again could
        // deliver it twice, so the error goes to the caller after one attempt.
        m_server->enqueue(ScriptedHttpServer::Reply::json(500, R"({"message":"Internal failure"})", "InternalFailure"));
        m_server->enqueue(ScriptedHttpServer::Reply::json(200, R"({"MessageId":"should-not-be-used"})"));
        Ses::SendEmailRequest request;
        request.fromEmailAddress = QStringLiteral("sender@example.com");
        request.toAddresses = {QStringLiteral("success@simulator.amazonses.com")};
        request.subject = QStringLiteral("s");
        request.textBody = QStringLiteral("t");
        std::optional<Aws::Result<Ses::SendEmailResult>> sent;
        m_ses->sendEmail(request, this, [&sent](auto answer) {
            sent = answer;
        });
        const auto result = wait(sent);
        QVERIFY(result.isError());
        QCOMPARE(result.error().code, QStringLiteral("InternalFailure"));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().constFirst().path(), QByteArray("/v2/email/outbound-emails"));

        m_server->enqueue(ScriptedHttpServer::Reply::json(200, R"({"MessageId":"0100018f-abc-000000"})"));
        std::optional<Aws::Result<Ses::SendEmailResult>> second;
        m_ses->sendEmail(request, this, [&second](auto answer) {
            second = answer;
        });
        QCOMPARE(wait(second).value().messageId, QStringLiteral("should-not-be-used")); // the script's next answer
    }

    void saverKeepsSnapshotsOfAcceptedSavesOnly()
    {
        QTemporaryDir dir;
        Ses::TemplateVersionStore store(dir.path(), &m_clock);
        const Ses::AccountScope scope{QStringLiteral("aws:test"), QStringLiteral("us-east-1")};
        const Ses::TemplateSaver saver(m_ses.get(), store, scope);
        Ses::EmailTemplate t;
        t.templateName = QStringLiteral("History");
        t.content = {QStringLiteral("v1"), QStringLiteral("text v1"), {}};

        // Opening a template with no history keeps what SES held as the baseline, once.
        QCOMPARE(saver.recordBaseline(t)->version, 1);
        QVERIFY(!saver.recordBaseline(t));

        std::optional<Aws::Result<Ses::TemplateSaveResult>> saved;
        saver.update(t.templateName,
            {QStringLiteral("v2"), QStringLiteral("text v2"), {}},
            Ses::TemplateVersion::Origin::Saved,
            this,
            [&saved](auto answer) {
                saved = answer;
            });
        const auto ok = wait(saved);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().snapshot->version, 2);

        m_server->enqueue(
            ScriptedHttpServer::Reply::json(400, R"({"message":"Template is too large."})", "BadRequestException"));
        std::optional<Aws::Result<Ses::TemplateSaveResult>> refused;
        saver.update(t.templateName,
            {QStringLiteral("v3"), QString(600000, QLatin1Char('x')), {}},
            Ses::TemplateVersion::Origin::Saved,
            this,
            [&refused](auto answer) {
                refused = answer;
            });
        QVERIFY(wait(refused).isError());
        QCOMPARE(store.versions(scope, t.templateName).value().size(), 2);

        // Restoring version 1 sends its content and notes where it came from.
        const Ses::TemplateVersion v1 = store.version(scope, t.templateName, 1).value();
        std::optional<Aws::Result<Ses::TemplateSaveResult>> restored;
        saver.restore(t.templateName, v1, true, this, [&restored](auto answer) {
            restored = answer;
        });
        const auto r = wait(restored);
        QVERIFY(r.ok());
        QCOMPARE(r.value().snapshot->version, 3);
        QCOMPARE(r.value().snapshot->origin, Ses::TemplateVersion::Origin::Restored);
        QCOMPARE(r.value().snapshot->note, QStringLiteral("Restored from version 1"));
        const auto &request = m_server->requests().constLast();
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(bodyOf(request)
                     .value(QStringLiteral("TemplateContent"))
                     .toObject()
                     .value(QStringLiteral("Subject"))
                     .toString(),
            QStringLiteral("v1"));

        // A deleted template is restored by creating it again.
        std::optional<Aws::Result<Ses::TemplateSaveResult>> recreated;
        saver.restore(
            t.templateName, store.version(scope, t.templateName, 2).value(), false, this, [&recreated](auto answer) {
                recreated = answer;
            });
        QVERIFY(wait(recreated).ok());
        QCOMPARE(m_server->requests().constLast().method, QByteArray("POST"));
        QCOMPARE(bodyOf(m_server->requests().constLast()).value(QStringLiteral("TemplateName")).toString(),
            QStringLiteral("History"));
    }
};

QTEST_GUILESS_MAIN(tst_SesClientTemplates)
#include "tst_sesclienttemplates.moc"
