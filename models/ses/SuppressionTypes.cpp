#include "models/ses/SuppressionTypes.h"

#include "models/ses/AwsTimestamp.h"

namespace Ses
{

SuppressedDestinationSummary SuppressedDestinationSummary::fromJson(const QJsonObject &json)
{
    return SuppressedDestinationSummary{json.value(QLatin1String("EmailAddress")).toString(),
        json.value(QLatin1String("Reason")).toString(),
        AwsTimestamp::fromJson(json.value(QLatin1String("LastUpdateTime")))};
}

SuppressedDestination SuppressedDestination::fromJson(const QJsonObject &json)
{
    SuppressedDestination destination;
    destination.emailAddress = json.value(QLatin1String("EmailAddress")).toString();
    destination.reason = json.value(QLatin1String("Reason")).toString();
    destination.lastUpdateTime = AwsTimestamp::fromJson(json.value(QLatin1String("LastUpdateTime")));
    const QJsonObject attributes = json.value(QLatin1String("Attributes")).toObject();
    destination.attributes.messageId = attributes.value(QLatin1String("MessageId")).toString();
    destination.attributes.feedbackId = attributes.value(QLatin1String("FeedbackId")).toString();
    return destination;
}

} // namespace Ses
