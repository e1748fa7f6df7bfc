#include "sandbox/metrics/ReputationMetrics.h"

#include <QJsonObject>
#include <QTimeZone>

namespace Sandbox
{

namespace
{

constexpr qint64 kBucketSeconds = 900;

} // namespace

ReputationMetrics::ReputationMetrics(const SendingLedger &ledger)
    : m_ledger(ledger)
{
}

bool ReputationMetrics::publishes(
    const QString &metricNamespace, const QString &metricName, const QJsonArray &dimensions)
{
    if (metricNamespace != ReputationMetrics::metricNamespace()
        || (metricName != bounceRateName() && metricName != complaintRateName()))
        return false;
    if (dimensions.isEmpty())
        return true;
    return dimensions.size() == 1
        && dimensions.first().toObject().value(QLatin1String("Name")).toString() == configurationSetDimension();
}

QList<ReputationMetrics::Sample> ReputationMetrics::samples(const QString &metricNamespace,
    const QString &metricName,
    const QJsonArray &dimensions,
    const QDateTime &from,
    const QDateTime &to,
    const QDateTime &now) const
{
    if (!publishes(metricNamespace, metricName, dimensions) || from >= to)
        return {};
    const QDateTime end = std::min(to, SendingLedger::bucketStart(now).addSecs(kBucketSeconds));
    if (from >= end)
        return {};
    const QDateTime historyStart = SendingLedger::bucketStart(from).addDays(-kLookBackDays);
    const QList<SendingLedger::Bucket> history = dimensions.isEmpty()
        ? m_ledger.buckets(historyStart, end)
        : m_ledger.configurationSetBuckets(
            dimensions.first().toObject().value(QLatin1String("Value")).toString(), historyStart, end);
    return rates(history, metricName == complaintRateName(), from, end);
}

QList<ReputationMetrics::Sample> ReputationMetrics::rates(
    const QList<SendingLedger::Bucket> &history, bool complaints, const QDateTime &from, const QDateTime &to)
{
    QList<Sample> out;
    if (history.isEmpty())
        return out;
    // Every 15-minute interval from the first bucket on, so that gaps count as time without sends.
    const qint64 first = history.first().start.toSecsSinceEpoch() / kBucketSeconds;
    const qint64 last = (to.toSecsSinceEpoch() - 1) / kBucketSeconds;
    if (last < first)
        return out;
    const qsizetype count = static_cast<qsizetype>(last - first + 1);
    // Prefix sums of sends and of bounces (or complaints) per interval.
    QList<qint64> sends(count + 1, 0);
    QList<qint64> events(count + 1, 0);
    for (const SendingLedger::Bucket &bucket : history) {
        const qint64 index = bucket.start.toSecsSinceEpoch() / kBucketSeconds - first;
        if (index < 0 || index >= count)
            continue;
        sends[index + 1] += bucket.counters.reputationSends;
        events[index + 1] += complaints ? bucket.counters.reputationComplaints : bucket.counters.reputationBounces;
    }
    for (qsizetype i = 1; i <= count; ++i) {
        sends[i] += sends[i - 1];
        events[i] += events[i - 1];
    }
    const qint64 maxWindow = qint64(kLookBackDays) * 96;
    const qint64 fromIndex
        = std::max<qint64>(0, (from.toSecsSinceEpoch() + kBucketSeconds - 1) / kBucketSeconds - first);
    for (qint64 i = fromIndex; i < count; ++i) {
        // The shortest window ending with interval i that holds the representative volume.
        const qint64 earliest = std::max<qint64>(0, i - maxWindow + 1);
        qint64 lo = earliest;
        qint64 hi = i;
        if (sends[i + 1] - sends[earliest] >= kRepresentativeVolume) {
            while (lo < hi) {
                const qint64 mid = (lo + hi + 1) / 2;
                if (sends[i + 1] - sends[mid] >= kRepresentativeVolume)
                    lo = mid;
                else
                    hi = mid - 1;
            }
        }
        const qint64 windowSends = sends[i + 1] - sends[lo];
        if (windowSends <= 0)
            continue;
        const qint64 windowEvents = events[i + 1] - events[lo];
        out.append(Sample{QDateTime::fromSecsSinceEpoch((first + i) * kBucketSeconds, QTimeZone::utc()),
            static_cast<double>(windowEvents) / static_cast<double>(windowSends)});
    }
    return out;
}

} // namespace Sandbox
