#include "models/ses/ReputationAlarmPlan.h"

#include "models/ses/ReputationThresholds.h"

namespace Ses
{

QString ReputationAlarmPlan::alarmName(
    const QString &region, const QString &metricName, const QString &configurationSet)
{
    QString name = QStringLiteral("SesDesk-%1-%2-review").arg(region, metricName);
    if (!configurationSet.isEmpty())
        name += QLatin1Char('-') + configurationSet;
    return name;
}

QList<PutMetricAlarmRequest> ReputationAlarmPlan::build(
    const QString &region, const QString &configurationSet, const QStringList &alarmActions)
{
    QList<PutMetricAlarmRequest> out;
    for (ReputationMetric::Kind kind : {ReputationMetric::BounceRate, ReputationMetric::ComplaintRate}) {
        const ReputationThresholds levels = ReputationThresholds::forMetric(kind);
        PutMetricAlarmRequest r;
        r.metricName = ReputationMetric::metricName(kind);
        r.namespaceName = ReputationMetric::cloudWatchNamespace();
        r.alarmName = alarmName(region, r.metricName, configurationSet);
        const QString percent = QString::number(levels.review * 100.0, 'g', 3);
        r.alarmDescription = configurationSet.isEmpty()
            ? tr("The account's %1 in %2 reached %3%, the level at which Amazon SES reviews the account. Created by "
                 "SesDesk.")
                  .arg(ReputationMetric::label(kind).toLower(), region, percent)
            : tr("The %1 of configuration set %2 in %3 reached %4%, the level at which Amazon SES reviews the "
                 "account. Created by SesDesk.")
                  .arg(ReputationMetric::label(kind).toLower(), configurationSet, region, percent);
        if (!configurationSet.isEmpty())
            r.dimensions.append({ReputationMetric::configurationSetDimension(), configurationSet});
        r.statistic = QStringLiteral("Average");
        r.period = 3600;
        r.evaluationPeriods = 1;
        r.threshold = levels.review;
        r.comparisonOperator = QStringLiteral("GreaterThanOrEqualToThreshold");
        r.treatMissingData = QStringLiteral("ignore");
        r.alarmActions = alarmActions;
        r.actionsEnabled = !alarmActions.isEmpty();
        out.append(r);
    }
    return out;
}

QStringList ReputationAlarmPlan::describe(const QList<PutMetricAlarmRequest> &alarms)
{
    QStringList lines;
    for (const PutMetricAlarmRequest &a : alarms) {
        QString scope = tr("account");
        for (const Dimension &d : a.dimensions) {
            if (d.name == ReputationMetric::configurationSetDimension())
                scope = tr("configuration set %1").arg(d.value);
        }
        const QString actions = a.alarmActions.isEmpty()
            ? tr("no notification")
            : tr("notifies %1").arg(a.alarmActions.join(QStringLiteral(", ")));
        lines.append(tr("%1: %2 (%3, %4), %5 over %6 s >= %7%, missing data ignored, %8")
                         .arg(a.alarmName,
                             a.metricName,
                             a.namespaceName,
                             scope,
                             a.statistic,
                             QString::number(a.period),
                             QString::number(a.threshold * 100.0, 'g', 3),
                             actions));
    }
    return lines;
}

} // namespace Ses
