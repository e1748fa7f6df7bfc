#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/ses/IdentityTypes.h"

namespace Ses
{

/// DeliveryOptions of a configuration set (PutConfigurationSetDeliveryOptions takes the same
/// members). Empty strings and an absent maxDeliverySeconds are left out of requests.
struct DeliveryOptions {
    QString tlsPolicy; ///< REQUIRE | OPTIONAL; empty: not given (SES uses OPTIONAL)
    QString sendingPoolName; ///< a dedicated IP pool; empty: none (the shared pool or the default one)
    std::optional<qint64> maxDeliverySeconds; ///< 300–50400; nullopt: SES's default

    QJsonObject toJson() const;
    static DeliveryOptions fromJson(const QJsonObject &json);
    friend bool operator==(const DeliveryOptions &, const DeliveryOptions &) = default;
};

/// ReputationOptions: whether SES publishes bounce and complaint rates of mail using the set to
/// CloudWatch, and when those metrics were last reset (read only).
struct ReputationOptions {
    bool reputationMetricsEnabled = false;
    QDateTime lastFreshStart; ///< UTC; invalid when SES did not say

    static ReputationOptions fromJson(const QJsonObject &json);
};

/// SuppressionOptions: present only when the set overrides the account-level suppression
/// settings; an empty reason list then means "suppress nothing" for this set.
struct SuppressionOptions {
    QStringList suppressedReasons; ///< BOUNCE, COMPLAINT

    QJsonObject toJson() const;
    static SuppressionOptions fromJson(const QJsonObject &json);
    friend bool operator==(const SuppressionOptions &, const SuppressionOptions &) = default;
};

/// TrackingOptions: the custom redirect domain of open and click tracking links.
struct TrackingOptions {
    QString customRedirectDomain;
    QString httpsPolicy; ///< REQUIRE | REQUIRE_OPEN_ONLY | OPTIONAL; empty: not given

    QJsonObject toJson() const;
    static TrackingOptions fromJson(const QJsonObject &json);
    friend bool operator==(const TrackingOptions &, const TrackingOptions &) = default;
};

/// VdmOptions: present only when the set overrides the account's Virtual Deliverability
/// Manager settings. Each feature is ENABLED, DISABLED or empty (not overridden).
struct VdmOptions {
    QString engagementMetrics; ///< DashboardOptions.EngagementMetrics
    QString optimizedSharedDelivery; ///< GuardianOptions.OptimizedSharedDelivery

    QJsonObject toJson() const;
    static VdmOptions fromJson(const QJsonObject &json);
    friend bool operator==(const VdmOptions &, const VdmOptions &) = default;
};

/// A configuration set as GetConfigurationSet answers it and CreateConfigurationSet takes it.
/// Optional groups are absent when the set uses the account's settings (suppression, VDM) or
/// has none (tracking).
struct ConfigurationSet {
    QString name;
    DeliveryOptions delivery;
    ReputationOptions reputation;
    bool sendingEnabled = true; ///< SendingOptions.SendingEnabled
    std::optional<SuppressionOptions> suppression;
    std::optional<TrackingOptions> tracking;
    std::optional<VdmOptions> vdm;
    QString archiveArn; ///< ArchivingOptions.ArchiveArn (Mail Manager); empty: none
    QList<Tag> tags;
    QJsonObject raw;

    /// The CreateConfigurationSet request body.
    QJsonObject toCreateJson() const;
    static ConfigurationSet fromJson(const QJsonObject &json);
};

/// One option group to put with its Put*Options call (PutConfigurationSetOptionsCommand).
struct ConfigurationSetOptionsChange {
    enum class Group { Delivery, Reputation, Sending, Suppression, Tracking, Vdm };
    Group group = Group::Sending;
    DeliveryOptions delivery;
    bool reputationMetricsEnabled = false;
    bool sendingEnabled = true;
    SuppressionOptions suppression;
    /// Tracking: nullopt removes the custom redirect domain.
    std::optional<TrackingOptions> tracking;
    /// VDM: nullopt returns to the account's settings.
    std::optional<VdmOptions> vdm;
};

/// The event types a destination can match (EventType in the model).
namespace EventTypes
{
inline const QString Send = QStringLiteral("SEND");
inline const QString Reject = QStringLiteral("REJECT");
inline const QString Bounce = QStringLiteral("BOUNCE");
inline const QString Complaint = QStringLiteral("COMPLAINT");
inline const QString Delivery = QStringLiteral("DELIVERY");
inline const QString Open = QStringLiteral("OPEN");
inline const QString Click = QStringLiteral("CLICK");
inline const QString RenderingFailure = QStringLiteral("RENDERING_FAILURE");
inline const QString DeliveryDelay = QStringLiteral("DELIVERY_DELAY");
inline const QString Subscription = QStringLiteral("SUBSCRIPTION");
/// Every type, in the order the SES console lists them.
QStringList all();
} // namespace EventTypes

/// CloudWatchDimensionConfiguration.
struct CloudWatchDimension {
    QString dimensionName;
    QString dimensionValueSource; ///< MESSAGE_TAG | EMAIL_HEADER | LINK_TAG
    QString defaultDimensionValue;
    friend bool operator==(const CloudWatchDimension &, const CloudWatchDimension &) = default;
};

/// An event destination of a configuration set (EventDestination / EventDestinationDefinition):
/// exactly one destination kind with its targets.
struct EventDestination {
    enum class Kind { CloudWatch, KinesisFirehose, EventBridge, Sns, Pinpoint };

    QString name;
    bool enabled = false;
    QStringList matchingEventTypes;
    Kind kind = Kind::Sns;
    QList<CloudWatchDimension> cloudWatchDimensions;
    QString firehoseIamRoleArn;
    QString firehoseDeliveryStreamArn;
    QString eventBusArn;
    QString snsTopicArn;
    QString pinpointApplicationArn;

    /// The EventDestinationDefinition of Create/UpdateConfigurationSetEventDestination.
    QJsonObject definitionJson() const;
    static EventDestination fromJson(const QJsonObject &json);
    /// The model's member name of the kind: "SnsDestination"...
    static QString memberName(Kind kind);
    /// The ARN (or, for CloudWatch, the dimension names) the events go to, for one-line display.
    QString target() const;
};

} // namespace Ses
