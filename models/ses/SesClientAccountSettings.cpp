#include "models/aws/AwsJob.h"
#include "models/ses/JsonUtil.h"
#include "models/ses/SesClient.h"

namespace Ses
{

// Account settings (sesv2 PutAccount*): request shapes exactly as botocore's model.

Aws::AwsJob *SesClient::putAccountDetails(
    const PutAccountDetailsRequest &request, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutAccountDetails"),
                                "POST",
                                path({QStringLiteral("account"), QStringLiteral("details")}),
                                request.toJson()),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putAccountSendingAttributes(bool sendingEnabled, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutAccountSendingAttributes"),
                                "PUT",
                                path({QStringLiteral("account"), QStringLiteral("sending")}),
                                QJsonObject{{QLatin1String("SendingEnabled"), sendingEnabled}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putAccountSuppressionAttributes(
    const QStringList &suppressedReasons, QObject *context, Callback<Aws::Empty> done)
{
    // An empty list is meaningful (suppress nothing) and is sent as [].
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutAccountSuppressionAttributes"),
                                "PUT",
                                path({QStringLiteral("account"), QStringLiteral("suppression")}),
                                QJsonObject{{QLatin1String("SuppressedReasons"), Json::toArray(suppressedReasons)}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putAccountVdmAttributes(
    const VdmAttributes &attributes, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutAccountVdmAttributes"),
                                "PUT",
                                path({QStringLiteral("account"), QStringLiteral("vdm")}),
                                QJsonObject{{QLatin1String("VdmAttributes"), attributes.toJson()}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

} // namespace Ses
