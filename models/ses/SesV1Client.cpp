#include "models/ses/SesV1Client.h"

#include "models/aws/XmlNode.h"
#include "models/ses/ServiceCall.h"

namespace Ses
{

SesV1Client::SesV1Client(Aws::AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Aws::AwsRequest SesV1Client::request(const QString &action)
{
    // Both are management calls: the limiter keeps them within SES's one request per second.
    return Aws::AwsRequest::queryCall(serviceKey, signingName, action, apiVersion, {});
}

Aws::Result<SendStatistics> SesV1Client::parseSendStatistics(const Aws::AwsResponse &response)
{
    const auto xml = Aws::XmlNode::parse(response.body);
    if (!xml.ok())
        return xml.error();
    auto parsed = SendStatistics::fromXml(xml.value());
    if (parsed.ok() && parsed.value().requestId.isEmpty()) {
        SendStatistics s = std::move(parsed).value();
        s.requestId = response.requestId;
        return s;
    }
    return parsed;
}

Aws::Result<SendQuotaResult> SesV1Client::parseSendQuota(const Aws::AwsResponse &response)
{
    const auto xml = Aws::XmlNode::parse(response.body);
    if (!xml.ok())
        return xml.error();
    return SendQuotaResult::fromXml(xml.value());
}

Aws::AwsJob *SesV1Client::getSendStatistics(QObject *context, std::function<void(Aws::Result<SendStatistics>)> done)
{
    return sendTyped<SendStatistics>(m_client,
        request(QStringLiteral("GetSendStatistics")),
        context,
        &SesV1Client::parseSendStatistics,
        std::move(done));
}

Aws::AwsJob *SesV1Client::getSendQuota(QObject *context, std::function<void(Aws::Result<SendQuotaResult>)> done)
{
    return sendTyped<SendQuotaResult>(
        m_client, request(QStringLiteral("GetSendQuota")), context, &SesV1Client::parseSendQuota, std::move(done));
}

} // namespace Ses
