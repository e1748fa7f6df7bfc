#pragma once

#include <QJsonObject>
#include <QStringList>

#include "models/aws/Result.h"
#include "models/ses/CloudWatchTypes.h"

namespace Aws
{
struct AwsResponse;
}

namespace Ses
{

/// CloudWatch over awsJson1.0 (X-Amz-Target GraniteServiceVersion20100801.<Operation>), as
/// current AWS CLIs and SDKs send it: the same member names as JSON, timestamps as epoch
/// seconds. Errors follow awsQueryCompatible and are parsed by AwsClient.
class CloudWatchJsonCodec
{
public:
    static constexpr QLatin1StringView targetPrefix{"GraniteServiceVersion20100801"};

    static QJsonObject getMetricData(const GetMetricDataRequest &request);
    static QJsonObject putMetricAlarm(const PutMetricAlarmRequest &request);
    static QJsonObject describeAlarms(const DescribeAlarmsRequest &request);
    static QJsonObject deleteAlarms(const QStringList &alarmNames);

    static Aws::Result<GetMetricDataResult> parseGetMetricData(const Aws::AwsResponse &response);
    static Aws::Result<DescribeAlarmsResult> parseDescribeAlarms(const Aws::AwsResponse &response);
};

} // namespace Ses
