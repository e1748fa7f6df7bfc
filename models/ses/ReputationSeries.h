#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QTimeZone>

#include "models/ses/Aggregation.h"
#include "models/ses/ReputationMetric.h"
#include "models/ses/ReputationStatus.h"
#include "models/ses/TimeRange.h"
#include "models/ses/TimeSeriesTable.h"

namespace Ses
{

struct GetMetricDataResult;

struct ReputationPoint {
    QDateTime timestamp;
    double value = 0; ///< Ratio: 0.05 = 5%.
    friend bool operator==(const ReputationPoint &, const ReputationPoint &) = default;
};

/// Bounce and complaint rate over time, from CloudWatch GetMetricData (newest first on the
/// wire) and from history: sorted, one value per timestamp (the newer fetch wins), with the
/// latest value classified against the guide's thresholds.
class ReputationSeries
{
public:
    /// Column keys of table(): the CloudWatch metric names, both ratios.
    static const QList<SeriesColumn> &columns();

    void merge(ReputationMetric::Kind kind, const QList<ReputationPoint> &points);
    /// Takes the results whose ids are ReputationMetric::queryId() of a metric.
    void merge(const GetMetricDataResult &result);

    QList<ReputationPoint> points(ReputationMetric::Kind kind) const;
    bool isEmpty() const;
    std::optional<ReputationPoint> latest(ReputationMetric::Kind kind) const;
    /// The latest value's status (Unknown without data).
    ReputationStatus status(ReputationMetric::Kind kind) const;
    /// The worse of both metrics' statuses.
    ReputationStatus overallStatus() const;

    /// One row per bucket of range, both metrics as columns; a bucket without a value is a gap,
    /// a bucket with several values holds their mean.
    TimeSeriesTable table(
        Aggregation aggregation, const TimeRange &range, const QTimeZone &zone = QTimeZone::utc()) const;

private:
    QMap<qint64, double> m_values[2]; // ms since epoch -> ratio, per metric
};

} // namespace Ses
