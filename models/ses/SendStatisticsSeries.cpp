#include "models/ses/SendStatisticsSeries.h"

#include <algorithm>

namespace Ses
{

const QList<SeriesColumn> &SendStatisticsSeries::columns()
{
    static const QList<SeriesColumn> cols{{QStringLiteral("DeliveryAttempts"), SeriesKind::Count},
        {QStringLiteral("Bounces"), SeriesKind::Count},
        {QStringLiteral("Complaints"), SeriesKind::Count},
        {QStringLiteral("Rejects"), SeriesKind::Count}};
    return cols;
}

SendStatisticsSeries::SendStatisticsSeries(const QList<SendDataPoint> &points)
{
    merge(points);
}

void SendStatisticsSeries::merge(const QList<SendDataPoint> &points)
{
    if (points.isEmpty())
        return;
    // Newer points go first so a stable sort followed by unique-by-timestamp keeps them.
    QList<SendDataPoint> all;
    all.reserve(points.size() + m_points.size());
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        SendDataPoint p = *it;
        p.timestamp = p.timestamp.toUTC();
        all.append(p);
    }
    all.append(m_points);
    std::stable_sort(all.begin(), all.end(), [](const SendDataPoint &a, const SendDataPoint &b) {
        return a.timestamp < b.timestamp;
    });
    auto end = std::unique(all.begin(), all.end(), [](const SendDataPoint &a, const SendDataPoint &b) {
        return a.timestamp == b.timestamp;
    });
    all.erase(end, all.end());
    m_points = std::move(all);
}

QDateTime SendStatisticsSeries::first() const
{
    return m_points.isEmpty() ? QDateTime() : m_points.constFirst().timestamp;
}

QDateTime SendStatisticsSeries::last() const
{
    return m_points.isEmpty() ? QDateTime() : m_points.constLast().timestamp;
}

SendStatisticsSeries SendStatisticsSeries::between(const TimeRange &range) const
{
    SendStatisticsSeries out;
    const auto lower = std::lower_bound(
        m_points.cbegin(), m_points.cend(), range.from(), [](const SendDataPoint &p, const QDateTime &t) {
            return p.timestamp < t;
        });
    for (auto it = lower; it != m_points.cend() && it->timestamp < range.to(); ++it)
        out.m_points.append(*it);
    return out;
}

SendTotals SendStatisticsSeries::totals() const
{
    SendTotals t;
    for (const SendDataPoint &p : m_points)
        t.add(p);
    return t;
}

SendTotals SendStatisticsSeries::totals(const TimeRange &range) const
{
    return between(range).totals();
}

TimeSeriesTable SendStatisticsSeries::aggregate(
    Aggregation aggregation, const TimeRange &range, const QTimeZone &zone) const
{
    TimeSeriesTable table(columns(), aggregation.seconds());
    if (!range.isValid())
        return table;
    const SendStatisticsSeries inRange = between(range);
    auto it = inRange.m_points.cbegin();
    const auto end = inRange.m_points.cend();
    for (QDateTime start = aggregation.bucketStart(range.from(), zone); start < range.to();) {
        const QDateTime next = aggregation.nextBucket(start, zone);
        SendTotals bucket;
        while (it != end && it->timestamp < next) {
            bucket.add(*it);
            ++it;
        }
        if (bucket.points == 0) {
            table.appendRow(start, {std::nullopt, std::nullopt, std::nullopt, std::nullopt}, 0);
        } else {
            table.appendRow(start,
                {double(bucket.deliveryAttempts),
                    double(bucket.bounces),
                    double(bucket.complaints),
                    double(bucket.rejects)},
                bucket.points);
        }
        start = next;
    }
    return table;
}

} // namespace Ses
