#include <QJsonArray>

#include "models/aws/AwsJob.h"
#include "models/ses/SesClient.h"

namespace Ses
{

namespace
{

const QString ConfigurationSets = QStringLiteral("configuration-sets");
const QString EventDestinations = QStringLiteral("event-destinations");

/// A Put*Options call: PUT /v2/email/configuration-sets/{name}/{suffix} with body.
Aws::AwsRequest putOptions(const QString &operation, const QString &name, const QString &suffix, QJsonObject body)
{
    return Aws::AwsRequest::restJson(operation, "PUT", SesClient::path({ConfigurationSets, name, suffix}), body);
}

} // namespace

Aws::AwsJob *SesClient::createConfigurationSet(const ConfigurationSet &set, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(
            QStringLiteral("CreateConfigurationSet"), "POST", path({ConfigurationSets}), set.toCreateJson()),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::getConfigurationSet(const QString &name, QObject *context, Callback<ConfigurationSet> done)
{
    return call<ConfigurationSet>(
        Aws::AwsRequest::restJson(QStringLiteral("GetConfigurationSet"), "GET", path({ConfigurationSets, name})),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<ConfigurationSet> {
            return ConfigurationSet::fromJson(r.json());
        },
        std::move(done));
}

Aws::AwsJob *SesClient::deleteConfigurationSet(const QString &name, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(QStringLiteral("DeleteConfigurationSet"), "DELETE", path({ConfigurationSets, name})),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putConfigurationSetDeliveryOptions(
    const QString &name, const DeliveryOptions &options, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(putOptions(QStringLiteral("PutConfigurationSetDeliveryOptions"),
                                name,
                                QStringLiteral("delivery-options"),
                                options.toJson()),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putConfigurationSetReputationOptions(
    const QString &name, bool reputationMetricsEnabled, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(putOptions(QStringLiteral("PutConfigurationSetReputationOptions"),
                                name,
                                QStringLiteral("reputation-options"),
                                QJsonObject{{QStringLiteral("ReputationMetricsEnabled"), reputationMetricsEnabled}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putConfigurationSetSendingOptions(
    const QString &name, bool sendingEnabled, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(putOptions(QStringLiteral("PutConfigurationSetSendingOptions"),
                                name,
                                QStringLiteral("sending"),
                                QJsonObject{{QStringLiteral("SendingEnabled"), sendingEnabled}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putConfigurationSetSuppressionOptions(
    const QString &name, const SuppressionOptions &options, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(putOptions(QStringLiteral("PutConfigurationSetSuppressionOptions"),
                                name,
                                QStringLiteral("suppression-options"),
                                options.toJson()),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putConfigurationSetTrackingOptions(
    const QString &name, const std::optional<TrackingOptions> &options, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(putOptions(QStringLiteral("PutConfigurationSetTrackingOptions"),
                                name,
                                QStringLiteral("tracking-options"),
                                options ? options->toJson() : QJsonObject()),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putConfigurationSetVdmOptions(
    const QString &name, const std::optional<VdmOptions> &options, QObject *context, Callback<Aws::Empty> done)
{
    QJsonObject body;
    if (options)
        body.insert(QStringLiteral("VdmOptions"), options->toJson());
    return call<Aws::Empty>(
        putOptions(QStringLiteral("PutConfigurationSetVdmOptions"), name, QStringLiteral("vdm-options"), body),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putConfigurationSetOptions(
    const QString &name, const ConfigurationSetOptionsChange &change, QObject *context, Callback<Aws::Empty> done)
{
    using Group = ConfigurationSetOptionsChange::Group;
    switch (change.group) {
    case Group::Delivery:
        return putConfigurationSetDeliveryOptions(name, change.delivery, context, std::move(done));
    case Group::Reputation:
        return putConfigurationSetReputationOptions(name, change.reputationMetricsEnabled, context, std::move(done));
    case Group::Sending:
        return putConfigurationSetSendingOptions(name, change.sendingEnabled, context, std::move(done));
    case Group::Suppression:
        return putConfigurationSetSuppressionOptions(name, change.suppression, context, std::move(done));
    case Group::Tracking:
        return putConfigurationSetTrackingOptions(name, change.tracking, context, std::move(done));
    case Group::Vdm:
        return putConfigurationSetVdmOptions(name, change.vdm, context, std::move(done));
    }
    Q_UNREACHABLE();
    return nullptr;
}

Aws::AwsJob *SesClient::getConfigurationSetEventDestinations(
    const QString &name, QObject *context, Callback<QList<EventDestination>> done)
{
    return call<QList<EventDestination>>(
        Aws::AwsRequest::restJson(QStringLiteral("GetConfigurationSetEventDestinations"),
            "GET",
            path({ConfigurationSets, name, EventDestinations})),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<QList<EventDestination>> {
            QList<EventDestination> out;
            for (const QJsonValue &v : r.json().value(QLatin1String("EventDestinations")).toArray())
                out.append(EventDestination::fromJson(v.toObject()));
            return out;
        },
        std::move(done));
}

Aws::AwsJob *SesClient::createConfigurationSetEventDestination(
    const QString &name, const EventDestination &destination, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("CreateConfigurationSetEventDestination"),
                                "POST",
                                path({ConfigurationSets, name, EventDestinations}),
                                QJsonObject{{QStringLiteral("EventDestinationName"), destination.name},
                                    {QStringLiteral("EventDestination"), destination.definitionJson()}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::updateConfigurationSetEventDestination(
    const QString &name, const EventDestination &destination, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("UpdateConfigurationSetEventDestination"),
                                "PUT",
                                path({ConfigurationSets, name, EventDestinations, destination.name}),
                                QJsonObject{{QStringLiteral("EventDestination"), destination.definitionJson()}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::deleteConfigurationSetEventDestination(
    const QString &name, const QString &destinationName, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("DeleteConfigurationSetEventDestination"),
                                "DELETE",
                                path({ConfigurationSets, name, EventDestinations, destinationName})),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

} // namespace Ses
