#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/metrics/ReputationMetrics.h"
#include "sandbox/metrics/SendStatisticsOperations.h"
#include "sandbox/state/SendingLedger.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/Timestamps.h"
#include "tests/support/FakeClock.h"
#include "tests/unit/sandbox/SignedRequests.h"

using Sandbox::HttpRequest;
using Sandbox::HttpResponse;
using Sandbox::ReputationMetrics;
using Sandbox::SandboxServer;
using Sandbox::SendingCounters;
using Sandbox::SendingLedger;

namespace
{

const QDateTime kDayStart(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);

SendingCounters counters(qint64 sends, qint64 bounces, qint64 complaints = 0)
{
    SendingCounters c;
    c.deliveryAttempts = sends;
    c.bounces = bounces;
    c.complaints = complaints;
    c.quotaRecipients = sends;
    c.reputationSends = sends;
    c.reputationBounces = bounces;
    c.reputationComplaints = complaints;
    return c;
}

/// The texts of every element with that name, in document order.
QStringList xmlTexts(const QByteArray &xml, const QString &element)
{
    QStringList out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == element)
            out.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return out;
}

} // namespace

/// The statistics and CloudWatch families in-process on an injected clock: the reputation
/// rates over a representative volume, GetMetricData's periods, statistics and pages in both
/// protocols, alarm evaluation, per-configuration-set metrics and GetSendStatistics.
class tst_SandboxMetrics : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock{kDayStart.addDays(1)};
    std::unique_ptr<SandboxServer> m_server;

    void record(const QDateTime &when, const SendingCounters &c, const QString &set = {})
    {
        Sandbox::SandboxContext &context = m_server->context();
        context.store.begin();
        if (set.isEmpty())
            context.ledger.record(when, c);
        else
            context.ledger.recordForConfigurationSet(set, when, c);
        QVERIFY(context.store.commit());
    }
    /// One day, 2026-03-01: 100 sends and 2 bounces every 15 minutes, except 50 bounces at 12:00.
    void recordDay()
    {
        for (int i = 0; i < 96; ++i)
            record(kDayStart.addSecs(i * 900), counters(100, i == 48 ? 50 : 2, i % 8 == 0 ? 1 : 0));
    }

    HttpResponse json(const QString &operation, const QJsonObject &body)
    {
        const QByteArray payload = TestSupport::jsonBody(body);
        Aws::SigningRequest signing;
        signing.method = "POST";
        signing.path = "/";
        signing.body = payload;
        signing.headers = {{"Host", "127.0.0.1:4580"},
            {"Content-Type", "application/x-amz-json-1.0"},
            {"X-Amz-Target", "GraniteServiceVersion20100801." + operation.toLatin1()},
            {"x-amzn-query-mode", "true"}};
        Aws::SigV4Signer(QStringLiteral("us-east-1"), QStringLiteral("monitoring"))
            .sign(signing, m_server->credentials(), m_clock.nowUtc());
        HttpRequest request;
        request.method = "POST";
        request.path = "/";
        request.body = payload;
        request.headers = signing.headers;
        return m_server->handle(request);
    }
    HttpResponse query(const QString &service, const QUrlQuery &form)
    {
        return m_server->handle(TestSupport::signedRequest("POST",
            "/",
            {},
            form.toString(QUrl::FullyEncoded).toUtf8(),
            m_server->credentials(),
            m_clock.nowUtc(),
            QStringLiteral("us-east-1"),
            service,
            "application/x-www-form-urlencoded; charset=utf-8"));
    }
    static QJsonObject bounceQuery(int period, const QString &stat, const QJsonArray &dimensions = {})
    {
        QJsonObject metric{{QStringLiteral("Namespace"), QStringLiteral("AWS/SES")},
            {QStringLiteral("MetricName"), QStringLiteral("Reputation.BounceRate")}};
        if (!dimensions.isEmpty())
            metric.insert(QStringLiteral("Dimensions"), dimensions);
        return QJsonObject{{QStringLiteral("Id"), QStringLiteral("bounce")},
            {QStringLiteral("MetricStat"),
                QJsonObject{{QStringLiteral("Metric"), metric},
                    {QStringLiteral("Period"), period},
                    {QStringLiteral("Stat"), stat}}}};
    }
    static QJsonObject metricData(const QJsonArray &queries, const QDateTime &from, const QDateTime &to)
    {
        return QJsonObject{{QStringLiteral("MetricDataQueries"), queries},
            {QStringLiteral("StartTime"), from.toSecsSinceEpoch()},
            {QStringLiteral("EndTime"), to.toSecsSinceEpoch()}};
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(kDayStart.addDays(1));
        Sandbox::SandboxConfig config;
        m_server = std::make_unique<SandboxServer>(config, m_clock);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
    }

    void ratesOverARepresentativeVolume()
    {
        // 20 intervals of 100 sends; 2 bounces each, 50 in interval 15. A sample covers the last
        // 1,000 sends (10 intervals), so the spike shows in samples 15 to 24 and is gone at 25.
        QList<SendingLedger::Bucket> history;
        for (int i = 0; i < 30; ++i)
            history.append({kDayStart.addSecs(i * 900), counters(100, i == 15 ? 50 : 2)});
        const QList<ReputationMetrics::Sample> samples
            = ReputationMetrics::rates(history, false, kDayStart, kDayStart.addSecs(30 * 900));
        QCOMPARE(samples.size(), 30);
        QCOMPARE(samples.at(0).value, 0.02); // the first interval alone: less than the volume, all there is
        QCOMPARE(samples.at(14).value, 0.02);
        QCOMPARE(samples.at(15).value, (9 * 2 + 50) / 1000.0);
        QCOMPARE(samples.at(24).value, (9 * 2 + 50) / 1000.0);
        QCOMPARE(samples.at(25).value, 0.02);
        QCOMPARE(samples.at(15).time, kDayStart.addSecs(15 * 900));

        // A gap without sends keeps the last window's rate; no history at all gives no samples.
        QList<SendingLedger::Bucket> sparse{{kDayStart, counters(10, 1)}};
        const auto later = ReputationMetrics::rates(sparse, false, kDayStart, kDayStart.addSecs(4 * 900));
        QCOMPARE(later.size(), 4);
        QCOMPARE(later.last().value, 0.1);
        QVERIFY(ReputationMetrics::rates({}, false, kDayStart, kDayStart.addDays(1)).isEmpty());
    }

    void getMetricDataInJsonAndQuery()
    {
        recordDay();
        const QJsonObject request
            = metricData(QJsonArray{bounceQuery(3600, QStringLiteral("Maximum"))}, kDayStart, kDayStart.addDays(1));
        const HttpResponse reply = json(QStringLiteral("GetMetricData"), request);
        QCOMPARE(reply.status, 200);
        const QJsonObject out = QJsonDocument::fromJson(reply.body).object();
        const QJsonObject result = out.value(QLatin1String("MetricDataResults")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("Id")).toString(), QStringLiteral("bounce"));
        QCOMPARE(result.value(QLatin1String("Label")).toString(), QStringLiteral("Reputation.BounceRate"));
        QCOMPARE(result.value(QLatin1String("StatusCode")).toString(), QStringLiteral("Complete"));
        const QJsonArray timestamps = result.value(QLatin1String("Timestamps")).toArray();
        const QJsonArray values = result.value(QLatin1String("Values")).toArray();
        QCOMPARE(timestamps.size(), 24);
        // Newest first, hourly, on the hour.
        QCOMPARE(timestamps.first().toInteger(), kDayStart.addSecs(23 * 3600).toSecsSinceEpoch());
        QCOMPARE(timestamps.last().toInteger(), kDayStart.toSecsSinceEpoch());
        // 12:00 holds the spike's worst sample; 15:00 is past it again.
        QCOMPARE(values.at(23 - 12).toDouble(), (9 * 2 + 50) / 1000.0);
        QCOMPARE(values.at(23 - 15).toDouble(), 0.02);

        // The same request in the Query protocol: the same datapoints, in XML.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("Action"), QStringLiteral("GetMetricData"));
        form.addQueryItem(QStringLiteral("Version"), QStringLiteral("2010-08-01"));
        form.addQueryItem(QStringLiteral("MetricDataQueries.member.1.Id"), QStringLiteral("bounce"));
        form.addQueryItem(
            QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.Namespace"), QStringLiteral("AWS/SES"));
        form.addQueryItem(QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.MetricName"),
            QStringLiteral("Reputation.BounceRate"));
        form.addQueryItem(QStringLiteral("MetricDataQueries.member.1.MetricStat.Period"), QStringLiteral("3600"));
        form.addQueryItem(QStringLiteral("MetricDataQueries.member.1.MetricStat.Stat"), QStringLiteral("Maximum"));
        form.addQueryItem(QStringLiteral("StartTime"), kDayStart.toString(Qt::ISODate));
        form.addQueryItem(QStringLiteral("EndTime"), kDayStart.addDays(1).toString(Qt::ISODate));
        const HttpResponse xml = query(QStringLiteral("monitoring"), form);
        QCOMPARE(xml.status, 200);
        QVERIFY(xml.body.contains("<GetMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"));
        QVERIFY(!xmlTexts(xml.body, QStringLiteral("RequestId")).isEmpty());
        const QStringList xmlValues = xmlTexts(xml.body, QStringLiteral("Values"));
        QCOMPARE(xmlValues.size(), 1);
        QCOMPARE(xmlTexts(xml.body, QStringLiteral("StatusCode")), QStringList{QStringLiteral("Complete")});
        QStringList expected;
        for (const QJsonValue &v : values)
            expected.append(QString::number(v.toDouble(), 'g', 17));
        QXmlStreamReader reader(xml.body);
        QStringList timestampsXml;
        QStringList valuesXml;
        QString inside;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()
                && (reader.name() == QLatin1String("Timestamps") || reader.name() == QLatin1String("Values")))
                inside = reader.name().toString();
            else if (reader.isStartElement() && reader.name() == QLatin1String("member") && !inside.isEmpty())
                (inside == QLatin1String("Values") ? valuesXml : timestampsXml).append(reader.readElementText());
            else if (reader.isEndElement()
                && (reader.name() == QLatin1String("Timestamps") || reader.name() == QLatin1String("Values")))
                inside.clear();
        }
        QCOMPARE(valuesXml.size(), 24);
        QCOMPARE(timestampsXml.first(), QStringLiteral("2026-03-01T23:00:00Z"));
        for (qsizetype i = 0; i < valuesXml.size(); ++i)
            QCOMPARE(valuesXml.at(i).toDouble(), values.at(i).toDouble());
    }

    void statisticsAndAscendingOrder_data()
    {
        QTest::addColumn<QString>("stat");
        QTest::addColumn<double>("noon");
        QTest::newRow("Average") << QStringLiteral("Average") << ((9 * 2 + 50) / 1000.0 * 4) / 4.0;
        QTest::newRow("Minimum") << QStringLiteral("Minimum") << (9 * 2 + 50) / 1000.0;
        QTest::newRow("SampleCount") << QStringLiteral("SampleCount") << 4.0;
        QTest::newRow("p50") << QStringLiteral("p50") << (9 * 2 + 50) / 1000.0;
    }

    void statisticsAndAscendingOrder()
    {
        QFETCH(QString, stat);
        QFETCH(double, noon);
        recordDay();
        QJsonObject request = metricData(
            QJsonArray{bounceQuery(3600, stat)}, kDayStart.addSecs(12 * 3600), kDayStart.addSecs(14 * 3600));
        request.insert(QStringLiteral("ScanBy"), QStringLiteral("TimestampAscending"));
        const QJsonObject result = QJsonDocument::fromJson(json(QStringLiteral("GetMetricData"), request).body)
                                       .object()
                                       .value(QLatin1String("MetricDataResults"))
                                       .toArray()
                                       .first()
                                       .toObject();
        const QJsonArray timestamps = result.value(QLatin1String("Timestamps")).toArray();
        QCOMPARE(timestamps.size(), 2);
        QVERIFY(timestamps.at(0).toInteger() < timestamps.at(1).toInteger());
        QCOMPARE(result.value(QLatin1String("Values")).toArray().first().toDouble(), noon);
    }

    void pagesOfDatapoints()
    {
        recordDay();
        QJsonObject request = metricData(
            QJsonArray{bounceQuery(3600, QStringLiteral("Average")),
                QJsonObject{{QStringLiteral("Id"), QStringLiteral("complaint")},
                    {QStringLiteral("MetricStat"),
                        QJsonObject{
                            {QStringLiteral("Metric"),
                                QJsonObject{{QStringLiteral("Namespace"), QStringLiteral("AWS/SES")},
                                    {QStringLiteral("MetricName"), QStringLiteral("Reputation.ComplaintRate")}}},
                            {QStringLiteral("Period"), 3600},
                            {QStringLiteral("Stat"), QStringLiteral("Average")}}}}},
            kDayStart,
            kDayStart.addDays(1));
        request.insert(QStringLiteral("MaxDatapoints"), 10);
        QHash<QString, int> points;
        QString token;
        int pages = 0;
        do {
            QJsonObject page = request;
            if (!token.isEmpty())
                page.insert(QStringLiteral("NextToken"), token);
            const QJsonObject out = QJsonDocument::fromJson(json(QStringLiteral("GetMetricData"), page).body).object();
            int onPage = 0;
            for (const QJsonValue &r : out.value(QLatin1String("MetricDataResults")).toArray()) {
                const int n = static_cast<int>(r.toObject().value(QLatin1String("Values")).toArray().size());
                points[r.toObject().value(QLatin1String("Id")).toString()] += n;
                onPage += n;
            }
            QVERIFY(onPage <= 10);
            token = out.value(QLatin1String("NextToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 20);
        QCOMPARE(pages, 5);
        QCOMPARE(points.value(QStringLiteral("bounce")), 24);
        QCOMPARE(points.value(QStringLiteral("complaint")), 24);
    }

    void configurationSetMetrics()
    {
        record(kDayStart.addSecs(3600), counters(200, 10), QStringLiteral("marketing"));
        const QJsonArray marketing{QJsonObject{{QStringLiteral("Name"), QStringLiteral("ses:configuration-set")},
            {QStringLiteral("Value"), QStringLiteral("marketing")}}};
        const QJsonArray other{QJsonObject{{QStringLiteral("Name"), QStringLiteral("ses:configuration-set")},
            {QStringLiteral("Value"), QStringLiteral("other")}}};
        const QJsonObject request = metricData(
            QJsonArray{bounceQuery(86400, QStringLiteral("Maximum"), marketing)}, kDayStart, kDayStart.addDays(1));
        const QJsonObject result = QJsonDocument::fromJson(json(QStringLiteral("GetMetricData"), request).body)
                                       .object()
                                       .value(QLatin1String("MetricDataResults"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(result.value(QLatin1String("Values")).toArray(), QJsonArray{0.05});
        QCOMPARE(result.value(QLatin1String("Timestamps")).toArray(), QJsonArray{kDayStart.toSecsSinceEpoch()});
        // The account has no sends of its own here, another set none either.
        for (const QJsonArray &dimensions : {QJsonArray(), other}) {
            const QJsonObject empty = QJsonDocument::fromJson(
                json(QStringLiteral("GetMetricData"),
                    metricData(QJsonArray{bounceQuery(86400, QStringLiteral("Maximum"), dimensions)},
                        kDayStart,
                        kDayStart.addDays(1)))
                    .body)
                                          .object();
            QVERIFY(empty.value(QLatin1String("MetricDataResults"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QLatin1String("Values"))
                        .toArray()
                        .isEmpty());
        }
    }

    void alarmsFollowTheMetric()
    {
        recordDay();
        m_clock.set(kDayStart.addSecs(12 * 3600 + 1800)); // 12:30, the spike is in this hour
        const QJsonObject alarm{{QStringLiteral("AlarmName"), QStringLiteral("bounce-review")},
            {QStringLiteral("Namespace"), QStringLiteral("AWS/SES")},
            {QStringLiteral("MetricName"), QStringLiteral("Reputation.BounceRate")},
            {QStringLiteral("Statistic"), QStringLiteral("Maximum")},
            {QStringLiteral("Period"), 3600},
            {QStringLiteral("EvaluationPeriods"), 1},
            {QStringLiteral("Threshold"), 0.05},
            {QStringLiteral("ComparisonOperator"), QStringLiteral("GreaterThanOrEqualToThreshold")},
            {QStringLiteral("TreatMissingData"), QStringLiteral("ignore")},
            {QStringLiteral("AlarmActions"), QJsonArray{QStringLiteral("arn:aws:sns:us-east-1:123456789012:ops")}}};
        QCOMPARE(json(QStringLiteral("PutMetricAlarm"), alarm).status, 200);
        auto describe = [this](const QJsonObject &filter = {}) {
            return QJsonDocument::fromJson(json(QStringLiteral("DescribeAlarms"), filter).body)
                .object()
                .value(QLatin1String("MetricAlarms"))
                .toArray();
        };
        QJsonObject described = describe().first().toObject();
        QCOMPARE(described.value(QLatin1String("StateValue")).toString(), QStringLiteral("ALARM"));
        QVERIFY2(described.value(QLatin1String("StateReason"))
                     .toString()
                     .startsWith(QStringLiteral("Threshold Crossed: 1 out of the last 1 datapoints [0.068 (01/03/26 "
                                                "12:00:00)] was greater than or equal to the threshold (0.05)")),
            qPrintable(described.value(QLatin1String("StateReason")).toString()));
        QCOMPARE(described.value(QLatin1String("AlarmArn")).toString(),
            QStringLiteral("arn:aws:cloudwatch:us-east-1:123456789012:alarm:bounce-review"));
        QCOMPARE(describe(QJsonObject{{QStringLiteral("StateValue"), QStringLiteral("OK")}}).size(), 0);
        QCOMPARE(describe(QJsonObject{
                              {QStringLiteral("ActionPrefix"), QStringLiteral("arn:aws:sns:us-east-1:123456789012:o")}})
                     .size(),
            1);

        // Three hours later the spike has left the window.
        m_clock.advance(3 * 3600);
        described = describe().first().toObject();
        QCOMPARE(described.value(QLatin1String("StateValue")).toString(), QStringLiteral("OK"));
        QCOMPARE(
            Sandbox::Timestamps::fromJson(described.value(QLatin1String("StateUpdatedTimestamp"))), m_clock.nowUtc());

        // Paging by name; prefix filter; deletion.
        for (const char *name : {"a1", "a2", "a3"}) {
            QJsonObject other = alarm;
            other.insert(QStringLiteral("AlarmName"), QLatin1String(name));
            QCOMPARE(json(QStringLiteral("PutMetricAlarm"), other).status, 200);
        }
        const QJsonObject first = QJsonDocument::fromJson(
            json(QStringLiteral("DescribeAlarms"), QJsonObject{{QStringLiteral("MaxRecords"), 2}}).body)
                                      .object();
        QCOMPARE(first.value(QLatin1String("MetricAlarms")).toArray().size(), 2);
        QVERIFY(first.contains(QLatin1String("NextToken")));
        QCOMPARE(describe(QJsonObject{{QStringLiteral("AlarmNamePrefix"), QStringLiteral("a")}}).size(), 3);
        const HttpResponse missing = json(QStringLiteral("DeleteAlarms"),
            QJsonObject{{QStringLiteral("AlarmNames"), QJsonArray{QStringLiteral("a1"), QStringLiteral("nope")}}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("x-amzn-query-error"), QByteArray("ResourceNotFound;Sender"));
        QCOMPARE(
            json(QStringLiteral("DeleteAlarms"),
                QJsonObject{{QStringLiteral("AlarmNames"), QJsonArray{QStringLiteral("a1"), QStringLiteral("a2")}}})
                .status,
            200);
        QCOMPARE(describe().size(), 2);
    }

    void errorsInBothProtocols()
    {
        const QJsonObject bad
            = metricData(QJsonArray{bounceQuery(61, QStringLiteral("Average"))}, kDayStart, kDayStart.addDays(1));
        const HttpResponse reply = json(QStringLiteral("GetMetricData"), bad);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.header("x-amzn-query-error"), QByteArray("InvalidParameterValue;Sender"));
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QLatin1String("__type")).toString(),
            QStringLiteral("InvalidParameterValueException"));

        QUrlQuery form;
        form.addQueryItem(QStringLiteral("Action"), QStringLiteral("GetMetricData"));
        form.addQueryItem(QStringLiteral("Version"), QStringLiteral("2010-08-01"));
        form.addQueryItem(QStringLiteral("StartTime"), kDayStart.addDays(1).toString(Qt::ISODate));
        form.addQueryItem(QStringLiteral("EndTime"), kDayStart.toString(Qt::ISODate));
        form.addQueryItem(QStringLiteral("MetricDataQueries.member.1.Id"), QStringLiteral("q"));
        form.addQueryItem(
            QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.MetricName"), QStringLiteral("x"));
        form.addQueryItem(QStringLiteral("MetricDataQueries.member.1.MetricStat.Period"), QStringLiteral("60"));
        form.addQueryItem(QStringLiteral("MetricDataQueries.member.1.MetricStat.Stat"), QStringLiteral("Sum"));
        const HttpResponse xml = query(QStringLiteral("monitoring"), form);
        QCOMPARE(xml.status, 400);
        QCOMPARE(xmlTexts(xml.body, QStringLiteral("Code")), QStringList{QStringLiteral("InvalidParameterValue")});
        QCOMPARE(xmlTexts(xml.body, QStringLiteral("Message")),
            QStringList{QStringLiteral("The parameter StartTime must be less than the parameter EndTime.")});

        // A required member missing: the model's validation, in both.
        const HttpResponse missing = json(QStringLiteral("PutMetricAlarm"), QJsonObject());
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.header("x-amzn-query-error").startsWith("ValidationError"));
    }

    void sendStatisticsAndQuota()
    {
        // Two weeks and a day of hourly buckets (every fourth interval) with one empty bucket.
        const QDateTime now = m_clock.nowUtc();
        for (int h = 0; h < 15 * 24; ++h)
            record(now.addSecs(-h * 3600 - 60), counters(h % 5 == 0 ? 0 : 10, h % 7 == 0 ? 1 : 0));
        const QList<SendingLedger::Bucket> reported
            = Sandbox::SendStatisticsOperations::reported(m_server->context().ledger, now);
        // Within two weeks: hours 0..335, minus the ones where nothing happened (h % 5 == 0 && h % 7 != 0).
        int expected = 0;
        for (int h = 0; h < 15 * 24; ++h) {
            if (now.addSecs(-h * 3600 - 60) >= now.addDays(-14) && !(h % 5 == 0 && h % 7 != 0))
                ++expected;
        }
        QCOMPARE(reported.size(), expected);

        QUrlQuery form;
        form.addQueryItem(QStringLiteral("Action"), QStringLiteral("GetSendStatistics"));
        form.addQueryItem(QStringLiteral("Version"), QStringLiteral("2010-12-01"));
        const HttpResponse reply = query(QStringLiteral("ses"), form);
        QCOMPARE(reply.status, 200);
        QVERIFY(
            reply.body.startsWith("<GetSendStatisticsResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"));
        const QStringList stamps = xmlTexts(reply.body, QStringLiteral("Timestamp"));
        QCOMPARE(stamps.size(), expected);
        QStringList sorted = stamps;
        sorted.sort();
        QVERIFY2(sorted != stamps, "SES does not promise an order; neither does the Sandbox");
        for (const QString &stamp : stamps) {
            QVERIFY2(stamp.endsWith(QLatin1Char('Z')), qPrintable(stamp));
            const QDateTime t = QDateTime::fromString(stamp, Qt::ISODate);
            QCOMPARE(t.toSecsSinceEpoch() % 900, 0);
        }

        form.clear();
        form.addQueryItem(QStringLiteral("Action"), QStringLiteral("GetSendQuota"));
        const HttpResponse quota = query(QStringLiteral("ses"), form);
        QCOMPARE(xmlTexts(quota.body, QStringLiteral("Max24HourSend")), QStringList{QStringLiteral("200.0")});
        QCOMPARE(xmlTexts(quota.body, QStringLiteral("MaxSendRate")), QStringList{QStringLiteral("1.0")});
        // The last 24 hours: hours 0..23 sent 10 each except every fifth.
        int sent = 0;
        for (int h = 0; h < 24; ++h)
            sent += h % 5 == 0 ? 0 : 10;
        QCOMPARE(
            xmlTexts(quota.body, QStringLiteral("SentLast24Hours")), QStringList{QStringLiteral("%1.0").arg(sent)});
    }
};

QTEST_GUILESS_MAIN(tst_SandboxMetrics)
#include "tst_sandboxmetrics.moc"
