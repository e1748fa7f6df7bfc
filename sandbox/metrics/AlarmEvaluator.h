#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace Sandbox
{

class MetricDataEngine;

/// Decides a metric alarm's state from the metric data the Sandbox publishes, as CloudWatch
/// does: the statistic over each of the last EvaluationPeriods periods (up to the one holding
/// now), DatapointsToAlarm of them breaching the threshold make ALARM, TreatMissingData says what
/// periods without data count as; alarms on metrics the Sandbox does not publish stay
/// INSUFFICIENT_DATA. State changes carry CloudWatch's StateReason wording and StateReasonData.
class AlarmEvaluator
{
public:
    explicit AlarmEvaluator(const MetricDataEngine &engine);

    /// The alarm (a MetricAlarm structure) with its state brought up to now; returns whether it changed.
    bool evaluate(QJsonObject &alarm, const QDateTime &now) const;

private:
    const MetricDataEngine &m_engine;
};

} // namespace Sandbox
