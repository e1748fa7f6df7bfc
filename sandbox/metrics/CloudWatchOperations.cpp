#include "sandbox/metrics/CloudWatchOperations.h"

#include <QJsonArray>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{

ServiceError error(const char *code, const QString &message, int status = 400)
{
    return ServiceError{status, QString::fromLatin1(code), message, true};
}

ServiceError missingParameter(const QString &name)
{
    return error("MissingParameter", QStringLiteral("The parameter %1 is required.").arg(name));
}

/// The PutMetricAlarm members a MetricAlarm keeps as they were given.
const char *const kAlarmMembers[] = {"AlarmName",
    "AlarmDescription",
    "ActionsEnabled",
    "OKActions",
    "AlarmActions",
    "InsufficientDataActions",
    "MetricName",
    "Namespace",
    "Statistic",
    "ExtendedStatistic",
    "Dimensions",
    "Period",
    "Unit",
    "EvaluationPeriods",
    "DatapointsToAlarm",
    "Threshold",
    "ComparisonOperator",
    "TreatMissingData",
    "EvaluateLowSampleCountPercentile",
    "Metrics",
    "ThresholdMetricId"};

Check checkActions(const QJsonObject &in)
{
    for (const char *member : {"OKActions", "AlarmActions", "InsufficientDataActions"}) {
        for (const QJsonValue &action : in.value(QLatin1String(member)).toArray()) {
            const QStringList parts = action.toString().split(QLatin1Char(':'));
            if (parts.size() < 6 || parts.at(0) != QLatin1String("arn"))
                return error("ValidationError", QStringLiteral("Invalid arn syntax: %1").arg(action.toString()));
        }
    }
    return passed();
}

Check checkMetricAlarm(const QJsonObject &in)
{
    const bool single = Inputs::has(in, "MetricName") || Inputs::has(in, "Namespace");
    const bool math = Inputs::has(in, "Metrics");
    if (single && math)
        return error("ValidationError",
            QStringLiteral("Metrics list cannot be used together with MetricName, Namespace, Dimensions, Period, "
                           "Statistic or ExtendedStatistic."));
    if (!Inputs::has(in, "EvaluationPeriods"))
        return missingParameter(QStringLiteral("EvaluationPeriods"));
    if (!Inputs::has(in, "ComparisonOperator"))
        return missingParameter(QStringLiteral("ComparisonOperator"));
    if (!Inputs::has(in, "Threshold") && !Inputs::has(in, "ThresholdMetricId"))
        return missingParameter(QStringLiteral("Threshold"));
    if (!math) {
        for (const char *member : {"MetricName", "Namespace", "Period"}) {
            if (!Inputs::has(in, member))
                return missingParameter(QLatin1String(member));
        }
        const bool statistic = Inputs::has(in, "Statistic");
        const bool extended = Inputs::has(in, "ExtendedStatistic");
        if (statistic == extended)
            return error("InvalidParameterCombination",
                QStringLiteral("Exactly one of Statistic and ExtendedStatistic must be specified."));
        const qint64 period = in.value(QLatin1String("Period")).toInteger();
        if (period < 10 || (period >= 60 && period % 60 != 0) || (period < 60 && period != 10 && period != 30))
            return error("ValidationError", QStringLiteral("Period must be 10, 30 or a multiple of 60."));
        if (period * in.value(QLatin1String("EvaluationPeriods")).toInteger() > 7 * 86400)
            return error("ValidationError",
                QStringLiteral(
                    "The evaluation period of the alarm (Period x EvaluationPeriods) may be at most 7 days."));
    }
    const int periods = in.value(QLatin1String("EvaluationPeriods")).toInt();
    if (Inputs::has(in, "DatapointsToAlarm")) {
        const int toAlarm = in.value(QLatin1String("DatapointsToAlarm")).toInt();
        if (toAlarm < 1 || toAlarm > periods)
            return error("ValidationError",
                QStringLiteral("DatapointsToAlarm must be between 1 and EvaluationPeriods (%1).").arg(periods));
    }
    const QString missing = in.value(QLatin1String("TreatMissingData")).toString();
    if (!missing.isEmpty() && missing != QLatin1String("breaching") && missing != QLatin1String("notBreaching")
        && missing != QLatin1String("ignore") && missing != QLatin1String("missing"))
        return error("ValidationError",
            QStringLiteral("TreatMissingData must be one of breaching, notBreaching, ignore or missing."));
    return checkActions(in);
}

} // namespace

CloudWatchOperations::CloudWatchOperations(SandboxContext &context)
    : m_context(context)
    , m_metrics(context.ledger)
    , m_engine(m_metrics)
    , m_evaluator(m_engine)
{
}

void CloudWatchOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("GetMetricData"), this, &CloudWatchOperations::getMetricData);
    registry.add(QStringLiteral("PutMetricAlarm"), this, &CloudWatchOperations::putMetricAlarm);
    registry.add(QStringLiteral("DescribeAlarms"), this, &CloudWatchOperations::describeAlarms);
    registry.add(QStringLiteral("DeleteAlarms"), this, &CloudWatchOperations::deleteAlarms);
}

JsonOutcome CloudWatchOperations::getMetricData(const OperationCall &call)
{
    return m_engine.getMetricData(call.input, call.now);
}

JsonOutcome CloudWatchOperations::putMetricAlarm(const OperationCall &call)
{
    const QJsonObject &in = call.input;
    if (const Check check = checkMetricAlarm(in); !check)
        return check.error();
    const QString name = Inputs::string(in, "AlarmName");
    std::optional<QJsonObject> existing = m_context.store.get(alarmCollection(), name);
    if (!existing && m_context.store.count(alarmCollection()) >= kMaxAlarms)
        return error("LimitExceeded", QStringLiteral("The maximum number of alarms (%1) was reached.").arg(kMaxAlarms));

    QJsonObject alarm;
    for (const char *member : kAlarmMembers) {
        if (Inputs::has(in, member))
            alarm.insert(QLatin1String(member), in.value(QLatin1String(member)));
    }
    if (!alarm.contains(QLatin1String("ActionsEnabled")))
        alarm.insert(QStringLiteral("ActionsEnabled"), true);
    for (const char *member : {"OKActions", "AlarmActions", "InsufficientDataActions"}) {
        if (!alarm.contains(QLatin1String(member)))
            alarm.insert(QLatin1String(member), QJsonArray());
    }
    if (!alarm.contains(QLatin1String("Metrics")) && !alarm.contains(QLatin1String("Dimensions")))
        alarm.insert(QStringLiteral("Dimensions"), QJsonArray());
    alarm.insert(QStringLiteral("AlarmArn"),
        QStringLiteral("arn:aws:cloudwatch:%1:%2:alarm:%3")
            .arg(m_context.config.region, m_context.config.accountId, name));
    alarm.insert(QStringLiteral("AlarmConfigurationUpdatedTimestamp"), Timestamps::toJson(call.now));
    if (existing) {
        // An update keeps the alarm's state until it is evaluated again.
        for (const char *member :
            {"StateValue", "StateReason", "StateReasonData", "StateUpdatedTimestamp", "StateTransitionedTimestamp"}) {
            if (existing->contains(QLatin1String(member)))
                alarm.insert(QLatin1String(member), existing->value(QLatin1String(member)));
        }
        alarm.insert(QStringLiteral("_Tags"), existing->value(QLatin1String("_Tags")));
    } else {
        alarm.insert(QStringLiteral("StateValue"), QStringLiteral("INSUFFICIENT_DATA"));
        alarm.insert(QStringLiteral("StateReason"), QStringLiteral("Unchecked: Initial alarm creation"));
        alarm.insert(QStringLiteral("StateUpdatedTimestamp"), Timestamps::toJson(call.now));
        alarm.insert(QStringLiteral("StateTransitionedTimestamp"), Timestamps::toJson(call.now));
        alarm.insert(QStringLiteral("_Tags"), in.value(QLatin1String("Tags")).toArray());
    }
    m_evaluator.evaluate(alarm, call.now);
    m_context.store.put(alarmCollection(), name, alarm);
    return QJsonObject();
}

JsonOutcome CloudWatchOperations::describeAlarms(const OperationCall &call)
{
    const QJsonObject &in = call.input;
    const QStringList names = Inputs::strings(in, "AlarmNames");
    const QString prefix = Inputs::string(in, "AlarmNamePrefix");
    if (!names.isEmpty() && !prefix.isEmpty())
        return error("InvalidParameterCombination",
            QStringLiteral("AlarmNames and AlarmNamePrefix cannot be specified together."));
    if (Inputs::has(in, "ChildrenOfAlarmName") || Inputs::has(in, "ParentsOfAlarmName"))
        return error("ValidationError",
            QStringLiteral("The SesDesk Sandbox has no composite alarms: ChildrenOfAlarmName and ParentsOfAlarmName "
                           "cannot be used."));
    const QStringList types = Inputs::strings(in, "AlarmTypes");
    const bool metricAlarms = types.isEmpty() || types.contains(QLatin1String("MetricAlarm"));
    const QString state = Inputs::string(in, "StateValue");
    const QString actionPrefix = Inputs::string(in, "ActionPrefix");
    const int maxRecords = in.value(QLatin1String("MaxRecords")).toInt(50);
    const Outcome<QString> after = PageToken::decode(Inputs::string(in, "NextToken"));
    if (!after)
        return error("InvalidNextToken", QStringLiteral("The service cannot process the token."));

    QJsonArray alarms;
    QString lastName;
    bool more = false;
    if (metricAlarms) {
        QList<StoredDocument> candidates;
        if (!names.isEmpty()) {
            QStringList sorted = names;
            sorted.sort();
            sorted.removeDuplicates();
            for (const QString &name : std::as_const(sorted)) {
                if (name <= after.value())
                    continue;
                if (const std::optional<QJsonObject> alarm = m_context.store.get(alarmCollection(), name))
                    candidates.append({name, *alarm});
            }
        } else {
            candidates = m_context.store.list(alarmCollection(), after.value(), -1, prefix);
        }
        for (StoredDocument &doc : candidates) {
            if (m_evaluator.evaluate(doc.body, call.now))
                m_context.store.put(alarmCollection(), doc.key, doc.body);
            if (!state.isEmpty() && doc.body.value(QLatin1String("StateValue")).toString() != state)
                continue;
            if (!actionPrefix.isEmpty()) {
                bool matches = false;
                for (const char *member : {"OKActions", "AlarmActions", "InsufficientDataActions"}) {
                    for (const QJsonValue &action : doc.body.value(QLatin1String(member)).toArray())
                        matches = matches || action.toString().startsWith(actionPrefix);
                }
                if (!matches)
                    continue;
            }
            if (alarms.size() == maxRecords) {
                more = true;
                break;
            }
            QJsonObject shown = doc.body;
            shown.remove(QStringLiteral("_Tags"));
            alarms.append(shown);
            lastName = doc.key;
        }
    }
    QJsonObject out{{QStringLiteral("MetricAlarms"), alarms}, {QStringLiteral("CompositeAlarms"), QJsonArray()}};
    if (more)
        out.insert(QStringLiteral("NextToken"), PageToken::encode(lastName));
    return out;
}

JsonOutcome CloudWatchOperations::deleteAlarms(const OperationCall &call)
{
    const QStringList names = Inputs::strings(call.input, "AlarmNames");
    QStringList missing;
    for (const QString &name : names) {
        if (!m_context.store.contains(alarmCollection(), name))
            missing.append(name);
    }
    if (!missing.isEmpty())
        return error("ResourceNotFound",
            QStringLiteral("%1 of the alarms could not be found: %2")
                .arg(missing.size())
                .arg(missing.join(QStringLiteral(", "))),
            404);
    for (const QString &name : names)
        m_context.store.remove(alarmCollection(), name);
    return QJsonObject();
}

} // namespace Sandbox
