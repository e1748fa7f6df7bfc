#pragma once

#include "sandbox/metrics/AlarmEvaluator.h"
#include "sandbox/metrics/MetricDataEngine.h"
#include "sandbox/metrics/ReputationMetrics.h"
#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// The CloudWatch calls SesDesk's reputation charts and alarms make: GetMetricData for the
/// AWS/SES reputation metrics, PutMetricAlarm, DescribeAlarms and DeleteAlarms. Registered on
/// the awsJson service GraniteServiceVersion20100801 and, through QueryJsonBridge, on the Query
/// service "monitoring", so both protocols answer alike. Alarms live in the state store
/// (collection "cloudwatch-alarms") and are evaluated against the Sandbox's metrics whenever
/// they are described.
class CloudWatchOperations final : public OperationFamily
{
public:
    explicit CloudWatchOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

    static QString alarmCollection()
    {
        return QStringLiteral("cloudwatch-alarms");
    }
    static constexpr int kMaxAlarms = 10000;

    const MetricDataEngine &engine() const
    {
        return m_engine;
    }

private:
    JsonOutcome getMetricData(const OperationCall &call);
    JsonOutcome putMetricAlarm(const OperationCall &call);
    JsonOutcome describeAlarms(const OperationCall &call);
    JsonOutcome deleteAlarms(const OperationCall &call);

    SandboxContext &m_context;
    ReputationMetrics m_metrics;
    MetricDataEngine m_engine;
    AlarmEvaluator m_evaluator;
};

} // namespace Sandbox
