// Reputation: the guide's thresholds and statuses, GetMetricData answers (both protocols, paged)
// turned into sorted series with gaps, and the request for the account or a configuration set.
#include <QFile>
#include <QTest>

#include "models/aws/AwsResponse.h"
#include "models/ses/CloudWatchClient.h"
#include "models/ses/ReputationQuery.h"
#include "models/ses/ReputationSeries.h"
#include "models/ses/ReputationThresholds.h"

using Ses::ReputationMetric;
using Ses::ReputationStatus;

Q_DECLARE_METATYPE(Ses::ReputationMetric::Kind)
Q_DECLARE_METATYPE(Ses::ReputationStatus)
Q_DECLARE_METATYPE(Aws::Protocol)

class tst_Reputation : public QObject
{
    Q_OBJECT

    static QDateTime utc(int h, int d = 14)
    {
        return QDateTime(QDate(2026, 3, d), QTime(h, 0), Qt::UTC);
    }
    static Ses::GetMetricDataResult pages(Aws::Protocol protocol)
    {
        const QString ext = protocol == Aws::Protocol::Json ? QStringLiteral("json") : QStringLiteral("xml");
        Ses::GetMetricDataResult all;
        for (int n : {1, 2}) {
            QFile f(QStringLiteral(SESDESK_TEST_DATA_DIR "/stats/get-metric-data-page%1.%2").arg(n).arg(ext));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("missing GetMetricData fixture");
            Aws::AwsResponse r;
            r.body = f.readAll();
            const auto page = Ses::CloudWatchClient::parseGetMetricData(r, protocol);
            if (!page.ok())
                qFatal("GetMetricData fixture does not parse");
            all.mergePage(page.value());
        }
        return all;
    }

private Q_SLOTS:
    void thresholds_data()
    {
        QTest::addColumn<ReputationMetric::Kind>("kind");
        QTest::addColumn<double>("rate");
        QTest::addColumn<ReputationStatus>("status");
        QTest::newRow("bounce 0") << ReputationMetric::BounceRate << 0.0 << ReputationStatus::Healthy;
        QTest::newRow("bounce 2%") << ReputationMetric::BounceRate << 0.02 << ReputationStatus::Healthy;
        QTest::newRow("bounce 4.99%") << ReputationMetric::BounceRate << 0.0499 << ReputationStatus::Healthy;
        QTest::newRow("bounce 5%") << ReputationMetric::BounceRate << 0.05 << ReputationStatus::UnderReviewRisk;
        QTest::newRow("bounce 5/100") << ReputationMetric::BounceRate << 5.0 / 100.0
                                      << ReputationStatus::UnderReviewRisk;
        QTest::newRow("bounce 9.99%") << ReputationMetric::BounceRate << 0.0999 << ReputationStatus::UnderReviewRisk;
        QTest::newRow("bounce 10%") << ReputationMetric::BounceRate << 0.10 << ReputationStatus::AtRisk;
        QTest::newRow("bounce 35%") << ReputationMetric::BounceRate << 0.35 << ReputationStatus::AtRisk;
        QTest::newRow("complaint 0.05%") << ReputationMetric::ComplaintRate << 0.0005 << ReputationStatus::Healthy;
        QTest::newRow("complaint 0.099%") << ReputationMetric::ComplaintRate << 0.00099 << ReputationStatus::Healthy;
        QTest::newRow("complaint 0.1%") << ReputationMetric::ComplaintRate << 0.001
                                        << ReputationStatus::UnderReviewRisk;
        QTest::newRow("complaint 0.49%") << ReputationMetric::ComplaintRate << 0.0049
                                         << ReputationStatus::UnderReviewRisk;
        QTest::newRow("complaint 0.5%") << ReputationMetric::ComplaintRate << 0.005 << ReputationStatus::AtRisk;
        // A 5% complaint rate is far past the complaint levels, though it would be fine for bounces.
        QTest::newRow("complaint 5%") << ReputationMetric::ComplaintRate << 0.05 << ReputationStatus::AtRisk;
    }
    void thresholds()
    {
        QFETCH(ReputationMetric::Kind, kind);
        QFETCH(double, rate);
        QFETCH(ReputationStatus, status);
        QCOMPARE(Ses::ReputationThresholds::forMetric(kind).classify(rate), status);
    }

    void statusNames()
    {
        QCOMPARE(
            Ses::ReputationStatusText::key(ReputationStatus::UnderReviewRisk), QStringLiteral("under-review-risk"));
        QCOMPARE(Ses::ReputationStatusText::label(ReputationStatus::AtRisk), QStringLiteral("At risk"));
        QCOMPARE(Ses::ReputationStatusText::worst(ReputationStatus::Healthy, ReputationStatus::AtRisk),
            ReputationStatus::AtRisk);
        QCOMPARE(Ses::ReputationStatusText::worst(ReputationStatus::Unknown, ReputationStatus::Healthy),
            ReputationStatus::Healthy);
    }

    void seriesFromGetMetricData_data()
    {
        QTest::addColumn<Aws::Protocol>("protocol");
        QTest::newRow("query") << Aws::Protocol::Query;
        QTest::newRow("json") << Aws::Protocol::Json;
    }
    void seriesFromGetMetricData()
    {
        QFETCH(Aws::Protocol, protocol);
        Ses::ReputationSeries series;
        series.merge(pages(protocol));
        // Newest first on the wire; oldest first here.
        const auto bounce = series.points(ReputationMetric::BounceRate);
        QCOMPARE(bounce.size(), 5);
        QCOMPARE(bounce.first(), (Ses::ReputationPoint{utc(18), 0.11}));
        QCOMPARE(bounce.last(), (Ses::ReputationPoint{utc(23), 0.052}));
        QCOMPARE(series.points(ReputationMetric::ComplaintRate).size(), 3);
        // The status is the latest value's: bounce 5.2% now (though 11% at 18:00), complaints 0.04%.
        QCOMPARE(series.status(ReputationMetric::BounceRate), ReputationStatus::UnderReviewRisk);
        QCOMPARE(series.status(ReputationMetric::ComplaintRate), ReputationStatus::Healthy);
        QCOMPARE(series.overallStatus(), ReputationStatus::UnderReviewRisk);
        QCOMPARE(series.latest(ReputationMetric::ComplaintRate)->timestamp, utc(23));

        const Ses::TimeSeriesTable table = series.table(Ses::Aggregation::Hour, {utc(18), utc(0, 15)});
        QCOMPARE(table.rowCount(), 6);
        QCOMPARE(table.columns().at(0).key, QStringLiteral("Reputation.BounceRate"));
        QCOMPARE(table.columns().at(1).kind, Ses::SeriesKind::Ratio);
        QCOMPARE(table.value(0, 0), std::optional<double>(0.11));
        QCOMPARE(table.value(0, 1), std::nullopt); // no complaint value at 18:00
        QVERIFY(table.isGap(1)); // 19:00: neither
        QCOMPARE(table.value(2, 1), std::optional<double>(0.006));
        QCOMPARE(table.runs(0), (QList<Ses::RowRun>{{0, 1}, {2, 4}}));
        QCOMPARE(table.runs(1), (QList<Ses::RowRun>{{2, 1}, {4, 2}}));
        // Daily: one bucket holding the mean of the day's values.
        const Ses::TimeSeriesTable daily = series.table(Ses::Aggregation::Day, {utc(0), utc(0, 15)});
        QCOMPARE(daily.rowCount(), 1);
        QCOMPARE(*daily.value(0, 0), (0.11 + 0.021 + 0.031 + 0.048 + 0.052) / 5);
        QCOMPARE(daily.samples(0), 5);
    }

    void newerValuesWin()
    {
        Ses::ReputationSeries series;
        series.merge(ReputationMetric::BounceRate, {{utc(10), 0.01}, {utc(11), 0.02}});
        series.merge(ReputationMetric::BounceRate, {{utc(11), 0.03}});
        QCOMPARE(series.points(ReputationMetric::BounceRate),
            (QList<Ses::ReputationPoint>{{utc(10), 0.01}, {utc(11), 0.03}}));
        QCOMPARE(series.status(ReputationMetric::ComplaintRate), ReputationStatus::Unknown);
        QCOMPARE(series.overallStatus(), ReputationStatus::Healthy);
    }

    void queryForAccountAndConfigurationSet()
    {
        const Ses::TimeRange range{utc(0, 1), utc(0, 15)};
        const Ses::GetMetricDataRequest account = Ses::ReputationQuery::build(range, Ses::Aggregation::Hour);
        QCOMPARE(account.queries.size(), 2);
        QCOMPARE(account.startTime, range.from());
        QCOMPARE(account.endTime, range.to());
        QCOMPARE(account.queries.at(0).id, QStringLiteral("bounceRate"));
        QCOMPARE(account.queries.at(0).metricStat->metric.namespaceName, QStringLiteral("AWS/SES"));
        QCOMPARE(account.queries.at(0).metricStat->metric.metricName, QStringLiteral("Reputation.BounceRate"));
        QCOMPARE(account.queries.at(1).metricStat->metric.metricName, QStringLiteral("Reputation.ComplaintRate"));
        QVERIFY(account.queries.at(0).metricStat->metric.dimensions.isEmpty());
        QCOMPARE(account.queries.at(0).metricStat->period, 3600);

        const Ses::GetMetricDataRequest set
            = Ses::ReputationQuery::build(range, Ses::Aggregation::FifteenMinutes, QStringLiteral("transactional"));
        for (const Ses::MetricDataQuery &q : set.queries) {
            QCOMPARE(q.metricStat->metric.dimensions,
                (QList<Ses::Dimension>{{QStringLiteral("ses:configuration-set"), QStringLiteral("transactional")}}));
            QCOMPARE(q.metricStat->period, 900);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Reputation)
#include "tst_reputation.moc"
