// Sending statistics as a series: SES's unordered points sorted and deduplicated, bucketed into
// 15 minutes / hours / days with gaps kept as gaps, ranges, totals and the rates SES defines,
// checked against real-shaped GetSendStatistics answers (tests/data/stats).
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "models/aws/AwsResponse.h"
#include "models/ses/SendStatisticsSeries.h"
#include "models/ses/SesV1Client.h"
#include "models/ses/TimeSeriesCsv.h"

using Ses::Aggregation;
using Ses::TimeRange;

Q_DECLARE_METATYPE(Ses::TimeRange::Preset)
Q_DECLARE_METATYPE(Ses::Aggregation)

class tst_SendStatisticsSeries : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(SESDESK_TEST_DATA_DIR "/stats/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }
    static QList<Ses::SendDataPoint> points(const QString &name)
    {
        Aws::AwsResponse r;
        r.body = fixture(name);
        const auto parsed = Ses::SesV1Client::parseSendStatistics(r);
        if (!parsed.ok())
            qFatal("fixture %s does not parse", qPrintable(name));
        return parsed.value().points;
    }
    static QDateTime utc(int y, int mo, int d, int h, int mi = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
    }
    static Ses::SendDataPoint point(const QDateTime &t, qint64 attempts, qint64 bounces = 0, qint64 complaints = 0)
    {
        Ses::SendDataPoint p;
        p.timestamp = t;
        p.deliveryAttempts = attempts;
        p.bounces = bounces;
        p.complaints = complaints;
        return p;
    }
    static QJsonObject expected()
    {
        return QJsonDocument::fromJson(fixture(QStringLiteral("two-weeks.expected.json"))).object();
    }

private Q_SLOTS:
    void sortsUnorderedPoints()
    {
        const Ses::SendStatisticsSeries series(points(QStringLiteral("get-send-statistics-unsorted.xml")));
        QCOMPARE(series.points().size(), 10);
        for (qsizetype i = 1; i < series.points().size(); ++i)
            QVERIFY(series.points().at(i - 1).timestamp < series.points().at(i).timestamp);
        QCOMPARE(series.first(), utc(2026, 3, 10, 8, 13));
        QCOMPARE(series.last(), utc(2026, 3, 11, 23, 58));
    }

    void newerPointReplacesOlderAtTheSameTime()
    {
        Ses::SendStatisticsSeries series({point(utc(2026, 3, 10, 8, 13), 10), point(utc(2026, 3, 10, 8, 28), 5)});
        // SES revised 08:13 (a late bounce arrived) and added 08:43.
        series.merge({point(utc(2026, 3, 10, 8, 43), 7), point(utc(2026, 3, 10, 8, 13), 10, 1)});
        QCOMPARE(series.points().size(), 3);
        QCOMPARE(series.points().at(0).bounces, 1);
        QCOMPARE(series.totals().deliveryAttempts, 22);
        // Within one answer, a repeated timestamp keeps the later member.
        const Ses::SendStatisticsSeries dup({point(utc(2026, 3, 10, 9, 0), 1), point(utc(2026, 3, 10, 9, 0), 2)});
        QCOMPARE(dup.points().size(), 1);
        QCOMPARE(dup.points().first().deliveryAttempts, 2);
    }

    void aggregation_data()
    {
        QTest::addColumn<Aggregation>("aggregation");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("rowsWithData");
        QTest::addColumn<int>("firstRow");
        QTest::addColumn<QList<double>>("firstValues");
        // Range [2026-03-10 08:00, 2026-03-12 00:00): 40 hours.
        QTest::newRow("15 minutes") << Aggregation(Aggregation::FifteenMinutes) << 160 << 10 << 0
                                    << QList<double>{10, 0, 0, 0};
        QTest::newRow("hour") << Aggregation(Aggregation::Hour) << 40 << 5 << 0 << QList<double>{45, 1, 1, 1};
        QTest::newRow("day") << Aggregation(Aggregation::Day) << 2 << 2 << 0 << QList<double>{120, 4, 1, 1};
    }
    void aggregation()
    {
        QFETCH(Aggregation, aggregation);
        QFETCH(int, rows);
        QFETCH(int, rowsWithData);
        QFETCH(int, firstRow);
        QFETCH(QList<double>, firstValues);
        const Ses::SendStatisticsSeries series(points(QStringLiteral("get-send-statistics-unsorted.xml")));
        const Ses::TimeSeriesTable table = series.aggregate(aggregation, {utc(2026, 3, 10, 8), utc(2026, 3, 12, 0)});
        QCOMPARE(table.rowCount(), rows);
        QCOMPARE(table.columnCount(), 4);
        QCOMPARE(table.bucketSeconds(), aggregation.seconds());
        int withData = 0;
        for (int r = 0; r < table.rowCount(); ++r)
            withData += table.isGap(r) ? 0 : 1;
        QCOMPARE(withData, rowsWithData);
        for (int c = 0; c < 4; ++c)
            QCOMPARE(table.value(firstRow, c), std::optional<double>(firstValues.at(c)));
        // Whatever the bucket size, nothing is lost or invented.
        QCOMPARE(table.sum(0), 141.0);
        QCOMPARE(table.sum(1), 5.0);
        QCOMPARE(table.sum(2), 2.0);
        QCOMPARE(table.sum(3), 3.0);
        // Rows are consecutive buckets.
        for (int r = 1; r < table.rowCount(); ++r)
            QVERIFY(table.time(r - 1) < table.time(r));
    }

    void gapsStayGaps()
    {
        const Ses::SendStatisticsSeries series(points(QStringLiteral("get-send-statistics-unsorted.xml")));
        const Ses::TimeSeriesTable table
            = series.aggregate(Aggregation::Hour, {utc(2026, 3, 10, 8), utc(2026, 3, 12, 0)});
        // 10:00 had no point at all: no value (not zero), no samples.
        QCOMPARE(table.time(2), utc(2026, 3, 10, 10));
        QVERIFY(table.isGap(2));
        QCOMPARE(table.value(2, 0), std::nullopt);
        QCOMPARE(table.samples(2), 0);
        QCOMPARE(table.samples(0), 4);
        // A bucket with a point but zero bounces is a zero, not a gap.
        QCOMPARE(table.value(3, 1), std::optional<double>(1));
        QCOMPARE(table.value(1, 2), std::optional<double>(0));
        const QList<Ses::RowRun> runs = table.runs(0);
        QCOMPARE(runs, (QList<Ses::RowRun>{{0, 2}, {3, 1}, {16, 1}, {39, 1}}));
        QCOMPARE(table.valueCount(0), 5);
        QCOMPARE(table.lastValueRow(0), 39);
    }

    void totalsAndRates_data()
    {
        QTest::addColumn<qint64>("attempts");
        QTest::addColumn<qint64>("bounces");
        QTest::addColumn<qint64>("complaints");
        QTest::addColumn<double>("bounceRate"); // -1: undefined
        QTest::addColumn<double>("complaintRate");
        QTest::newRow("fixture") << Q_INT64_C(141) << Q_INT64_C(5) << Q_INT64_C(2) << 5.0 / 141 << 2.0 / 141;
        QTest::newRow("review level") << Q_INT64_C(1000) << Q_INT64_C(50) << Q_INT64_C(1) << 0.05 << 0.001;
        QTest::newRow("all bounced") << Q_INT64_C(3) << Q_INT64_C(3) << Q_INT64_C(0) << 1.0 << 0.0;
        QTest::newRow("nothing sent") << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0) << -1.0 << -1.0;
    }
    void totalsAndRates()
    {
        QFETCH(qint64, attempts);
        QFETCH(qint64, bounces);
        QFETCH(qint64, complaints);
        QFETCH(double, bounceRate);
        QFETCH(double, complaintRate);
        Ses::SendTotals t;
        t.add(point(utc(2026, 3, 10, 8), attempts, bounces, complaints));
        QCOMPARE(t.points, 1);
        if (bounceRate < 0) {
            QVERIFY(!t.bounceRate());
            QVERIFY(!t.complaintRate());
            QVERIFY(!t.rejectRate());
            return;
        }
        QCOMPARE(*t.bounceRate(), bounceRate);
        QCOMPARE(*t.complaintRate(), complaintRate);
    }

    void fixtureTotals()
    {
        const Ses::SendStatisticsSeries series(points(QStringLiteral("get-send-statistics-unsorted.xml")));
        const Ses::SendTotals t = series.totals();
        QCOMPARE(t.deliveryAttempts, 141);
        QCOMPARE(t.bounces, 5);
        QCOMPARE(t.complaints, 2);
        QCOMPARE(t.rejects, 3);
        QCOMPARE(*t.bounceRate(), 5.0 / 141.0);
        // Only the second day: 12 + 9 attempts... plus 00:13's 5.
        const Ses::SendTotals day2 = series.totals({utc(2026, 3, 11, 0), utc(2026, 3, 12, 0)});
        QCOMPARE(day2.deliveryAttempts, 21);
        QCOMPARE(day2.points, 3);
        QCOMPARE(*day2.complaintRate(), 1.0 / 21.0);
    }

    void presets_data()
    {
        QTest::addColumn<TimeRange::Preset>("preset");
        QTest::addColumn<Aggregation>("aggregation");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QDateTime>("from");
        const QDateTime end = utc(2026, 3, 15, 0);
        QTest::newRow("24h/15m") << TimeRange::Last24Hours << Aggregation(Aggregation::FifteenMinutes) << 96
                                 << end.addDays(-1);
        QTest::newRow("24h/1h") << TimeRange::Last24Hours << Aggregation(Aggregation::Hour) << 24 << end.addDays(-1);
        QTest::newRow("24h/1d") << TimeRange::Last24Hours << Aggregation(Aggregation::Day) << 1 << end.addDays(-1);
        QTest::newRow("3d/15m") << TimeRange::Last3Days << Aggregation(Aggregation::FifteenMinutes) << 288
                                << end.addDays(-3);
        QTest::newRow("3d/1h") << TimeRange::Last3Days << Aggregation(Aggregation::Hour) << 72 << end.addDays(-3);
        QTest::newRow("7d/1h") << TimeRange::Last7Days << Aggregation(Aggregation::Hour) << 168 << end.addDays(-7);
        QTest::newRow("7d/1d") << TimeRange::Last7Days << Aggregation(Aggregation::Day) << 7 << end.addDays(-7);
        QTest::newRow("14d/15m") << TimeRange::Last14Days << Aggregation(Aggregation::FifteenMinutes) << 1344
                                 << end.addDays(-14);
        QTest::newRow("14d/1h") << TimeRange::Last14Days << Aggregation(Aggregation::Hour) << 336 << end.addDays(-14);
        QTest::newRow("14d/1d") << TimeRange::Last14Days << Aggregation(Aggregation::Day) << 14 << end.addDays(-14);
    }
    void presets()
    {
        QFETCH(TimeRange::Preset, preset);
        QFETCH(Aggregation, aggregation);
        QFETCH(int, rows);
        QFETCH(QDateTime, from);
        // "Now" late on the 14th: ranges end with the bucket holding now.
        const QDateTime now = utc(2026, 3, 14, 23, 58);
        const TimeRange range = TimeRange::preset(preset, now, aggregation);
        QVERIFY(range.contains(now));
        QCOMPARE(range.from(), from);
        const Ses::SendStatisticsSeries series(points(QStringLiteral("two-weeks.xml")));
        const Ses::TimeSeriesTable table = series.aggregate(aggregation, range);
        QCOMPARE(table.rowCount(), rows);
    }

    void twoWeeksFixture_data()
    {
        QTest::addColumn<Aggregation>("aggregation");
        QTest::newRow("15m") << Aggregation(Aggregation::FifteenMinutes);
        QTest::newRow("1h") << Aggregation(Aggregation::Hour);
        QTest::newRow("1d") << Aggregation(Aggregation::Day);
    }
    void twoWeeksFixture()
    {
        QFETCH(Aggregation, aggregation);
        const QJsonObject want = expected();
        const Ses::SendStatisticsSeries series(points(QStringLiteral("two-weeks.xml")));
        QCOMPARE(series.points().size(), want.value(QStringLiteral("points")).toInt());
        const TimeRange range = TimeRange::preset(TimeRange::Last14Days, series.last(), aggregation);
        const Ses::TimeSeriesTable table = series.aggregate(aggregation, range);
        QCOMPARE(table.rowCount(), want.value(QStringLiteral("rows")).toObject().value(aggregation.key()).toInt());
        QCOMPARE(table.valueCount(0),
            want.value(QStringLiteral("bucketsWithData")).toObject().value(aggregation.key()).toInt());
        const QStringList keys{QStringLiteral("DeliveryAttempts"),
            QStringLiteral("Bounces"),
            QStringLiteral("Complaints"),
            QStringLiteral("Rejects")};
        for (int c = 0; c < 4; ++c)
            QCOMPARE(table.sum(c), want.value(keys.at(c)).toDouble());
        // 2026-03-05 sent nothing: its day is a gap, not a zero.
        if (aggregation.period() == Aggregation::Day) {
            QCOMPARE(table.time(4), utc(2026, 3, 5, 0));
            QVERIFY(table.isGap(4));
        }
    }

    void allHistoryRange()
    {
        const QDateTime now = utc(2026, 3, 14, 23, 58);
        // History back to January: the range starts there.
        const TimeRange all = TimeRange::preset(
            TimeRange::AllHistory, now, Aggregation::Day, QTimeZone::utc(), utc(2026, 1, 3, 17, 13));
        QCOMPARE(all.from(), utc(2026, 1, 3, 0));
        QCOMPARE(all.to(), utc(2026, 3, 15, 0));
        // Nothing older than SES's two weeks: still two weeks.
        const TimeRange recent
            = TimeRange::preset(TimeRange::AllHistory, now, Aggregation::Hour, QTimeZone::utc(), utc(2026, 3, 12, 1));
        QCOMPARE(recent.from(), utc(2026, 3, 1, 0));
    }

    void dayBucketsFollowTheTimeZone()
    {
        const QTimeZone seoul("Asia/Seoul");
        QVERIFY(seoul.isValid());
        const Aggregation day(Aggregation::Day);
        // 14:59 UTC is 23:59 in Seoul; 15:00 UTC is the next local day.
        QCOMPARE(day.bucketStart(utc(2026, 3, 10, 14, 59), seoul), utc(2026, 3, 9, 15));
        QCOMPARE(day.bucketStart(utc(2026, 3, 10, 15, 0), seoul), utc(2026, 3, 10, 15));
        const QTimeZone india("Asia/Kolkata"); // +05:30: hours start at :30 UTC
        QCOMPARE(Aggregation(Aggregation::Hour).bucketStart(utc(2026, 3, 10, 8, 29), india), utc(2026, 3, 10, 7, 30));
        const QTimeZone newYork("America/New_York");
        // DST starts on 2026-03-08: that local day has 23 hours.
        const QDateTime start = day.bucketStart(utc(2026, 3, 8, 12), newYork);
        QCOMPARE(start, utc(2026, 3, 8, 5));
        QCOMPARE(day.nextBucket(start, newYork), utc(2026, 3, 9, 4));
    }

    void aggregationKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("seconds");
        QTest::newRow("15m") << QStringLiteral("15m") << true << 900;
        QTest::newRow("1h") << QStringLiteral("1h") << true << 3600;
        QTest::newRow("1d") << QStringLiteral("1d") << true << 86400;
        QTest::newRow("5m") << QStringLiteral("5m") << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
    }
    void aggregationKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QFETCH(int, seconds);
        const auto a = Aggregation::fromKey(key);
        QCOMPARE(a.has_value(), valid);
        if (a) {
            QCOMPARE(a->seconds(), seconds);
            QCOMPARE(a->key(), key);
        }
    }

    void csvExport()
    {
        const Ses::SendStatisticsSeries series(points(QStringLiteral("get-send-statistics-unsorted.xml")));
        const Ses::TimeSeriesTable table
            = series.aggregate(Aggregation::Hour, {utc(2026, 3, 10, 8), utc(2026, 3, 10, 12)});
        const QByteArray csv = Ses::TimeSeriesCsv::write(table);
        QCOMPARE(csv,
            QByteArray("Timestamp,DeliveryAttempts,Bounces,Complaints,Rejects\r\n"
                       "2026-03-10T08:00:00Z,45,1,1,1\r\n"
                       "2026-03-10T09:00:00Z,20,2,0,0\r\n"
                       "2026-03-10T10:00:00Z,,,,\r\n"
                       "2026-03-10T11:00:00Z,55,1,0,0\r\n"));
        QCOMPARE(Ses::TimeSeriesCsv::write(table, true).count("\r\n"), 4);
        QCOMPARE(Ses::TimeSeriesCsv::escape(QStringLiteral("a,\"b\"")), QByteArray("\"a,\"\"b\"\"\""));
    }
};

QTEST_GUILESS_MAIN(tst_SendStatisticsSeries)
#include "tst_sendstatisticsseries.moc"
