// GetSendStatistics and GetSendQuota answers as SES sends them (namespace, ResponseMetadata,
// unordered points), AWS timestamps in both protocols, and malformed answers named precisely.
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include "models/aws/AwsResponse.h"
#include "models/aws/XmlNode.h"
#include "models/ses/AwsTimestamp.h"
#include "models/ses/SesV1Client.h"
#include "models/ses/StatisticsTypes.h"

class tst_StatisticsParsing : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const char *name)
    {
        QFile f(QStringLiteral(SESDESK_TEST_DATA_DIR "/stats/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return f.readAll();
    }
    static Aws::AwsResponse response(const QByteArray &body)
    {
        Aws::AwsResponse r;
        r.httpStatus = 200;
        r.body = body;
        return r;
    }

private Q_SLOTS:
    void isoTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs"); // -1: invalid
        QTest::newRow("SES minute") << QStringLiteral("2026-03-10T08:43:00Z") << Q_INT64_C(1773132180000);
        QTest::newRow("milliseconds") << QStringLiteral("2026-03-10T08:43:00.250Z") << Q_INT64_C(1773132180250);
        QTest::newRow("microseconds (moto)")
            << QStringLiteral("2026-11-24T15:42:49.617063Z") << Q_INT64_C(1795534969617);
        QTest::newRow("offset") << QStringLiteral("2026-03-10T10:43:00+02:00") << Q_INT64_C(1773132180000);
        QTest::newRow("no zone means UTC") << QStringLiteral("2026-03-10T08:43:00") << Q_INT64_C(1773132180000);
        QTest::newRow("garbage") << QStringLiteral("yesterday") << Q_INT64_C(-1);
        QTest::newRow("bad month") << QStringLiteral("2026-13-10T08:43:00Z") << Q_INT64_C(-1);
        QTest::newRow("empty") << QString() << Q_INT64_C(-1);
    }
    void isoTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const QDateTime t = Ses::AwsTimestamp::parseIso(text);
        if (msecs < 0) {
            QVERIFY(!t.isValid());
            return;
        }
        QVERIFY(t.isValid());
        QCOMPARE(t.toMSecsSinceEpoch(), msecs);
    }

    void jsonTimestampsAndWriters()
    {
        QCOMPARE(Ses::AwsTimestamp::fromJson(QJsonValue(1773132180)).toMSecsSinceEpoch(), Q_INT64_C(1773132180000));
        QCOMPARE(Ses::AwsTimestamp::fromJson(QJsonValue(1773132180.5)).toMSecsSinceEpoch(), Q_INT64_C(1773132180500));
        QCOMPARE(Ses::AwsTimestamp::fromJson(QJsonValue(QStringLiteral("2026-03-10T08:43:00Z"))).toSecsSinceEpoch(),
            Q_INT64_C(1773132180));
        QVERIFY(!Ses::AwsTimestamp::fromJson(QJsonValue(true)).isValid());
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1773132180000), Qt::UTC);
        QCOMPARE(Ses::AwsTimestamp::toIso(t), QStringLiteral("2026-03-10T08:43:00Z"));
        QCOMPARE(Ses::AwsTimestamp::toIso(t.addMSecs(5)), QStringLiteral("2026-03-10T08:43:00.005Z"));
        QCOMPARE(Ses::AwsTimestamp::toEpochJson(t), QJsonValue(Q_INT64_C(1773132180)));
        QCOMPARE(Ses::AwsTimestamp::toEpochJson(t.addMSecs(500)).toDouble(), 1773132180.5);
    }

    void sendStatisticsFixture()
    {
        const auto parsed
            = Ses::SesV1Client::parseSendStatistics(response(fixture("get-send-statistics-unsorted.xml")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        const Ses::SendStatistics &s = parsed.value();
        QCOMPARE(s.requestId, QStringLiteral("c2b66ee5-fd2a-11e0-a3e7-5b1bc4a2d7b2"));
        QCOMPARE(s.points.size(), 10);
        // Kept in SES's order (unsorted): the first member is 09:13 with 20 attempts and 2 bounces.
        QCOMPARE(s.points.first().timestamp, QDateTime(QDate(2026, 3, 10), QTime(9, 13), Qt::UTC));
        QCOMPARE(s.points.first().deliveryAttempts, 20);
        QCOMPARE(s.points.first().bounces, 2);
        QCOMPARE(s.points.last().timestamp, QDateTime(QDate(2026, 3, 11), QTime(0, 13), Qt::UTC));
        qint64 attempts = 0;
        for (const Ses::SendDataPoint &p : s.points)
            attempts += p.deliveryAttempts;
        QCOMPARE(attempts, 141);
        // The JSON the AWS CLI prints: same members, the timestamp as on the wire.
        const QJsonArray raw = s.raw.value(QStringLiteral("SendDataPoints")).toArray();
        QCOMPARE(raw.size(), 10);
        QCOMPARE(raw.first().toObject(),
            QJsonObject({{QStringLiteral("Timestamp"), QStringLiteral("2026-03-10T09:13:00Z")},
                {QStringLiteral("DeliveryAttempts"), 20},
                {QStringLiteral("Bounces"), 2},
                {QStringLiteral("Complaints"), 0},
                {QStringLiteral("Rejects"), 0}}));
    }

    void emptyStatistics()
    {
        const auto parsed = Ses::SesV1Client::parseSendStatistics(response(
            "<GetSendStatisticsResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><GetSendStatisticsResult>"
            "<SendDataPoints/></GetSendStatisticsResult><ResponseMetadata><RequestId>r1</RequestId>"
            "</ResponseMetadata></GetSendStatisticsResponse>"));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().points.isEmpty());
        QCOMPARE(parsed.value().raw.value(QStringLiteral("SendDataPoints")).toArray().size(), 0);
    }

    void malformedStatistics_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = "<GetSendStatisticsResponse><GetSendStatisticsResult><SendDataPoints>";
        const QByteArray tail = "</SendDataPoints></GetSendStatisticsResult></GetSendStatisticsResponse>";
        const QByteArray good = "<member><Timestamp>2026-03-10T08:43:00Z</Timestamp><DeliveryAttempts>1"
                                "</DeliveryAttempts></member>";
        QTest::newRow("bad timestamp") << head + good
                + "<member><Timestamp>soon</Timestamp><DeliveryAttempts>1</DeliveryAttempts></member>"
                + tail << QStringLiteral("SendDataPoint 2: Timestamp \"soon\"");
        QTest::newRow("negative counter")
            << head + "<member><Timestamp>2026-03-10T08:43:00Z</Timestamp><Bounces>-3</Bounces></member>" + tail
            << QStringLiteral("SendDataPoint 1: Bounces \"-3\"");
        QTest::newRow("not a number") << head
                + "<member><Timestamp>2026-03-10T08:43:00Z</Timestamp><Rejects>many</Rejects></member>"
                + tail << QStringLiteral("Rejects \"many\"");
        QTest::newRow("wrong answer") << QByteArray("<GetSendQuotaResponse/>")
                                      << QStringLiteral("<GetSendStatisticsResponse>");
        QTest::newRow("not XML") << QByteArray("{\"SendDataPoints\": []}") << QStringLiteral("Unreadable XML");
    }
    void malformedStatistics()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto parsed = Ses::SesV1Client::parseSendStatistics(response(body));
        QVERIFY(parsed.isError());
        QCOMPARE(parsed.error().kind, Aws::AwsError::Kind::Parse);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }

    void sendQuotaFixture()
    {
        const auto parsed = Ses::SesV1Client::parseSendQuota(response(fixture("get-send-quota.xml")));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().quota.max24HourSend, 50000.0);
        QCOMPARE(parsed.value().quota.maxSendRate, 14.0);
        QCOMPARE(parsed.value().quota.sentLast24Hours, 12840.0);
        QCOMPARE(parsed.value().requestId, QStringLiteral("273021c6-c866-11e0-b926-699e21c3af9e"));
        QCOMPARE(parsed.value().raw,
            QJsonObject({{QStringLiteral("Max24HourSend"), 50000.0},
                {QStringLiteral("MaxSendRate"), 14.0},
                {QStringLiteral("SentLast24Hours"), 12840.0}}));
        const auto bad = Ses::SesV1Client::parseSendQuota(
            response("<GetSendQuotaResponse><GetSendQuotaResult><MaxSendRate>fast</MaxSendRate>"
                     "</GetSendQuotaResult></GetSendQuotaResponse>"));
        QVERIFY(bad.isError());
        QVERIFY(bad.error().message.contains(QStringLiteral("MaxSendRate \"fast\"")));
    }

    void v1RequestShape()
    {
        const Aws::AwsRequest r = Ses::SesV1Client::request(QStringLiteral("GetSendStatistics"));
        QCOMPARE(r.serviceKey, QStringLiteral("ses"));
        QCOMPARE(r.signingName, QStringLiteral("ses"));
        QCOMPARE(r.protocol, Aws::Protocol::Query);
        QCOMPARE(r.kind, Aws::CallKind::Management);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.body, QByteArray("Action=GetSendStatistics&Version=2010-12-01"));
    }
};

QTEST_GUILESS_MAIN(tst_StatisticsParsing)
#include "tst_statisticsparsing.moc"
