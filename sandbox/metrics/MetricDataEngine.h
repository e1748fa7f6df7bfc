#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

class ReputationMetrics;

/// CloudWatch's GetMetricData over the metrics the Sandbox publishes: each MetricStat query is
/// cut into periods aligned to multiples of its Period (since the epoch, so hourly periods start
/// on the hour and daily ones at 00:00 UTC), the statistic is taken over each period's samples,
/// periods without samples are left out, newest first unless ScanBy says otherwise, and at most
/// MaxDatapoints values per answer with a NextToken for the rest. Errors carry CloudWatch's
/// Query codes (InvalidParameterValue, InvalidNextToken...).
class MetricDataEngine
{
public:
    struct Series {
        QList<QDateTime> times; ///< Period starts, oldest first.
        QList<double> values;
        QList<int> sampleCounts;
    };

    explicit MetricDataEngine(const ReputationMetrics &metrics);

    /// One MetricStat's datapoints in [start, end); where names it in error messages
    /// ("MetricDataQueries.member.1.MetricStat").
    Outcome<Series> series(const QJsonObject &metricStat,
        const QDateTime &start,
        const QDateTime &end,
        const QDateTime &now,
        const QString &where) const;

    /// GetMetricData's output for its input (timestamps in epoch seconds, as the JSON protocol
    /// and the handlers carry them).
    JsonOutcome getMetricData(const QJsonObject &input, const QDateTime &now) const;

    static constexpr int kDefaultMaxDatapoints = 100800;
    static constexpr int kMaxQueries = 500;

    static ServiceError invalidParameter(const QString &message);

private:
    const ReputationMetrics &m_metrics;
};

} // namespace Sandbox
