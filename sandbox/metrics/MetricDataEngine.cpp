#include "sandbox/metrics/MetricDataEngine.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

#include "sandbox/metrics/MetricStatistic.h"
#include "sandbox/metrics/ReputationMetrics.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{

struct QueryResult {
    QString id;
    QString label;
    QList<double> timestamps; ///< In answer order.
    QList<double> values;
};

} // namespace

MetricDataEngine::MetricDataEngine(const ReputationMetrics &metrics)
    : m_metrics(metrics)
{
}

ServiceError MetricDataEngine::invalidParameter(const QString &message)
{
    return ServiceError{400, QStringLiteral("InvalidParameterValue"), message, true};
}

Outcome<MetricDataEngine::Series> MetricDataEngine::series(const QJsonObject &metricStat,
    const QDateTime &start,
    const QDateTime &end,
    const QDateTime &now,
    const QString &where) const
{
    const qint64 period = metricStat.value(QLatin1String("Period")).toInteger();
    if (period <= 0 || (period >= 60 && period % 60 != 0)
        || (period < 60 && period != 1 && period != 5 && period != 10 && period != 30)) {
        return invalidParameter(
            QStringLiteral("The parameter %1.Period must be 1, 5, 10, 30 or a multiple of 60.").arg(where));
    }
    const QString statName = metricStat.value(QLatin1String("Stat")).toString();
    const std::optional<MetricStatistic> stat = MetricStatistic::parse(statName);
    if (!stat)
        return invalidParameter(
            QStringLiteral("The value %1 for parameter %2.Stat is not a valid statistic.").arg(statName, where));
    const QJsonObject metric = metricStat.value(QLatin1String("Metric")).toObject();
    const qint64 alignedStart = start.toSecsSinceEpoch() / period * period;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(alignedStart, QTimeZone::utc());
    const QList<ReputationMetrics::Sample> samples
        = m_metrics.samples(metric.value(QLatin1String("Namespace")).toString(),
            metric.value(QLatin1String("MetricName")).toString(),
            metric.value(QLatin1String("Dimensions")).toArray(),
            from,
            end,
            now);
    // Samples by the period they fall in (keys are period starts, in order).
    QMap<qint64, QList<double>> byPeriod;
    for (const ReputationMetrics::Sample &sample : samples)
        byPeriod[sample.time.toSecsSinceEpoch() / period * period].append(sample.value);
    Series out;
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
        out.times.append(QDateTime::fromSecsSinceEpoch(it.key(), QTimeZone::utc()));
        out.values.append(stat->apply(it.value()));
        out.sampleCounts.append(static_cast<int>(it.value().size()));
    }
    return out;
}

JsonOutcome MetricDataEngine::getMetricData(const QJsonObject &input, const QDateTime &now) const
{
    const QDateTime start = Timestamps::fromJson(input.value(QLatin1String("StartTime")));
    const QDateTime end = Timestamps::fromJson(input.value(QLatin1String("EndTime")));
    if (!start.isValid() || !end.isValid() || start >= end)
        return invalidParameter(QStringLiteral("The parameter StartTime must be less than the parameter EndTime."));
    const QJsonArray queries = input.value(QLatin1String("MetricDataQueries")).toArray();
    if (queries.isEmpty() || queries.size() > kMaxQueries)
        return invalidParameter(
            QStringLiteral("The collection MetricDataQueries must contain between 1 and %1 items.").arg(kMaxQueries));
    const bool ascending = input.value(QLatin1String("ScanBy")).toString() == QLatin1String("TimestampAscending");
    int maxDatapoints = kDefaultMaxDatapoints;
    if (input.contains(QLatin1String("MaxDatapoints"))) {
        maxDatapoints = input.value(QLatin1String("MaxDatapoints")).toInt();
        if (maxDatapoints < 1)
            return invalidParameter(QStringLiteral("The parameter MaxDatapoints must be greater than 0."));
    }
    qint64 offset = 0;
    if (const QString token = input.value(QLatin1String("NextToken")).toString(); !token.isEmpty()) {
        const Outcome<QString> decoded = PageToken::decode(token);
        bool ok = false;
        offset = decoded ? decoded.value().toLongLong(&ok) : -1;
        if (!ok || offset < 0)
            return ServiceError{
                400, QStringLiteral("InvalidNextToken"), QStringLiteral("The service cannot process the token."), true};
    }

    static const QRegularExpression idRule(QStringLiteral("^[a-z][A-Za-z0-9_]*$"));
    QList<QueryResult> results;
    QStringList ids;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QJsonObject query = queries.at(i).toObject();
        const QString where = QStringLiteral("MetricDataQueries.member.%1").arg(i + 1);
        const QString id = query.value(QLatin1String("Id")).toString();
        if (!idRule.match(id).hasMatch())
            return invalidParameter(
                QStringLiteral("The value %1 for parameter %2.Id is not valid: it must start with a "
                               "lowercase letter and contain only letters, numbers and underscores.")
                    .arg(id, where));
        if (ids.contains(id))
            return invalidParameter(QStringLiteral("The values for parameter id in MetricDataQueries are not unique."));
        ids.append(id);
        const bool hasStat = query.contains(QLatin1String("MetricStat"));
        const bool hasExpression = query.contains(QLatin1String("Expression"));
        if (hasStat == hasExpression)
            return invalidParameter(
                QStringLiteral("Exactly one element of the metrics list should return data: %1 needs either "
                               "MetricStat or Expression.")
                    .arg(where));
        if (hasExpression)
            return invalidParameter(
                QStringLiteral("%1: the SesDesk Sandbox does not evaluate metric math expressions; use MetricStat.")
                    .arg(where));
        if (!query.value(QLatin1String("ReturnData")).toBool(true))
            continue;
        const QJsonObject metricStat = query.value(QLatin1String("MetricStat")).toObject();
        const Outcome<Series> series = this->series(metricStat, start, end, now, where + QStringLiteral(".MetricStat"));
        if (!series)
            return series.error();
        QueryResult result;
        result.id = id;
        result.label = query.value(QLatin1String("Label"))
                           .toString(metricStat.value(QLatin1String("Metric"))
                                         .toObject()
                                         .value(QLatin1String("MetricName"))
                                         .toString());
        for (qsizetype p = 0; p < series->times.size(); ++p) {
            const qsizetype at = ascending ? p : series->times.size() - 1 - p;
            result.timestamps.append(Timestamps::toJson(series->times.at(at)));
            result.values.append(series->values.at(at));
        }
        results.append(result);
    }

    // One page: the datapoints from offset on, at most maxDatapoints, query after query.
    QJsonArray out;
    qint64 position = 0;
    qint64 taken = 0;
    bool more = false;
    for (const QueryResult &result : std::as_const(results)) {
        const qint64 size = result.timestamps.size();
        const qint64 first = std::max<qint64>(0, offset - position);
        const qint64 room = maxDatapoints - taken;
        const qint64 count = std::clamp<qint64>(size - first, 0, room);
        position += size;
        const bool partial = first + count < size;
        more = more || partial;
        // A query shows on the first page even without datapoints; later pages only carry queries
        // with datapoints in them.
        if (count == 0 && !(offset == 0 && size == 0))
            continue;
        QJsonArray timestamps;
        QJsonArray values;
        for (qint64 k = first; k < first + count; ++k) {
            timestamps.append(result.timestamps.at(k));
            values.append(result.values.at(k));
        }
        taken += count;
        out.append(QJsonObject{{QStringLiteral("Id"), result.id},
            {QStringLiteral("Label"), result.label},
            {QStringLiteral("Timestamps"), timestamps},
            {QStringLiteral("Values"), values},
            {QStringLiteral("StatusCode"), partial ? QStringLiteral("PartialData") : QStringLiteral("Complete")}});
    }
    QJsonObject answer{{QStringLiteral("MetricDataResults"), out}, {QStringLiteral("Messages"), QJsonArray()}};
    if (more)
        answer.insert(QStringLiteral("NextToken"), PageToken::encode(QString::number(offset + taken)));
    return answer;
}

} // namespace Sandbox
