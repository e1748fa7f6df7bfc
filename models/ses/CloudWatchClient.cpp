#include "models/ses/CloudWatchClient.h"

#include <QCoreApplication>
#include <QTimer>

#include "models/aws/AwsJob.h"
#include "models/ses/CloudWatchJsonCodec.h"
#include "models/ses/CloudWatchQueryCodec.h"
#include "models/ses/ServiceCall.h"
#include "models/ses/SesClient.h"

namespace Ses
{

namespace
{

class CloudWatchMessages
{
    Q_DECLARE_TR_FUNCTIONS(Ses::CloudWatchClient)

public:
    static QString tooManyAlarms(qsizetype count)
    {
        return tr("DeleteAlarms takes at most 100 alarm names; %1 were given.").arg(count);
    }
};

Aws::AwsRequest build(const QString &operation,
    Aws::Protocol protocol,
    const CloudWatchQueryCodec::Params &params,
    const QJsonObject &json)
{
    Aws::AwsRequest r = protocol == Aws::Protocol::Json ? Aws::AwsRequest::jsonCall(CloudWatchClient::serviceKey,
                            CloudWatchClient::signingName,
                            CloudWatchJsonCodec::targetPrefix,
                            operation,
                            json)
                                                        : Aws::AwsRequest::queryCall(CloudWatchClient::serviceKey,
                                                            CloudWatchClient::signingName,
                                                            operation,
                                                            CloudWatchClient::apiVersion,
                                                            params);
    if (protocol == Aws::Protocol::Json) {
        // awsQueryCompatible: ask for the Query-style error codes, as the AWS CLI does.
        r.headers.append(qMakePair(QByteArray("x-amzn-query-mode"), QByteArray("true")));
    }
    r.kind = Aws::CallKind::Unthrottled;
    return r;
}

} // namespace

CloudWatchClient::CloudWatchClient(Aws::AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void CloudWatchClient::setProtocol(Aws::Protocol protocol)
{
    m_protocol = protocol == Aws::Protocol::Json ? Aws::Protocol::Json : Aws::Protocol::Query;
}

Aws::AwsRequest CloudWatchClient::getMetricDataRequest(const GetMetricDataRequest &request, Aws::Protocol protocol)
{
    return build(QStringLiteral("GetMetricData"),
        protocol,
        protocol == Aws::Protocol::Json ? CloudWatchQueryCodec::Params() : CloudWatchQueryCodec::getMetricData(request),
        protocol == Aws::Protocol::Json ? CloudWatchJsonCodec::getMetricData(request) : QJsonObject());
}

Aws::AwsRequest CloudWatchClient::putMetricAlarmRequest(const PutMetricAlarmRequest &request, Aws::Protocol protocol)
{
    return build(QStringLiteral("PutMetricAlarm"),
        protocol,
        protocol == Aws::Protocol::Json ? CloudWatchQueryCodec::Params()
                                        : CloudWatchQueryCodec::putMetricAlarm(request),
        protocol == Aws::Protocol::Json ? CloudWatchJsonCodec::putMetricAlarm(request) : QJsonObject());
}

Aws::AwsRequest CloudWatchClient::describeAlarmsRequest(const DescribeAlarmsRequest &request, Aws::Protocol protocol)
{
    return build(QStringLiteral("DescribeAlarms"),
        protocol,
        protocol == Aws::Protocol::Json ? CloudWatchQueryCodec::Params()
                                        : CloudWatchQueryCodec::describeAlarms(request),
        protocol == Aws::Protocol::Json ? CloudWatchJsonCodec::describeAlarms(request) : QJsonObject());
}

Aws::AwsRequest CloudWatchClient::deleteAlarmsRequest(const QStringList &alarmNames, Aws::Protocol protocol)
{
    return build(QStringLiteral("DeleteAlarms"),
        protocol,
        protocol == Aws::Protocol::Json ? CloudWatchQueryCodec::Params()
                                        : CloudWatchQueryCodec::deleteAlarms(alarmNames),
        protocol == Aws::Protocol::Json ? CloudWatchJsonCodec::deleteAlarms(alarmNames) : QJsonObject());
}

Aws::Result<GetMetricDataResult> CloudWatchClient::parseGetMetricData(
    const Aws::AwsResponse &response, Aws::Protocol protocol)
{
    return protocol == Aws::Protocol::Json ? CloudWatchJsonCodec::parseGetMetricData(response)
                                           : CloudWatchQueryCodec::parseGetMetricData(response);
}

Aws::Result<DescribeAlarmsResult> CloudWatchClient::parseDescribeAlarms(
    const Aws::AwsResponse &response, Aws::Protocol protocol)
{
    return protocol == Aws::Protocol::Json ? CloudWatchJsonCodec::parseDescribeAlarms(response)
                                           : CloudWatchQueryCodec::parseDescribeAlarms(response);
}

Aws::AwsJob *CloudWatchClient::getMetricData(
    const GetMetricDataRequest &request, QObject *context, std::function<void(Aws::Result<GetMetricDataResult>)> done)
{
    const Aws::Protocol protocol = m_protocol;
    return sendTyped<GetMetricDataResult>(
        m_client,
        getMetricDataRequest(request, protocol),
        context,
        [protocol](const Aws::AwsResponse &r) {
            return parseGetMetricData(r, protocol);
        },
        std::move(done));
}

PagedCall *CloudWatchClient::getAllMetricData(
    const GetMetricDataRequest &request, QObject *context, std::function<void(Aws::Result<GetMetricDataResult>)> done)
{
    auto acc = std::make_shared<GetMetricDataResult>();
    return PagedCall::start<GetMetricDataResult, GetMetricDataResult>(context,
        {[this, request](const QString &token, QObject *ctx, Callback<GetMetricDataResult> onPage) {
             GetMetricDataRequest page = request;
             page.nextToken = token.isEmpty() ? request.nextToken : token;
             return getMetricData(page, ctx, std::move(onPage));
         },
            [acc](const GetMetricDataResult &page) {
                acc->mergePage(page);
                int points = 0;
                for (const MetricDataResult &r : acc->results)
                    points += static_cast<int>(r.values.size());
                return std::pair(points, page.nextToken);
            },
            [acc] {
                acc->nextToken.clear();
                return *acc;
            }},
        std::move(done));
}

Aws::AwsJob *CloudWatchClient::putMetricAlarm(
    const PutMetricAlarmRequest &request, QObject *context, std::function<void(Aws::Result<Aws::Empty>)> done)
{
    return sendTyped<Aws::Empty>(
        m_client, putMetricAlarmRequest(request, m_protocol), context, &SesClient::parseEmpty, std::move(done));
}

Aws::AwsJob *CloudWatchClient::describeAlarms(
    const DescribeAlarmsRequest &request, QObject *context, std::function<void(Aws::Result<DescribeAlarmsResult>)> done)
{
    const Aws::Protocol protocol = m_protocol;
    return sendTyped<DescribeAlarmsResult>(
        m_client,
        describeAlarmsRequest(request, protocol),
        context,
        [protocol](const Aws::AwsResponse &r) {
            return parseDescribeAlarms(r, protocol);
        },
        std::move(done));
}

Aws::AwsJob *CloudWatchClient::deleteAlarms(
    const QStringList &alarmNames, QObject *context, std::function<void(Aws::Result<Aws::Empty>)> done)
{
    if (alarmNames.size() > 100) {
        // Answer asynchronously, as every other failure arrives.
        const QString message = CloudWatchMessages::tooManyAlarms(alarmNames.size());
        QTimer::singleShot(0, context, [done = std::move(done), message] {
            done(Aws::AwsError::local(Aws::AwsError::Kind::Usage, QStringLiteral("InvalidParameterValue"), message));
        });
        return nullptr;
    }
    return sendTyped<Aws::Empty>(
        m_client, deleteAlarmsRequest(alarmNames, m_protocol), context, &SesClient::parseEmpty, std::move(done));
}

} // namespace Ses
