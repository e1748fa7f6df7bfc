#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/demo/DemoAccount.h"
#include "sandbox/mail/CapturedMailStore.h"
#include "sandbox/metrics/ReputationMetrics.h"
#include "sandbox/metrics/SendStatisticsOperations.h"
#include "sandbox/state/SendingLedger.h"
#include "sandbox/state/Timestamps.h"
#include "sandbox/suppression/SuppressionStore.h"
#include "tests/support/FakeClock.h"
#include "tests/unit/sandbox/SignedRequests.h"

using Sandbox::DemoAccount;
using Sandbox::SandboxServer;
using Sandbox::SendingCounters;
using Sandbox::SendingLedger;

namespace
{

// A Wednesday afternoon, so the history holds weekdays, a weekend and every spike.
const QDateTime kNow(QDate(2026, 3, 11), QTime(15, 37, 12), Qt::UTC);

} // namespace

/// --demo-data on an injected clock: the account is the same at every fill, is filled only once,
/// and its parts agree with each other (statistics, quota, reputation, alarms, lists).
class tst_DemoData : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock{kNow};

    std::unique_ptr<SandboxServer> demo(const QString &dataDir = {})
    {
        Sandbox::SandboxConfig config;
        config.demoData = true;
        config.dataDir = dataDir;
        config.checkResponses = true;
        auto server = std::make_unique<SandboxServer>(config, m_clock);
        QString error;
        if (!server->start(&error))
            qWarning() << "demo server:" << error;
        return server;
    }
    static QJsonObject get(
        SandboxServer &server, const QByteArray &path, const QDateTime &now, const QByteArray &query = {})
    {
        const Sandbox::HttpResponse r
            = server.handle(TestSupport::signedRequest("GET", path, query, {}, server.credentials(), now));
        if (r.status != 200)
            qWarning() << path << r.status << r.body;
        return QJsonDocument::fromJson(r.body).object();
    }
    static QJsonObject cloudWatch(
        SandboxServer &server, const QByteArray &operation, const QJsonObject &body, const QDateTime &now)
    {
        const QByteArray payload = TestSupport::jsonBody(body);
        Aws::SigningRequest signing;
        signing.method = "POST";
        signing.path = "/";
        signing.body = payload;
        signing.headers = {{"Host", "127.0.0.1:4580"},
            {"Content-Type", "application/x-amz-json-1.0"},
            {"X-Amz-Target", "GraniteServiceVersion20100801." + operation}};
        Aws::SigV4Signer(QStringLiteral("us-east-1"), QStringLiteral("monitoring"))
            .sign(signing, server.credentials(), now);
        Sandbox::HttpRequest request;
        request.method = "POST";
        request.path = "/";
        request.body = payload;
        request.headers = signing.headers;
        return QJsonDocument::fromJson(server.handle(request).body).object();
    }

private Q_SLOTS:
    void sameAccountAtEveryFill()
    {
        auto first = demo();
        auto second = demo();
        QVERIFY(first->isRunning() && second->isRunning());
        const QJsonObject a = get(*first, "/v2/email/identities/shop.example.com", kNow);
        const QJsonObject b = get(*second, "/v2/email/identities/shop.example.com", kNow);
        QCOMPARE(a.value(QLatin1String("VerificationStatus")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(
            a.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Tokens")).toArray().size(), 3);
        QCOMPARE(a.value(QLatin1String("DkimAttributes")), b.value(QLatin1String("DkimAttributes")));
        QCOMPARE(a.value(QLatin1String("MailFromAttributes"))
                     .toObject()
                     .value(QLatin1String("MailFromDomainStatus"))
                     .toString(),
            QStringLiteral("SUCCESS"));
        QCOMPARE(first->context().mail.page({}, 100).size(), 5);
        for (qsizetype i = 0; i < 5; ++i) {
            QCOMPARE(first->context().mail.page({}, 100).at(i).value(QLatin1String("messageId")),
                second->context().mail.page({}, 100).at(i).value(QLatin1String("messageId")));
        }
    }

    void everyIdentityState()
    {
        auto server = demo();
        QHash<QString, QString> states;
        for (const QJsonValue &v :
            get(*server, "/v2/email/identities", kNow).value(QLatin1String("EmailIdentities")).toArray())
            states.insert(v.toObject().value(QLatin1String("IdentityName")).toString(),
                v.toObject().value(QLatin1String("VerificationStatus")).toString());
        QCOMPARE(states.value(QStringLiteral("staging.example.org")), QStringLiteral("PENDING"));
        QCOMPARE(states.value(QStringLiteral("old-brand.example.net")), QStringLiteral("FAILED"));
        QCOMPARE(states.value(QStringLiteral("xn--bcher-kva.example")), QStringLiteral("SUCCESS"));
        QCOMPARE(states.value(QStringLiteral("support@example.org")), QStringLiteral("SUCCESS"));
        QCOMPARE(states.value(QStringLiteral("jane.doe@example.org")), QStringLiteral("PENDING"));
        // Pending stays pending: the demo's pending identities never verify by themselves.
        m_clock.set(kNow.addDays(1));
        QCOMPARE(get(*server, "/v2/email/identities/staging.example.org", kNow.addDays(1))
                     .value(QLatin1String("VerificationStatus")),
            QJsonValue(QStringLiteral("PENDING")));
        m_clock.set(kNow);
    }

    void statisticsMatchTheHistoryAndTheQuota()
    {
        auto server = demo();
        // Two weeks of buckets as the demo meant them, plus the five demo messages (simulator).
        SendingCounters expected;
        qint64 lastDay = 0;
        int buckets = 0;
        for (QDateTime b = SendingLedger::bucketStart(kNow.addDays(-14)); b <= SendingLedger::bucketStart(kNow);
             b = b.addSecs(900)) {
            SendingCounters bucket;
            for (const QString &stream : {QStringLiteral("transactional"), QStringLiteral("marketing"), QString()})
                bucket += DemoAccount::traffic(stream, b, kNow);
            if (b >= kNow.addDays(-14))
                expected += bucket;
            if (b >= kNow.addDays(-1))
                lastDay += bucket.quotaRecipients;
            if ((bucket.deliveryAttempts > 0 || bucket.rejects > 0) && b >= kNow.addDays(-14))
                ++buckets;
        }
        qint64 attempts = 0;
        qint64 bounces = 0;
        const QList<SendingLedger::Bucket> reported
            = Sandbox::SendStatisticsOperations::reported(server->context().ledger, kNow);
        for (const SendingLedger::Bucket &b : reported) {
            attempts += b.counters.deliveryAttempts;
            bounces += b.counters.bounces;
            // The outage has no data at all.
            QVERIFY(b.start < DemoAccount::outageStart(kNow)
                || b.start >= DemoAccount::outageStart(kNow).addSecs(DemoAccount::kOutageSeconds));
        }
        QCOMPARE(reported.size(), buckets);
        QCOMPARE(attempts, expected.deliveryAttempts + 5);
        QCOMPARE(bounces, expected.bounces + 1);
        // The quota the account shows is the same history's last 24 hours.
        const QJsonObject account = get(*server, "/v2/email/account", kNow);
        QCOMPARE(account.value(QLatin1String("ProductionAccessEnabled")).toBool(), true);
        QCOMPARE(
            account.value(QLatin1String("SendQuota")).toObject().value(QLatin1String("SentLast24Hours")).toDouble(),
            static_cast<double>(lastDay));
        QVERIFY(lastDay > 5000 && lastDay < 50000);
    }

    void reputationShowsTheSpikesAndAlarmsAreCurrent()
    {
        auto server = demo();
        auto worst
            = [&](const QString &metric, const QJsonArray &dimensions, const QDateTime &from, const QDateTime &to) {
                  QJsonObject m{
                      {QStringLiteral("Namespace"), QStringLiteral("AWS/SES")}, {QStringLiteral("MetricName"), metric}};
                  if (!dimensions.isEmpty())
                      m.insert(QStringLiteral("Dimensions"), dimensions);
                  const QJsonObject out = cloudWatch(*server,
                      "GetMetricData",
                      QJsonObject{{QStringLiteral("MetricDataQueries"),
                                      QJsonArray{QJsonObject{{QStringLiteral("Id"), QStringLiteral("q")},
                                          {QStringLiteral("MetricStat"),
                                              QJsonObject{{QStringLiteral("Metric"), m},
                                                  {QStringLiteral("Period"), 86400},
                                                  {QStringLiteral("Stat"), QStringLiteral("Maximum")}}}}}},
                          {QStringLiteral("StartTime"), from.toSecsSinceEpoch()},
                          {QStringLiteral("EndTime"), to.toSecsSinceEpoch()}},
                      kNow);
                  double max = -1;
                  for (const QJsonValue &v : out.value(QLatin1String("MetricDataResults"))
                                                 .toArray()
                                                 .first()
                                                 .toObject()
                                                 .value(QLatin1String("Values"))
                                                 .toArray())
                      max = std::max(max, v.toDouble());
                  return max;
              };
        const QDateTime bounceDay = DemoAccount::bounceSpikeStart(kNow);
        const QJsonArray marketing{QJsonObject{{QStringLiteral("Name"), QStringLiteral("ses:configuration-set")},
            {QStringLiteral("Value"), QStringLiteral("marketing")}}};
        // The bad list pushed the bounce rate past SES's review level (5 %) that day...
        QVERIFY(worst(QStringLiteral("Reputation.BounceRate"), {}, bounceDay, bounceDay.addSecs(12 * 3600)) >= 0.05);
        QVERIFY(
            worst(QStringLiteral("Reputation.BounceRate"), marketing, bounceDay, bounceDay.addSecs(12 * 3600)) >= 0.05);
        // ... the complaint blast past 0.1 % ...
        const QDateTime complaintDay = DemoAccount::complaintSpikeStart(kNow);
        QVERIFY(worst(QStringLiteral("Reputation.ComplaintRate"), {}, complaintDay, complaintDay.addSecs(10 * 3600))
            >= 0.001);
        // ... and today both are healthy again, so the alarms are OK.
        QVERIFY(worst(QStringLiteral("Reputation.BounceRate"), {}, kNow.addSecs(-3600), kNow) < 0.05);
        const QJsonArray alarms
            = cloudWatch(*server, "DescribeAlarms", {}, kNow).value(QLatin1String("MetricAlarms")).toArray();
        QCOMPARE(alarms.size(), 4);
        for (const QJsonValue &alarm : alarms)
            QCOMPARE(alarm.toObject().value(QLatin1String("StateValue")).toString(), QStringLiteral("OK"));
    }

    void listsTemplatesAndIps()
    {
        auto server = demo();
        Sandbox::SuppressionStore &list = server->context().suppressions;
        QCOMPARE(list.count(), 3000);
        Sandbox::SuppressionStore::Filter complaints;
        complaints.reason = Sandbox::SuppressionStore::Reason::Complaint;
        const qsizetype complaintCount = list.page(complaints, std::nullopt, 3000).size();
        QVERIFY(complaintCount > 400 && complaintCount < 800);
        const QList<Sandbox::SuppressionStore::Entry> all = list.page({}, std::nullopt, 3000);
        QVERIFY(all.last().lastUpdateTime < kNow.addDays(-300));
        QVERIFY(all.first().lastUpdateTime > kNow.addDays(-2));

        const Sandbox::HttpResponse contacts = server->handle(TestSupport::signedRequest("POST",
            "/v2/email/contact-lists/customers/contacts/list",
            {},
            TestSupport::jsonBody(QJsonObject{{QStringLiteral("PageSize"), 100}}),
            server->credentials(),
            kNow));
        QCOMPARE(QJsonDocument::fromJson(contacts.body).object().value(QLatin1String("Contacts")).toArray().size(), 40);
        const QJsonArray templates = get(*server, "/v2/email/templates", kNow, "PageSize=100")
                                         .value(QLatin1String("TemplatesMetadata"))
                                         .toArray();
        QCOMPARE(templates.size(), 4);
        const QJsonArray ips = get(*server, "/v2/email/dedicated-ips", kNow, "PoolName=marketing-pool")
                                   .value(QLatin1String("DedicatedIps"))
                                   .toArray();
        QCOMPARE(ips.size(), 2);
        QStringList warmup;
        for (const QJsonValue &ip : ips)
            warmup.append(ip.toObject().value(QLatin1String("WarmupStatus")).toString());
        warmup.sort();
        QCOMPARE(warmup, (QStringList{QStringLiteral("DONE"), QStringLiteral("IN_PROGRESS")}));
    }

    void filledOnlyOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            auto server = demo(dir.path());
            QVERIFY(server->isRunning());
        }
        auto again = demo(dir.path());
        QVERIFY(again->isRunning());
        QCOMPARE(again->context().suppressions.count(), 3000);
        QCOMPARE(again->context().mail.count(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"
