#pragma once

#include <QList>
#include <QTimeZone>

#include "models/ses/Aggregation.h"
#include "models/ses/SendTotals.h"
#include "models/ses/StatisticsTypes.h"
#include "models/ses/TimeRange.h"
#include "models/ses/TimeSeriesTable.h"

namespace Ses
{

/// Sending activity as a time series: GetSendStatistics' points (which arrive unordered) kept
/// sorted by time with one point per timestamp, merged with history, cut to ranges, summed and
/// bucketed. Intervals without a point stay gaps: SES sends no point for them, and drawing a
/// zero there would claim knowledge we do not have.
class SendStatisticsSeries
{
public:
    /// Column keys of aggregate(), in order: the API's member names.
    static const QList<SeriesColumn> &columns();

    SendStatisticsSeries() = default;
    explicit SendStatisticsSeries(const QList<SendDataPoint> &points);

    /// Adds points; a point whose timestamp is already present replaces it (SES revises the
    /// counters of recent intervals as bounces and complaints arrive, so the newer fetch wins).
    void merge(const QList<SendDataPoint> &points);

    const QList<SendDataPoint> &points() const
    {
        return m_points;
    }
    bool isEmpty() const
    {
        return m_points.isEmpty();
    }
    QDateTime first() const;
    QDateTime last() const;

    /// Points inside range.
    SendStatisticsSeries between(const TimeRange &range) const;
    SendTotals totals() const;
    SendTotals totals(const TimeRange &range) const;

    /// One row per bucket of range (every bucket, gaps included), the four counters summed over
    /// the points in each bucket. Points outside range are left out.
    TimeSeriesTable aggregate(
        Aggregation aggregation, const TimeRange &range, const QTimeZone &zone = QTimeZone::utc()) const;

private:
    QList<SendDataPoint> m_points; // sorted by timestamp, unique
};

} // namespace Ses
