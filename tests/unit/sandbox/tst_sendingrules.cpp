#include <QJsonArray>
#include <QTest>

#include "sandbox/SandboxServer.h"
#include "sandbox/hooks/SandboxHooks.h"
#include "sandbox/hooks/SuppressionList.h"
#include "sandbox/hooks/TemplateRenderer.h"
#include "sandbox/mail/MailboxSimulator.h"
#include "sandbox/mail/SendingService.h"
#include "sandbox/state/AccountRepository.h"
#include "sandbox/state/MailAddress.h"
#include "sandbox/state/SandboxRestrictions.h"
#include "sandbox/state/SendingLedger.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/TokenBucket.h"
#include "tests/support/FakeClock.h"
#include "tests/unit/sandbox/SignedRequests.h"

using namespace Sandbox;

Q_DECLARE_METATYPE(MailboxSimulator::Scenario)

namespace
{

const QDateTime kT0(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);

class FakeSuppressionList final : public SuppressionList
{
public:
    QHash<QString, QString> entries;
    std::optional<QString> reasonFor(const QString &address) const override
    {
        const auto it = entries.constFind(address);
        return it == entries.constEnd() ? std::nullopt : std::optional<QString>(*it);
    }
    void recordFeedback(const QString &address, const QString &reason, const QString &, const QDateTime &) override
    {
        entries.insert(address, reason);
    }
};

class FakeRenderer final : public TemplateRenderer
{
public:
    Outcome<RenderedContent> render(const QJsonObject &templateMember, const QString &data, const QDateTime &) override
    {
        const QString name = templateMember.value(QLatin1String("TemplateName")).toString();
        if (name == QLatin1String("missing"))
            return ServiceError::notFound(QStringLiteral("Template missing does not exist."));
        const QString who = QJsonDocument::fromJson(data.toUtf8()).object().value(QLatin1String("name")).toString();
        return RenderedContent{
            QStringLiteral("Hi %1").arg(who), QStringLiteral("Hello %1").arg(who), QString(), QString(), QString()};
    }
};

} // namespace

/// The rules of sending: simulator addresses, quota and rate accounting, suppression and
/// templated/bulk sending through the hooks, on an injected clock.
class tst_SendingRules : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock{kT0};
    std::unique_ptr<SandboxServer> m_server;
    FakeSuppressionList m_suppression;
    FakeRenderer m_renderer;

    QJsonObject call(
        const QByteArray &method, const QByteArray &path, const QJsonObject &body = {}, int *status = nullptr)
    {
        const QByteArray payload = method == "GET" ? QByteArray() : TestSupport::jsonBody(body);
        const HttpResponse response = m_server->handle(
            TestSupport::signedRequest(method, path, {}, payload, m_server->credentials(), m_clock.nowUtc()));
        if (status)
            *status = response.status;
        QJsonObject out = QJsonDocument::fromJson(response.body).object();
        if (response.status != 200)
            out.insert(QStringLiteral("__code"), QString::fromLatin1(response.header("x-amzn-ErrorType")));
        return out;
    }
    QJsonObject sendTo(const QStringList &to, const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("FromEmailAddress"), QStringLiteral("shop@example.com")},
            {QStringLiteral("Destination"),
                QJsonObject{{QStringLiteral("ToAddresses"), QJsonArray::fromStringList(to)}}},
            {QStringLiteral("Content"),
                QJsonObject{{QStringLiteral("Simple"),
                    QJsonObject{{QStringLiteral("Subject"), QJsonObject{{QStringLiteral("Data"), QStringLiteral("S")}}},
                        {QStringLiteral("Body"),
                            QJsonObject{{QStringLiteral("Text"),
                                QJsonObject{{QStringLiteral("Data"), QStringLiteral("B")}}}}}}}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return call("POST", "/v2/email/outbound-emails", body);
    }
    QJsonObject captured(const QString &id)
    {
        Sandbox::HttpRequest request;
        request.method = "GET";
        request.path = "/_sandbox/messages/" + id.toLatin1();
        return QJsonDocument::fromJson(m_server->handle(request).body).object();
    }
    QStringList outcomes(const QString &id)
    {
        QStringList out;
        for (const auto &r : captured(id).value(QLatin1String("recipients")).toArray())
            out.append(r.toObject().value(QLatin1String("outcome")).toString());
        return out;
    }

private Q_SLOTS:
    void simulator_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<MailboxSimulator::Scenario>("scenario");
        QTest::newRow("success") << "success@simulator.amazonses.com" << MailboxSimulator::Scenario::Success;
        QTest::newRow("label") << "bounce+abc@simulator.amazonses.com" << MailboxSimulator::Scenario::Bounce;
        QTest::newRow("case") << "OOTO@Simulator.AmazonSES.com" << MailboxSimulator::Scenario::AutoResponse;
        QTest::newRow("complaint") << "complaint@simulator.amazonses.com" << MailboxSimulator::Scenario::Complaint;
        QTest::newRow("suppression") << "suppressionlist@simulator.amazonses.com"
                                     << MailboxSimulator::Scenario::SuppressionList;
        QTest::newRow("other mailbox") << "nobody@simulator.amazonses.com" << MailboxSimulator::Scenario::None;
        QTest::newRow("other domain") << "success@example.com" << MailboxSimulator::Scenario::None;
    }

    void simulator()
    {
        QFETCH(QString, address);
        QFETCH(MailboxSimulator::Scenario, scenario);
        QCOMPARE(MailboxSimulator::scenarioFor(*MailAddress::parse(address)), scenario);
    }

    void sandboxRestrictions()
    {
        QString error;
        auto store = StateStore::open(QString(), &error);
        SandboxConfig config;
        config.reviewDelaySeconds = 60;
        AccountRepository account(*store, config);
        QVERIFY(account.initialize(kT0));
        const Check blocked = SandboxRestrictions::suppressionListManagement(account, kT0);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, QStringLiteral("BadRequestException"));
        QCOMPARE(SandboxRestrictions::customVerificationEmails(account, kT0).error().code,
            QStringLiteral("ProductionAccessNotGranted"));

        QJsonObject details = account.load(kT0);
        details.insert(QStringLiteral("Details"),
            QJsonObject{
                {QStringLiteral("ReviewDetails"), QJsonObject{{QStringLiteral("Status"), QStringLiteral("PENDING")}}}});
        details.insert(QStringLiteral("_reviewDueAt"), kT0.addSecs(60).toMSecsSinceEpoch() / 1000.0);
        account.save(details);
        QVERIFY(!SandboxRestrictions::suppressionListManagement(account, kT0.addSecs(59)).ok());
        QVERIFY(SandboxRestrictions::suppressionListManagement(account, kT0.addSecs(60)).ok());
        QVERIFY(SandboxRestrictions::customVerificationEmails(account, kT0.addSecs(60)).ok());
    }

    void tokenBucket()
    {
        TokenBucket bucket(1.0, 5.0);
        QVERIFY(bucket.tryTake(5, kT0));
        QVERIFY(!bucket.tryTake(1, kT0));
        QVERIFY(!bucket.tryTake(2, kT0.addSecs(1)));
        QVERIFY(bucket.tryTake(2, kT0.addSecs(2)));
        QVERIFY(bucket.tryTake(5, kT0.addSecs(100))); // capped at capacity
        QVERIFY(!bucket.tryTake(1, kT0.addSecs(100)));
    }

    void ledgerCountsTheLast24Hours()
    {
        QString error;
        auto store = StateStore::open(QString(), &error);
        SendingLedger ledger(*store);
        QCOMPARE(SendingLedger::bucketStart(QDateTime(QDate(2026, 3, 2), QTime(10, 29, 59), Qt::UTC)),
            QDateTime(QDate(2026, 3, 2), QTime(10, 15, 0), Qt::UTC));
        SendingCounters sent;
        sent.quotaRecipients = 3;
        sent.deliveryAttempts = 4;
        ledger.record(kT0, sent);
        ledger.record(kT0.addSecs(60), sent);
        QCOMPARE(ledger.sentLast24Hours(kT0.addSecs(120)), 6);
        QCOMPARE(ledger.buckets(kT0, kT0.addSecs(900)).size(), 1);
        QCOMPARE(ledger.buckets(kT0, kT0.addSecs(900)).first().counters.deliveryAttempts, 8);
        QCOMPARE(ledger.sentLast24Hours(kT0.addSecs(24 * 3600 + 1)), 0);
    }

    void bulkStatuses_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("status");
        QTest::newRow("rejected") << "MessageRejected"
                                  << "Email address is not verified."
                                  << "MESSAGE_REJECTED";
        QTest::newRow("daily") << "TooManyRequestsException"
                               << "Daily message quota exceeded."
                               << "ACCOUNT_DAILY_QUOTA_EXCEEDED";
        QTest::newRow("rate") << "TooManyRequestsException"
                              << "Maximum sending rate exceeded."
                              << "ACCOUNT_THROTTLED";
        QTest::newRow("set paused") << "SendingPausedException"
                                    << "Sending is paused for this configuration set."
                                    << "CONFIGURATION_SET_SENDING_PAUSED";
        QTest::newRow("account paused") << "SendingPausedException"
                                        << "Sending is paused for this account."
                                        << "ACCOUNT_SENDING_PAUSED";
        QTest::newRow("no set") << "NotFoundException"
                                << "Configuration set <x> does not exist."
                                << "CONFIGURATION_SET_NOT_FOUND";
        QTest::newRow("no template") << "NotFoundException"
                                     << "Template t does not exist."
                                     << "TEMPLATE_NOT_FOUND";
        QTest::newRow("suspended") << "AccountSuspendedException"
                                   << "Your account has been shut down"
                                   << "ACCOUNT_SUSPENDED";
        QTest::newRow("mail from") << "MailFromDomainNotVerifiedException"
                                   << "x"
                                   << "MAIL_FROM_DOMAIN_NOT_VERIFIED";
        QTest::newRow("bad pool") << "BadRequestException"
                                  << "The sending pool <p> of configuration set <s> does not exist."
                                  << "INVALID_SENDING_POOL_NAME";
        QTest::newRow("bad input") << "BadRequestException"
                                   << "Illegal address: x"
                                   << "INVALID_PARAMETER";
    }

    void bulkStatuses()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, status);
        QCOMPARE(SendingService::bulkStatusFor(ServiceError{400, code, message, true}), status);
    }

    void init()
    {
        m_clock.set(kT0);
        m_suppression.entries.clear();
        SandboxConfig config;
        config.verifyDelaySeconds = 0;
        config.production = true;
        config.checkResponses = true;
        m_server = std::make_unique<SandboxServer>(config, m_clock);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_server->hooks().setSuppressionList(&m_suppression);
        m_server->hooks().setTemplateRenderer(&m_renderer);
        int status = 0;
        call("POST",
            "/v2/email/identities",
            QJsonObject{{QStringLiteral("EmailIdentity"), QStringLiteral("example.com")}},
            &status);
        QCOMPARE(status, 200);
    }

    void cleanup()
    {
        m_server.reset();
    }

    void accountSuppressionListApplies()
    {
        m_suppression.entries.insert(QStringLiteral("gone@example.org"), QStringLiteral("BOUNCE"));
        m_suppression.entries.insert(QStringLiteral("angry@example.org"), QStringLiteral("COMPLAINT"));
        const QString id = sendTo({QStringLiteral("gone@example.org"),
                                      QStringLiteral("angry@example.org"),
                                      QStringLiteral("fine@example.org")})
                               .value(QLatin1String("MessageId"))
                               .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(outcomes(id),
            (QStringList{QStringLiteral("SUPPRESSED"), QStringLiteral("SUPPRESSED"), QStringLiteral("DELIVERED")}));
        // Suppressed recipients still count against the quota.
        QCOMPARE(call("GET", "/v2/email/account")
                     .value(QLatin1String("SendQuota"))
                     .toObject()
                     .value(QLatin1String("SentLast24Hours"))
                     .toDouble(),
            3.0);

        // The account suppresses only bounces now: the complaint-listed address gets mail.
        int status = 0;
        call("PUT",
            "/v2/email/account/suppression",
            QJsonObject{{QStringLiteral("SuppressedReasons"), QJsonArray{QStringLiteral("BOUNCE")}}},
            &status);
        QCOMPARE(status, 200);
        const QString second = sendTo({QStringLiteral("gone@example.org"), QStringLiteral("angry@example.org")})
                                   .value(QLatin1String("MessageId"))
                                   .toString();
        QCOMPARE(outcomes(second), (QStringList{QStringLiteral("SUPPRESSED"), QStringLiteral("DELIVERED")}));

        // A configuration set's override wins over the account.
        call("POST",
            "/v2/email/configuration-sets",
            QJsonObject{{QStringLiteral("ConfigurationSetName"), QStringLiteral("none")},
                {QStringLiteral("SuppressionOptions"),
                    QJsonObject{{QStringLiteral("SuppressedReasons"), QJsonArray()}}}},
            &status);
        QCOMPARE(status, 200);
        const QString third = sendTo({QStringLiteral("gone@example.org")},
            QJsonObject{{QStringLiteral("ConfigurationSetName"), QStringLiteral("none")}})
                                  .value(QLatin1String("MessageId"))
                                  .toString();
        QCOMPARE(outcomes(third), QStringList{QStringLiteral("DELIVERED")});
    }

    void templatedAndBulkSending()
    {
        int status = 0;
        const QJsonObject sent = call("POST",
            "/v2/email/outbound-emails",
            QJsonObject{{QStringLiteral("FromEmailAddress"), QStringLiteral("shop@example.com")},
                {QStringLiteral("Destination"),
                    QJsonObject{{QStringLiteral("ToAddresses"), QJsonArray{QStringLiteral("a@example.org")}}}},
                {QStringLiteral("Content"),
                    QJsonObject{{QStringLiteral("Template"),
                        QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("welcome")},
                            {QStringLiteral("TemplateData"), QStringLiteral("{\"name\":\"Ann\"}")}}}}}},
            &status);
        QCOMPARE(status, 200);
        QCOMPARE(captured(sent.value(QLatin1String("MessageId")).toString()).value(QLatin1String("subject")).toString(),
            QStringLiteral("Hi Ann"));

        const QJsonObject bulk = call("POST",
            "/v2/email/outbound-bulk-emails",
            QJsonObject{{QStringLiteral("FromEmailAddress"), QStringLiteral("shop@example.com")},
                {QStringLiteral("DefaultContent"),
                    QJsonObject{{QStringLiteral("Template"),
                        QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("welcome")},
                            {QStringLiteral("TemplateData"), QStringLiteral("{\"name\":\"friend\"}")}}}}},
                {QStringLiteral("BulkEmailEntries"),
                    QJsonArray{QJsonObject{{QStringLiteral("Destination"),
                                               QJsonObject{{QStringLiteral("ToAddresses"),
                                                   QJsonArray{QStringLiteral("b@example.org")}}}},
                                   {QStringLiteral("ReplacementEmailContent"),
                                       QJsonObject{{QStringLiteral("ReplacementTemplate"),
                                           QJsonObject{{QStringLiteral("ReplacementTemplateData"),
                                               QStringLiteral("{\"name\":\"Bob\"}")}}}}}},
                        QJsonObject{{QStringLiteral("Destination"),
                            QJsonObject{{QStringLiteral("ToAddresses"), QJsonArray{QStringLiteral("c@example.org")}}}}},
                        QJsonObject{{QStringLiteral("Destination"),
                            QJsonObject{
                                {QStringLiteral("ToAddresses"), QJsonArray{QStringLiteral("not an address")}}}}}}}},
            &status);
        QCOMPARE(status, 200);
        const QJsonArray results = bulk.value(QLatin1String("BulkEmailEntryResults")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QLatin1String("Status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(captured(results.at(0).toObject().value(QLatin1String("MessageId")).toString())
                     .value(QLatin1String("subject"))
                     .toString(),
            QStringLiteral("Hi Bob"));
        QCOMPARE(captured(results.at(1).toObject().value(QLatin1String("MessageId")).toString())
                     .value(QLatin1String("subject"))
                     .toString(),
            QStringLiteral("Hi friend"));
        QCOMPARE(
            results.at(2).toObject().value(QLatin1String("Status")).toString(), QStringLiteral("INVALID_PARAMETER"));

        const QJsonObject missing = call("POST",
            "/v2/email/outbound-bulk-emails",
            QJsonObject{{QStringLiteral("FromEmailAddress"), QStringLiteral("shop@example.com")},
                {QStringLiteral("DefaultContent"),
                    QJsonObject{{QStringLiteral("Template"),
                        QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("missing")}}}}},
                {QStringLiteral("BulkEmailEntries"),
                    QJsonArray{QJsonObject{{QStringLiteral("Destination"),
                        QJsonObject{{QStringLiteral("ToAddresses"), QJsonArray{QStringLiteral("b@example.org")}}}}}}}},
            &status);
        QCOMPARE(status, 200);
        QCOMPARE(missing.value(QLatin1String("BulkEmailEntryResults"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("Status"))
                     .toString(),
            QStringLiteral("TEMPLATE_NOT_FOUND"));
    }

    void dailyQuotaRollsOver()
    {
        Sandbox::HttpRequest quota;
        quota.method = "PUT";
        quota.path = "/_sandbox/account/send-quota";
        quota.body = TestSupport::jsonBody(QJsonObject{{QStringLiteral("max24HourSend"), 2}});
        QCOMPARE(m_server->handle(quota).status, 200);
        QVERIFY(sendTo({QStringLiteral("a@example.org"), QStringLiteral("b@example.org")})
                    .contains(QLatin1String("MessageId")));
        m_clock.advance(3600);
        QCOMPARE(sendTo({QStringLiteral("c@example.org")}).value(QLatin1String("__code")).toString(),
            QStringLiteral("TooManyRequestsException"));
        m_clock.advance(24 * 3600);
        QVERIFY(sendTo({QStringLiteral("c@example.org")}).contains(QLatin1String("MessageId")));
    }
};

QTEST_MAIN(tst_SendingRules)
#include "tst_sendingrules.moc"
