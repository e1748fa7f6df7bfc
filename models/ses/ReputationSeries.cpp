#include "models/ses/ReputationSeries.h"

#include "models/ses/CloudWatchTypes.h"
#include "models/ses/ReputationThresholds.h"

namespace Ses
{

const QList<SeriesColumn> &ReputationSeries::columns()
{
    static const QList<SeriesColumn> cols{
        {ReputationMetric::metricName(ReputationMetric::BounceRate), SeriesKind::Ratio},
        {ReputationMetric::metricName(ReputationMetric::ComplaintRate), SeriesKind::Ratio}};
    return cols;
}

void ReputationSeries::merge(ReputationMetric::Kind kind, const QList<ReputationPoint> &points)
{
    for (const ReputationPoint &p : points)
        m_values[kind].insert(p.timestamp.toMSecsSinceEpoch(), p.value);
}

void ReputationSeries::merge(const GetMetricDataResult &result)
{
    for (ReputationMetric::Kind kind : {ReputationMetric::BounceRate, ReputationMetric::ComplaintRate}) {
        const MetricDataResult *r = result.result(ReputationMetric::queryId(kind));
        if (!r)
            continue;
        QList<ReputationPoint> points;
        for (qsizetype i = 0; i < r->timestamps.size() && i < r->values.size(); ++i)
            points.append({r->timestamps.at(i), r->values.at(i)});
        merge(kind, points);
    }
}

QList<ReputationPoint> ReputationSeries::points(ReputationMetric::Kind kind) const
{
    QList<ReputationPoint> out;
    out.reserve(m_values[kind].size());
    for (auto it = m_values[kind].cbegin(); it != m_values[kind].cend(); ++it)
        out.append({QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC), it.value()});
    return out;
}

bool ReputationSeries::isEmpty() const
{
    return m_values[0].isEmpty() && m_values[1].isEmpty();
}

std::optional<ReputationPoint> ReputationSeries::latest(ReputationMetric::Kind kind) const
{
    if (m_values[kind].isEmpty())
        return std::nullopt;
    const auto last = std::prev(m_values[kind].cend());
    return ReputationPoint{QDateTime::fromMSecsSinceEpoch(last.key(), Qt::UTC), last.value()};
}

ReputationStatus ReputationSeries::status(ReputationMetric::Kind kind) const
{
    const auto last = latest(kind);
    if (!last)
        return ReputationStatus::Unknown;
    return ReputationThresholds::forMetric(kind).classify(last->value);
}

ReputationStatus ReputationSeries::overallStatus() const
{
    return ReputationStatusText::worst(status(ReputationMetric::BounceRate), status(ReputationMetric::ComplaintRate));
}

TimeSeriesTable ReputationSeries::table(Aggregation aggregation, const TimeRange &range, const QTimeZone &zone) const
{
    TimeSeriesTable out(columns(), aggregation.seconds());
    if (!range.isValid())
        return out;
    QMap<qint64, double>::const_iterator its[2];
    for (int k = 0; k < 2; ++k)
        its[k] = m_values[k].lowerBound(range.from().toMSecsSinceEpoch());
    const qint64 toMs = range.to().toMSecsSinceEpoch();
    for (QDateTime start = aggregation.bucketStart(range.from(), zone); start < range.to();) {
        const QDateTime next = aggregation.nextBucket(start, zone);
        const qint64 nextMs = std::min(next.toMSecsSinceEpoch(), toMs);
        QList<std::optional<double>> values;
        int samples = 0;
        for (int k = 0; k < 2; ++k) {
            double sum = 0;
            int n = 0;
            while (its[k] != m_values[k].cend() && its[k].key() < nextMs) {
                sum += its[k].value();
                ++n;
                ++its[k];
            }
            values.append(n > 0 ? std::optional<double>(sum / n) : std::nullopt);
            samples = std::max(samples, n);
        }
        out.appendRow(start, values, samples);
        start = next;
    }
    return out;
}

} // namespace Ses
