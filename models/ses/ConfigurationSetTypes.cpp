#include "models/ses/ConfigurationSetTypes.h"

#include <QJsonArray>

#include "models/ses/JsonUtil.h"

namespace Ses
{

namespace
{

QJsonArray tagArray(const QList<Tag> &tags)
{
    QJsonArray out;
    for (const Tag &t : tags)
        out.append(QJsonObject{{QStringLiteral("Key"), t.key}, {QStringLiteral("Value"), t.value}});
    return out;
}

QString str(const QJsonObject &json, const char *member)
{
    return json.value(QLatin1String(member)).toString();
}

} // namespace

QJsonObject DeliveryOptions::toJson() const
{
    QJsonObject json;
    if (!tlsPolicy.isEmpty())
        json.insert(QStringLiteral("TlsPolicy"), tlsPolicy);
    if (!sendingPoolName.isEmpty())
        json.insert(QStringLiteral("SendingPoolName"), sendingPoolName);
    if (maxDeliverySeconds)
        json.insert(QStringLiteral("MaxDeliverySeconds"), static_cast<double>(*maxDeliverySeconds));
    return json;
}

DeliveryOptions DeliveryOptions::fromJson(const QJsonObject &json)
{
    DeliveryOptions d;
    d.tlsPolicy = str(json, "TlsPolicy");
    d.sendingPoolName = str(json, "SendingPoolName");
    if (json.contains(QLatin1String("MaxDeliverySeconds")))
        d.maxDeliverySeconds = static_cast<qint64>(json.value(QLatin1String("MaxDeliverySeconds")).toDouble());
    return d;
}

ReputationOptions ReputationOptions::fromJson(const QJsonObject &json)
{
    ReputationOptions r;
    r.reputationMetricsEnabled = json.value(QLatin1String("ReputationMetricsEnabled")).toBool();
    r.lastFreshStart = Json::timestamp(json.value(QLatin1String("LastFreshStart")));
    return r;
}

QJsonObject SuppressionOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("SuppressedReasons"), Json::toArray(suppressedReasons)}};
}

SuppressionOptions SuppressionOptions::fromJson(const QJsonObject &json)
{
    return SuppressionOptions{Json::strings(json.value(QLatin1String("SuppressedReasons")))};
}

QJsonObject TrackingOptions::toJson() const
{
    QJsonObject json{{QStringLiteral("CustomRedirectDomain"), customRedirectDomain}};
    if (!httpsPolicy.isEmpty())
        json.insert(QStringLiteral("HttpsPolicy"), httpsPolicy);
    return json;
}

TrackingOptions TrackingOptions::fromJson(const QJsonObject &json)
{
    return TrackingOptions{str(json, "CustomRedirectDomain"), str(json, "HttpsPolicy")};
}

QJsonObject VdmOptions::toJson() const
{
    QJsonObject json;
    if (!engagementMetrics.isEmpty())
        json.insert(
            QStringLiteral("DashboardOptions"), QJsonObject{{QStringLiteral("EngagementMetrics"), engagementMetrics}});
    if (!optimizedSharedDelivery.isEmpty())
        json.insert(QStringLiteral("GuardianOptions"),
            QJsonObject{{QStringLiteral("OptimizedSharedDelivery"), optimizedSharedDelivery}});
    return json;
}

VdmOptions VdmOptions::fromJson(const QJsonObject &json)
{
    VdmOptions v;
    v.engagementMetrics = str(json.value(QLatin1String("DashboardOptions")).toObject(), "EngagementMetrics");
    v.optimizedSharedDelivery = str(json.value(QLatin1String("GuardianOptions")).toObject(), "OptimizedSharedDelivery");
    return v;
}

QJsonObject ConfigurationSet::toCreateJson() const
{
    QJsonObject json{{QStringLiteral("ConfigurationSetName"), name}};
    if (const QJsonObject d = delivery.toJson(); !d.isEmpty())
        json.insert(QStringLiteral("DeliveryOptions"), d);
    json.insert(QStringLiteral("ReputationOptions"),
        QJsonObject{{QStringLiteral("ReputationMetricsEnabled"), reputation.reputationMetricsEnabled}});
    json.insert(QStringLiteral("SendingOptions"), QJsonObject{{QStringLiteral("SendingEnabled"), sendingEnabled}});
    if (suppression)
        json.insert(QStringLiteral("SuppressionOptions"), suppression->toJson());
    if (tracking)
        json.insert(QStringLiteral("TrackingOptions"), tracking->toJson());
    if (vdm)
        json.insert(QStringLiteral("VdmOptions"), vdm->toJson());
    if (!archiveArn.isEmpty())
        json.insert(QStringLiteral("ArchivingOptions"), QJsonObject{{QStringLiteral("ArchiveArn"), archiveArn}});
    if (!tags.isEmpty())
        json.insert(QStringLiteral("Tags"), tagArray(tags));
    return json;
}

ConfigurationSet ConfigurationSet::fromJson(const QJsonObject &json)
{
    ConfigurationSet set;
    set.raw = json;
    set.name = str(json, "ConfigurationSetName");
    set.delivery = DeliveryOptions::fromJson(json.value(QLatin1String("DeliveryOptions")).toObject());
    set.reputation = ReputationOptions::fromJson(json.value(QLatin1String("ReputationOptions")).toObject());
    const QJsonValue sending
        = json.value(QLatin1String("SendingOptions")).toObject().value(QLatin1String("SendingEnabled"));
    // SES leaves SendingOptions out for a set whose sending was never changed: it sends.
    set.sendingEnabled = sending.isBool() ? sending.toBool() : true;
    if (json.contains(QLatin1String("SuppressionOptions")))
        set.suppression = SuppressionOptions::fromJson(json.value(QLatin1String("SuppressionOptions")).toObject());
    if (json.contains(QLatin1String("TrackingOptions")))
        set.tracking = TrackingOptions::fromJson(json.value(QLatin1String("TrackingOptions")).toObject());
    if (json.contains(QLatin1String("VdmOptions")))
        set.vdm = VdmOptions::fromJson(json.value(QLatin1String("VdmOptions")).toObject());
    set.archiveArn = str(json.value(QLatin1String("ArchivingOptions")).toObject(), "ArchiveArn");
    for (const QJsonValue &v : json.value(QLatin1String("Tags")).toArray()) {
        const QJsonObject t = v.toObject();
        set.tags.append(Tag{str(t, "Key"), str(t, "Value")});
    }
    return set;
}

QStringList EventTypes::all()
{
    return {Send, RenderingFailure, Reject, Delivery, Bounce, Complaint, DeliveryDelay, Subscription, Open, Click};
}

QString EventDestination::memberName(Kind kind)
{
    switch (kind) {
    case Kind::CloudWatch:
        return QStringLiteral("CloudWatchDestination");
    case Kind::KinesisFirehose:
        return QStringLiteral("KinesisFirehoseDestination");
    case Kind::EventBridge:
        return QStringLiteral("EventBridgeDestination");
    case Kind::Sns:
        return QStringLiteral("SnsDestination");
    case Kind::Pinpoint:
        return QStringLiteral("PinpointDestination");
    }
    return {};
}

QJsonObject EventDestination::definitionJson() const
{
    QJsonObject json{{QStringLiteral("Enabled"), enabled},
        {QStringLiteral("MatchingEventTypes"), Json::toArray(matchingEventTypes)}};
    QJsonObject target;
    switch (kind) {
    case Kind::CloudWatch: {
        QJsonArray dimensions;
        for (const CloudWatchDimension &d : cloudWatchDimensions)
            dimensions.append(QJsonObject{{QStringLiteral("DimensionName"), d.dimensionName},
                {QStringLiteral("DimensionValueSource"), d.dimensionValueSource},
                {QStringLiteral("DefaultDimensionValue"), d.defaultDimensionValue}});
        target.insert(QStringLiteral("DimensionConfigurations"), dimensions);
        break;
    }
    case Kind::KinesisFirehose:
        target.insert(QStringLiteral("IamRoleArn"), firehoseIamRoleArn);
        target.insert(QStringLiteral("DeliveryStreamArn"), firehoseDeliveryStreamArn);
        break;
    case Kind::EventBridge:
        target.insert(QStringLiteral("EventBusArn"), eventBusArn);
        break;
    case Kind::Sns:
        target.insert(QStringLiteral("TopicArn"), snsTopicArn);
        break;
    case Kind::Pinpoint:
        if (!pinpointApplicationArn.isEmpty())
            target.insert(QStringLiteral("ApplicationArn"), pinpointApplicationArn);
        break;
    }
    json.insert(memberName(kind), target);
    return json;
}

EventDestination EventDestination::fromJson(const QJsonObject &json)
{
    EventDestination d;
    d.name = str(json, "Name");
    d.enabled = json.value(QLatin1String("Enabled")).toBool();
    d.matchingEventTypes = Json::strings(json.value(QLatin1String("MatchingEventTypes")));
    for (Kind kind : {Kind::CloudWatch, Kind::KinesisFirehose, Kind::EventBridge, Kind::Sns, Kind::Pinpoint}) {
        if (!json.contains(memberName(kind)))
            continue;
        d.kind = kind;
        const QJsonObject target = json.value(memberName(kind)).toObject();
        d.firehoseIamRoleArn = str(target, "IamRoleArn");
        d.firehoseDeliveryStreamArn = str(target, "DeliveryStreamArn");
        d.eventBusArn = str(target, "EventBusArn");
        d.snsTopicArn = str(target, "TopicArn");
        d.pinpointApplicationArn = str(target, "ApplicationArn");
        for (const QJsonValue &v : target.value(QLatin1String("DimensionConfigurations")).toArray()) {
            const QJsonObject o = v.toObject();
            d.cloudWatchDimensions.append(
                {str(o, "DimensionName"), str(o, "DimensionValueSource"), str(o, "DefaultDimensionValue")});
        }
        break;
    }
    return d;
}

QString EventDestination::target() const
{
    switch (kind) {
    case Kind::CloudWatch: {
        QStringList names;
        for (const CloudWatchDimension &d : cloudWatchDimensions)
            names.append(d.dimensionName);
        return names.join(QStringLiteral(", "));
    }
    case Kind::KinesisFirehose:
        return firehoseDeliveryStreamArn;
    case Kind::EventBridge:
        return eventBusArn;
    case Kind::Sns:
        return snsTopicArn;
    case Kind::Pinpoint:
        return pinpointApplicationArn;
    }
    return {};
}

} // namespace Ses
