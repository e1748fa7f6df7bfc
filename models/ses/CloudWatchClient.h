#pragma once

#include <functional>

#include <QObject>

#include "models/aws/AwsRequest.h"
#include "models/aws/Result.h"
#include "models/ses/CloudWatchTypes.h"

namespace Aws
{
class AwsClient;
class AwsJob;
struct AwsResponse;
} // namespace Aws

namespace Ses
{

class PagedCall;

/// Typed, asynchronous CloudWatch (2010-08-01; endpoint key "cloudwatch", signing name
/// "monitoring") operations the reputation charts and alarms need. Speaks either the Query
/// protocol (the default: every CloudWatch endpoint and emulator answers it) or awsJson1.0 (what
/// current AWS CLIs send). Each method calls done once on context's thread.
class CloudWatchClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudWatchClient)

public:
    static constexpr QLatin1StringView apiVersion{"2010-08-01"};
    static constexpr QLatin1StringView serviceKey{"cloudwatch"};
    static constexpr QLatin1StringView signingName{"monitoring"};

    explicit CloudWatchClient(Aws::AwsClient *client, QObject *parent = nullptr);

    /// Aws::Protocol::Query or Aws::Protocol::Json; anything else is treated as Query.
    void setProtocol(Aws::Protocol protocol);
    Aws::Protocol protocol() const
    {
        return m_protocol;
    }

    /// One page.
    Aws::AwsJob *getMetricData(const GetMetricDataRequest &request,
        QObject *context,
        std::function<void(Aws::Result<GetMetricDataResult>)> done);
    /// Every page, following NextToken; results merged per query id (GetMetricDataResult::mergePage).
    PagedCall *getAllMetricData(const GetMetricDataRequest &request,
        QObject *context,
        std::function<void(Aws::Result<GetMetricDataResult>)> done);
    Aws::AwsJob *putMetricAlarm(
        const PutMetricAlarmRequest &request, QObject *context, std::function<void(Aws::Result<Aws::Empty>)> done);
    Aws::AwsJob *describeAlarms(const DescribeAlarmsRequest &request,
        QObject *context,
        std::function<void(Aws::Result<DescribeAlarmsResult>)> done);
    /// At most 100 names per call (the service's limit); more is a Usage error before sending.
    Aws::AwsJob *deleteAlarms(
        const QStringList &alarmNames, QObject *context, std::function<void(Aws::Result<Aws::Empty>)> done);

    /// The request as it goes on the wire in the given protocol.
    static Aws::AwsRequest getMetricDataRequest(const GetMetricDataRequest &request, Aws::Protocol protocol);
    static Aws::AwsRequest putMetricAlarmRequest(const PutMetricAlarmRequest &request, Aws::Protocol protocol);
    static Aws::AwsRequest describeAlarmsRequest(const DescribeAlarmsRequest &request, Aws::Protocol protocol);
    static Aws::AwsRequest deleteAlarmsRequest(const QStringList &alarmNames, Aws::Protocol protocol);
    static Aws::Result<GetMetricDataResult> parseGetMetricData(
        const Aws::AwsResponse &response, Aws::Protocol protocol);
    static Aws::Result<DescribeAlarmsResult> parseDescribeAlarms(
        const Aws::AwsResponse &response, Aws::Protocol protocol);

private:
    Aws::AwsClient *m_client;
    Aws::Protocol m_protocol = Aws::Protocol::Query;
};

} // namespace Ses
