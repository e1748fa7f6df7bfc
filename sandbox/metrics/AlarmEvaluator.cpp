#include "sandbox/metrics/AlarmEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include "sandbox/metrics/MetricDataEngine.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{

struct Comparison {
    const char *name;
    const char *words;
};

const Comparison kComparisons[] = {
    {"GreaterThanOrEqualToThreshold", "greater than or equal to"},
    {"GreaterThanThreshold", "greater than"},
    {"LessThanThreshold", "less than"},
    {"LessThanOrEqualToThreshold", "less than or equal to"},
};

const Comparison *comparisonFor(const QString &name)
{
    for (const Comparison &c : kComparisons) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

bool breaches(const QString &op, double value, double threshold)
{
    if (op == QLatin1String("GreaterThanOrEqualToThreshold"))
        return value >= threshold;
    if (op == QLatin1String("GreaterThanThreshold"))
        return value > threshold;
    if (op == QLatin1String("LessThanThreshold"))
        return value < threshold;
    return value <= threshold;
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

/// CloudWatch's "dd/MM/yy HH:mm:ss" in the reason text.
QString reasonTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("dd/MM/yy HH:mm:ss"));
}

QString isoMs(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'+0000'"));
}

} // namespace

AlarmEvaluator::AlarmEvaluator(const MetricDataEngine &engine)
    : m_engine(engine)
{
}

bool AlarmEvaluator::evaluate(QJsonObject &alarm, const QDateTime &now) const
{
    const QString current = alarm.value(QLatin1String("StateValue")).toString(QStringLiteral("INSUFFICIENT_DATA"));
    // The metric: the alarm's own, or the one MetricStat that returns data in its Metrics.
    QJsonObject metricStat;
    if (alarm.contains(QLatin1String("MetricName"))) {
        QJsonObject metric{{QStringLiteral("Namespace"), alarm.value(QLatin1String("Namespace"))},
            {QStringLiteral("MetricName"), alarm.value(QLatin1String("MetricName"))},
            {QStringLiteral("Dimensions"), alarm.value(QLatin1String("Dimensions")).toArray()}};
        metricStat = QJsonObject{{QStringLiteral("Metric"), metric},
            {QStringLiteral("Period"), alarm.value(QLatin1String("Period"))},
            {QStringLiteral("Stat"),
                alarm.value(QLatin1String("Statistic"))
                    .toString(alarm.value(QLatin1String("ExtendedStatistic")).toString())}};
    } else {
        const QJsonArray metrics = alarm.value(QLatin1String("Metrics")).toArray();
        if (metrics.size() == 1 && metrics.first().toObject().contains(QLatin1String("MetricStat")))
            metricStat = metrics.first().toObject().value(QLatin1String("MetricStat")).toObject();
    }
    const QString op = alarm.value(QLatin1String("ComparisonOperator")).toString();
    const Comparison *comparison = comparisonFor(op);
    const qint64 period = metricStat.value(QLatin1String("Period")).toInteger();
    const int periods = alarm.value(QLatin1String("EvaluationPeriods")).toInt(1);
    const int toAlarm = alarm.value(QLatin1String("DatapointsToAlarm")).toInt(periods);
    const double threshold = alarm.value(QLatin1String("Threshold")).toDouble();
    const QString missing = alarm.value(QLatin1String("TreatMissingData")).toString(QStringLiteral("missing"));

    QString state = QStringLiteral("INSUFFICIENT_DATA");
    QString reason;
    QJsonObject reasonData;
    if (metricStat.isEmpty() || !comparison || period <= 0 || periods < 1) {
        reason = QStringLiteral("Unchecked: the SesDesk Sandbox evaluates alarms on one metric with a static "
                                "threshold only");
    } else {
        const qint64 lastStart = now.toSecsSinceEpoch() / period * period;
        const QDateTime from = QDateTime::fromSecsSinceEpoch(lastStart - (periods - 1) * period, QTimeZone::utc());
        const QDateTime to = QDateTime::fromSecsSinceEpoch(lastStart + period, QTimeZone::utc());
        const Outcome<MetricDataEngine::Series> series
            = m_engine.series(metricStat, from, to, now, QStringLiteral("MetricStat"));
        if (!series) {
            reason = QStringLiteral("Unchecked: %1").arg(series.error().message);
        } else {
            int breaching = 0;
            int known = 0;
            QStringList shown;
            QJsonArray recent;
            QJsonArray evaluated;
            // Newest first, as CloudWatch lists them.
            for (qsizetype i = series->times.size() - 1; i >= 0; --i) {
                const double v = series->values.at(i);
                ++known;
                if (breaches(op, v, threshold))
                    ++breaching;
                shown.append(QStringLiteral("%1 (%2)").arg(number(v), reasonTime(series->times.at(i))));
                recent.append(v);
                evaluated.append(QJsonObject{{QStringLiteral("timestamp"), isoMs(series->times.at(i))},
                    {QStringLiteral("sampleCount"), series->sampleCounts.at(i)},
                    {QStringLiteral("value"), v}});
            }
            const int absent = periods - known;
            if (missing == QLatin1String("breaching"))
                breaching += absent;
            const bool treatedAsKnown
                = missing == QLatin1String("breaching") || missing == QLatin1String("notBreaching");
            const int counted = known + (treatedAsKnown ? absent : 0);
            const QString what = QString::fromLatin1(comparison->words);
            if (breaching >= toAlarm) {
                state = QStringLiteral("ALARM");
                reason = QStringLiteral(
                    "Threshold Crossed: %1 out of the last %2 datapoints [%3] %4 %5 the threshold (%6) "
                    "(minimum %7 datapoint%8 for OK -> ALARM transition).")
                             .arg(breaching)
                             .arg(periods)
                             .arg(shown.join(QStringLiteral(", ")),
                                 breaching == 1 ? QStringLiteral("was") : QStringLiteral("were"),
                                 what,
                                 number(threshold))
                             .arg(toAlarm)
                             .arg(toAlarm == 1 ? QString() : QStringLiteral("s"));
            } else if (counted > 0) {
                state = QStringLiteral("OK");
                reason = QStringLiteral("Threshold Crossed: %1 datapoint%2 [%3] %4 not %5 the threshold (%6).")
                             .arg(known)
                             .arg(known == 1 ? QString() : QStringLiteral("s"))
                             .arg(shown.join(QStringLiteral(", ")),
                                 known == 1 ? QStringLiteral("was") : QStringLiteral("were"),
                                 what,
                                 number(threshold));
            } else if (missing == QLatin1String("ignore") && current != QLatin1String("INSUFFICIENT_DATA")) {
                return false; // CloudWatch keeps the state when missing data is ignored.
            } else {
                reason = QStringLiteral("Insufficient Data: %1 datapoint%2 %3 unknown.")
                             .arg(periods)
                             .arg(periods == 1 ? QString() : QStringLiteral("s"))
                             .arg(periods == 1 ? QStringLiteral("was") : QStringLiteral("were"));
            }
            reasonData = QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")},
                {QStringLiteral("queryDate"), isoMs(now)},
                {QStringLiteral("startDate"), isoMs(from)},
                {QStringLiteral("statistic"), metricStat.value(QLatin1String("Stat"))},
                {QStringLiteral("period"), period},
                {QStringLiteral("recentDatapoints"), recent},
                {QStringLiteral("threshold"), threshold},
                {QStringLiteral("evaluatedDatapoints"), evaluated}};
        }
    }
    if (state == current && alarm.contains(QLatin1String("StateReason")))
        return false;
    alarm.insert(QStringLiteral("StateValue"), state);
    alarm.insert(QStringLiteral("StateReason"), reason);
    if (reasonData.isEmpty())
        alarm.remove(QStringLiteral("StateReasonData"));
    else
        alarm.insert(QStringLiteral("StateReasonData"),
            QString::fromUtf8(QJsonDocument(reasonData).toJson(QJsonDocument::Compact)));
    alarm.insert(QStringLiteral("StateUpdatedTimestamp"), Timestamps::toJson(now));
    alarm.insert(QStringLiteral("StateTransitionedTimestamp"), Timestamps::toJson(now));
    return true;
}

} // namespace Sandbox
