#include "sandbox/ops/EventDestinationOperations.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/ops/ConfigurationSetOperations.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/ConfigurationSetRepository.h"
#include "sandbox/state/NameRules.h"

namespace Sandbox
{

namespace
{

const QString kDestinations = QStringLiteral("_EventDestinations");

const char *const kDestinationTypes[] = {"KinesisFirehoseDestination",
    "CloudWatchDestination",
    "SnsDestination",
    "EventBridgeDestination",
    "PinpointDestination"};

qsizetype indexOf(const QJsonArray &destinations, const QString &name)
{
    for (qsizetype i = 0; i < destinations.size(); ++i) {
        if (destinations.at(i).toObject().value(QLatin1String("Name")).toString() == name)
            return i;
    }
    return -1;
}

ServiceError destinationNotFound(const QString &name, const QString &set)
{
    return ServiceError::notFound(
        QStringLiteral("Event destination <%1> does not exist in configuration set <%2>.").arg(name, set));
}

Check checkArn(const QString &arn, const QString &service, const QString &region, const QString &what)
{
    static const QRegularExpression shape(
        QStringLiteral("^arn:aws[a-z-]*:([a-z0-9-]+):([a-z0-9-]*):([0-9]{12}):(.+)$"));
    const QRegularExpressionMatch m = shape.match(arn);
    if (!m.hasMatch() || m.captured(1) != service)
        return ServiceError::badRequest(QStringLiteral("Invalid %1 ARN: %2").arg(what, arn));
    if (!m.captured(2).isEmpty() && m.captured(2) != region)
        return ServiceError::badRequest(QStringLiteral("The %1 %2 must be in the region %3.").arg(what, arn, region));
    return passed();
}

} // namespace

EventDestinationOperations::EventDestinationOperations(SandboxContext &context)
    : m_context(context)
{
}

void EventDestinationOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("CreateConfigurationSetEventDestination"), this, &EventDestinationOperations::create);
    registry.add(QStringLiteral("GetConfigurationSetEventDestinations"), this, &EventDestinationOperations::get);
    registry.add(QStringLiteral("UpdateConfigurationSetEventDestination"), this, &EventDestinationOperations::update);
    registry.add(QStringLiteral("DeleteConfigurationSetEventDestination"), this, &EventDestinationOperations::remove);
}

Check EventDestinationOperations::checkDefinition(const QJsonObject &definition, const QString &region)
{
    QStringList present;
    for (const char *type : kDestinationTypes) {
        if (definition.contains(QLatin1String(type)))
            present.append(QLatin1String(type));
    }
    if (present.size() != 1) {
        return ServiceError::badRequest(QStringLiteral(
            "An event destination needs exactly one destination (KinesisFirehoseDestination, CloudWatchDestination, "
            "SnsDestination, EventBridgeDestination or PinpointDestination); %1 were given.")
                                            .arg(present.size()));
    }
    if (definition.value(QLatin1String("MatchingEventTypes")).toArray().isEmpty())
        return ServiceError::badRequest(QStringLiteral("MatchingEventTypes must name at least one event type."));

    const QString type = present.first();
    const QJsonObject destination = definition.value(type).toObject();
    if (type == QLatin1String("SnsDestination"))
        return checkArn(destination.value(QLatin1String("TopicArn")).toString(),
            QStringLiteral("sns"),
            region,
            QStringLiteral("SNS topic"));
    if (type == QLatin1String("EventBridgeDestination")) {
        return checkArn(destination.value(QLatin1String("EventBusArn")).toString(),
            QStringLiteral("events"),
            region,
            QStringLiteral("EventBridge event bus"));
    }
    if (type == QLatin1String("KinesisFirehoseDestination")) {
        if (const Check check = checkArn(destination.value(QLatin1String("DeliveryStreamArn")).toString(),
                QStringLiteral("firehose"),
                region,
                QStringLiteral("Firehose delivery stream"));
            !check)
            return check;
        return checkArn(destination.value(QLatin1String("IamRoleArn")).toString(),
            QStringLiteral("iam"),
            region,
            QStringLiteral("IAM role"));
    }
    if (type == QLatin1String("CloudWatchDestination")) {
        const QJsonArray dimensions = destination.value(QLatin1String("DimensionConfigurations")).toArray();
        if (dimensions.isEmpty() || dimensions.size() > 10)
            return ServiceError::badRequest(
                QStringLiteral("A CloudWatch destination needs 1 to 10 dimensions; %1 were given.")
                    .arg(dimensions.size()));
        static const QRegularExpression dimensionName(QStringLiteral("^[A-Za-z0-9_:-]{1,256}$"));
        for (const auto &value : dimensions) {
            const QString name = value.toObject().value(QLatin1String("DimensionName")).toString();
            if (!dimensionName.match(name).hasMatch())
                return ServiceError::badRequest(QStringLiteral("Invalid CloudWatch dimension name <%1>.").arg(name));
        }
    }
    if (type == QLatin1String("PinpointDestination")) {
        const QString application = destination.value(QLatin1String("ApplicationArn")).toString();
        if (!application.isEmpty())
            return checkArn(
                application, QStringLiteral("mobiletargeting"), region, QStringLiteral("Pinpoint application"));
    }
    return passed();
}

JsonOutcome EventDestinationOperations::create(const OperationCall &call)
{
    const QString setName = Inputs::string(call.input, "ConfigurationSetName");
    std::optional<QJsonObject> set = m_context.configurationSets.find(setName);
    if (!set)
        return ConfigurationSetOperations::notFound(setName);
    const QString name = Inputs::string(call.input, "EventDestinationName");
    if (const Check check = NameRules::eventDestinationName(name); !check)
        return check.error();
    QJsonArray destinations = set->value(kDestinations).toArray();
    if (indexOf(destinations, name) >= 0)
        return ServiceError::alreadyExists(
            QStringLiteral("Event destination <%1> already exists in configuration set <%2>.").arg(name, setName));
    if (destinations.size() >= ConfigurationSetRepository::kMaxEventDestinations) {
        return ServiceError::limitExceeded(
            QStringLiteral("Configuration set <%1> already has the maximum of %2 event destinations.")
                .arg(setName)
                .arg(ConfigurationSetRepository::kMaxEventDestinations));
    }
    QJsonObject definition = call.input.value(QLatin1String("EventDestination")).toObject();
    if (const Check check = checkDefinition(definition, m_context.config.region); !check)
        return check.error();
    definition.insert(QStringLiteral("Name"), name);
    definition.insert(QStringLiteral("Enabled"), definition.value(QLatin1String("Enabled")).toBool(false));
    destinations.append(definition);
    set->insert(kDestinations, destinations);
    m_context.configurationSets.save(*set);
    return QJsonObject();
}

JsonOutcome EventDestinationOperations::get(const OperationCall &call)
{
    const QString setName = Inputs::string(call.input, "ConfigurationSetName");
    const std::optional<QJsonObject> set = m_context.configurationSets.find(setName);
    if (!set)
        return ConfigurationSetOperations::notFound(setName);
    return QJsonObject{{QStringLiteral("EventDestinations"), set->value(kDestinations).toArray()}};
}

JsonOutcome EventDestinationOperations::update(const OperationCall &call)
{
    const QString setName = Inputs::string(call.input, "ConfigurationSetName");
    std::optional<QJsonObject> set = m_context.configurationSets.find(setName);
    if (!set)
        return ConfigurationSetOperations::notFound(setName);
    const QString name = Inputs::string(call.input, "EventDestinationName");
    QJsonArray destinations = set->value(kDestinations).toArray();
    const qsizetype index = indexOf(destinations, name);
    if (index < 0)
        return destinationNotFound(name, setName);
    QJsonObject definition = call.input.value(QLatin1String("EventDestination")).toObject();
    if (const Check check = checkDefinition(definition, m_context.config.region); !check)
        return check.error();
    definition.insert(QStringLiteral("Name"), name);
    definition.insert(QStringLiteral("Enabled"), definition.value(QLatin1String("Enabled")).toBool(false));
    destinations.replace(index, definition);
    set->insert(kDestinations, destinations);
    m_context.configurationSets.save(*set);
    return QJsonObject();
}

JsonOutcome EventDestinationOperations::remove(const OperationCall &call)
{
    const QString setName = Inputs::string(call.input, "ConfigurationSetName");
    std::optional<QJsonObject> set = m_context.configurationSets.find(setName);
    if (!set)
        return ConfigurationSetOperations::notFound(setName);
    const QString name = Inputs::string(call.input, "EventDestinationName");
    QJsonArray destinations = set->value(kDestinations).toArray();
    const qsizetype index = indexOf(destinations, name);
    if (index < 0)
        return destinationNotFound(name, setName);
    destinations.removeAt(index);
    set->insert(kDestinations, destinations);
    m_context.configurationSets.save(*set);
    return QJsonObject();
}

} // namespace Sandbox
