#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include "models/aws/Result.h"
#include "models/ses/CloudWatchTypes.h"

namespace Aws
{
struct AwsResponse;
}

namespace Ses
{

/// CloudWatch over the Query protocol (version 2010-08-01): request members flattened into
/// form parameters ("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name"),
/// answers read from XML. Every CloudWatch endpoint and emulator speaks it.
class CloudWatchQueryCodec
{
public:
    using Params = QList<QPair<QString, QString>>;

    static Params getMetricData(const GetMetricDataRequest &request);
    static Params putMetricAlarm(const PutMetricAlarmRequest &request);
    static Params describeAlarms(const DescribeAlarmsRequest &request);
    static Params deleteAlarms(const QStringList &alarmNames);

    static Aws::Result<GetMetricDataResult> parseGetMetricData(const Aws::AwsResponse &response);
    static Aws::Result<DescribeAlarmsResult> parseDescribeAlarms(const Aws::AwsResponse &response);
};

} // namespace Ses
