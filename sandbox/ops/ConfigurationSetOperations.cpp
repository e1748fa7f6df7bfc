#include "sandbox/ops/ConfigurationSetOperations.h"

#include <QJsonArray>

#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/ConfigurationSetRepository.h"
#include "sandbox/state/DedicatedIpRepository.h"
#include "sandbox/state/MailAddress.h"
#include "sandbox/state/NameRules.h"
#include "sandbox/state/PageToken.h"

namespace Sandbox
{

namespace
{

const QString kSetName = QStringLiteral("ConfigurationSetName");

QJsonObject merged(const QJsonObject &defaults, const QJsonObject &given)
{
    QJsonObject out = defaults;
    for (auto it = given.begin(); it != given.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

ConfigurationSetOperations::ConfigurationSetOperations(SandboxContext &context)
    : m_context(context)
{
}

ServiceError ConfigurationSetOperations::notFound(const QString &name)
{
    return ServiceError::notFound(QStringLiteral("Configuration set <%1> does not exist.").arg(name));
}

void ConfigurationSetOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("CreateConfigurationSet"), this, &ConfigurationSetOperations::create);
    registry.add(QStringLiteral("GetConfigurationSet"), this, &ConfigurationSetOperations::get);
    registry.add(QStringLiteral("ListConfigurationSets"), this, &ConfigurationSetOperations::list);
    registry.add(QStringLiteral("DeleteConfigurationSet"), this, &ConfigurationSetOperations::remove);
    registry.add(
        QStringLiteral("PutConfigurationSetArchivingOptions"), this, &ConfigurationSetOperations::putArchiving);
    registry.add(QStringLiteral("PutConfigurationSetDeliveryOptions"), this, &ConfigurationSetOperations::putDelivery);
    registry.add(
        QStringLiteral("PutConfigurationSetReputationOptions"), this, &ConfigurationSetOperations::putReputation);
    registry.add(QStringLiteral("PutConfigurationSetSendingOptions"), this, &ConfigurationSetOperations::putSending);
    registry.add(
        QStringLiteral("PutConfigurationSetSuppressionOptions"), this, &ConfigurationSetOperations::putSuppression);
    registry.add(QStringLiteral("PutConfigurationSetTrackingOptions"), this, &ConfigurationSetOperations::putTracking);
    registry.add(QStringLiteral("PutConfigurationSetVdmOptions"), this, &ConfigurationSetOperations::putVdm);
}

Check ConfigurationSetOperations::checkDelivery(const QJsonObject &delivery, const QDateTime &now) const
{
    const QString pool = delivery.value(QLatin1String("SendingPoolName")).toString();
    if (!pool.isEmpty() && !m_context.dedicatedIps.poolExists(pool, now))
        return ServiceError::notFound(QStringLiteral("Dedicated IP pool <%1> does not exist.").arg(pool));
    if (delivery.contains(QLatin1String("MaxDeliverySeconds"))) {
        const double seconds = delivery.value(QLatin1String("MaxDeliverySeconds")).toDouble();
        if (seconds < 300 || seconds > 50400)
            return ServiceError::badRequest(
                QStringLiteral("MaxDeliverySeconds must be between 300 and 50400 seconds."));
    }
    return passed();
}

Check ConfigurationSetOperations::checkTracking(const QJsonObject &tracking)
{
    const QString domain = tracking.value(QLatin1String("CustomRedirectDomain")).toString();
    if (!tracking.isEmpty() && !MailAddress::isValidDomain(domain))
        return ServiceError::badRequest(QStringLiteral("Invalid custom redirect domain: %1").arg(domain));
    return passed();
}

JsonOutcome ConfigurationSetOperations::create(const OperationCall &call)
{
    const QJsonObject &in = call.input;
    const QString name = Inputs::string(in, "ConfigurationSetName");
    if (const Check check = NameRules::configurationSetName(name); !check)
        return check.error();
    if (m_context.configurationSets.exists(name))
        return ServiceError::alreadyExists(QStringLiteral("Configuration set <%1> already exists.").arg(name));
    if (m_context.configurationSets.count() >= ConfigurationSetRepository::kMaxConfigurationSets) {
        return ServiceError::limitExceeded(QStringLiteral("Maximum number of configuration sets (%1) reached.")
                                               .arg(ConfigurationSetRepository::kMaxConfigurationSets));
    }
    const QJsonArray tags = in.value(QLatin1String("Tags")).toArray();
    if (const Check check = NameRules::tags(tags); !check)
        return check.error();
    const QJsonObject delivery = in.value(QLatin1String("DeliveryOptions")).toObject();
    if (const Check check = checkDelivery(delivery, call.now); !check)
        return check.error();
    if (const Check check = checkTracking(in.value(QLatin1String("TrackingOptions")).toObject()); !check)
        return check.error();

    QJsonObject set;
    set.insert(kSetName, name);
    set.insert(QStringLiteral("DeliveryOptions"),
        merged(QJsonObject{{QStringLiteral("TlsPolicy"), QStringLiteral("OPTIONAL")}}, delivery));
    set.insert(QStringLiteral("ReputationOptions"),
        merged(QJsonObject{{QStringLiteral("ReputationMetricsEnabled"), false}},
            in.value(QLatin1String("ReputationOptions")).toObject()));
    set.insert(QStringLiteral("SendingOptions"),
        merged(QJsonObject{{QStringLiteral("SendingEnabled"), true}},
            in.value(QLatin1String("SendingOptions")).toObject()));
    set.insert(QStringLiteral("Tags"), tags);
    for (const char *member : {"TrackingOptions", "SuppressionOptions", "VdmOptions", "ArchivingOptions"}) {
        if (Inputs::has(in, member))
            set.insert(QLatin1String(member), in.value(QLatin1String(member)));
    }
    set.insert(QStringLiteral("_EventDestinations"), QJsonArray());
    m_context.configurationSets.save(set);
    return QJsonObject();
}

JsonOutcome ConfigurationSetOperations::get(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "ConfigurationSetName");
    const std::optional<QJsonObject> set = m_context.configurationSets.find(name);
    if (!set)
        return notFound(name);
    return ConfigurationSetRepository::publicView(*set);
}

JsonOutcome ConfigurationSetOperations::list(const OperationCall &call)
{
    const Outcome<PageRequest> request = PageToken::request(call.input, 100, 1000);
    if (!request)
        return request.error();
    const QList<QJsonObject> page = m_context.configurationSets.page(request->after, request->size + 1);
    QJsonArray names;
    for (qsizetype i = 0; i < page.size() && i < request->size; ++i)
        names.append(page.at(i).value(kSetName));
    QJsonObject out{{QStringLiteral("ConfigurationSets"), names}};
    if (page.size() > request->size)
        out.insert(
            QStringLiteral("NextToken"), PageToken::encode(page.at(request->size - 1).value(kSetName).toString()));
    return out;
}

JsonOutcome ConfigurationSetOperations::remove(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "ConfigurationSetName");
    if (!m_context.configurationSets.remove(name))
        return notFound(name);
    return QJsonObject();
}

JsonOutcome ConfigurationSetOperations::update(
    const OperationCall &call, const std::function<Check(QJsonObject &set)> &change)
{
    const QString name = Inputs::string(call.input, "ConfigurationSetName");
    std::optional<QJsonObject> set = m_context.configurationSets.find(name);
    if (!set)
        return notFound(name);
    if (const Check check = change(*set); !check)
        return check.error();
    m_context.configurationSets.save(*set);
    return QJsonObject();
}

JsonOutcome ConfigurationSetOperations::putArchiving(const OperationCall &call)
{
    return update(call, [&](QJsonObject &set) {
        if (Inputs::has(call.input, "ArchiveArn"))
            set.insert(QStringLiteral("ArchivingOptions"),
                QJsonObject{{QStringLiteral("ArchiveArn"), call.input.value(QLatin1String("ArchiveArn"))}});
        else
            set.remove(QStringLiteral("ArchivingOptions"));
        return passed();
    });
}

JsonOutcome ConfigurationSetOperations::putDelivery(const OperationCall &call)
{
    return update(call, [&](QJsonObject &set) {
        QJsonObject delivery;
        delivery.insert(QStringLiteral("TlsPolicy"),
            call.input.value(QLatin1String("TlsPolicy")).toString(QStringLiteral("OPTIONAL")));
        for (const char *member : {"SendingPoolName", "MaxDeliverySeconds"}) {
            if (Inputs::has(call.input, member))
                delivery.insert(QLatin1String(member), call.input.value(QLatin1String(member)));
        }
        if (const Check check = checkDelivery(delivery, call.now); !check)
            return check;
        set.insert(QStringLiteral("DeliveryOptions"), delivery);
        return passed();
    });
}

JsonOutcome ConfigurationSetOperations::putReputation(const OperationCall &call)
{
    return update(call, [&](QJsonObject &set) {
        QJsonObject reputation = set.value(QLatin1String("ReputationOptions")).toObject();
        reputation.insert(QStringLiteral("ReputationMetricsEnabled"),
            call.input.value(QLatin1String("ReputationMetricsEnabled")).toBool(false));
        set.insert(QStringLiteral("ReputationOptions"), reputation);
        return passed();
    });
}

JsonOutcome ConfigurationSetOperations::putSending(const OperationCall &call)
{
    return update(call, [&](QJsonObject &set) {
        set.insert(QStringLiteral("SendingOptions"),
            QJsonObject{
                {QStringLiteral("SendingEnabled"), call.input.value(QLatin1String("SendingEnabled")).toBool(false)}});
        return passed();
    });
}

JsonOutcome ConfigurationSetOperations::putSuppression(const OperationCall &call)
{
    return update(call, [&](QJsonObject &set) {
        QJsonObject suppression;
        QJsonArray reasons;
        for (const QString &reason : Inputs::strings(call.input, "SuppressedReasons")) {
            if (!reasons.contains(reason))
                reasons.append(reason);
        }
        suppression.insert(QStringLiteral("SuppressedReasons"), reasons);
        if (Inputs::has(call.input, "ValidationOptions"))
            suppression.insert(
                QStringLiteral("ValidationOptions"), call.input.value(QLatin1String("ValidationOptions")));
        set.insert(QStringLiteral("SuppressionOptions"), suppression);
        return passed();
    });
}

JsonOutcome ConfigurationSetOperations::putTracking(const OperationCall &call)
{
    return update(call, [&](QJsonObject &set) {
        if (!Inputs::has(call.input, "CustomRedirectDomain")) {
            set.remove(QStringLiteral("TrackingOptions"));
            return passed();
        }
        QJsonObject tracking{
            {QStringLiteral("CustomRedirectDomain"), call.input.value(QLatin1String("CustomRedirectDomain"))}};
        if (Inputs::has(call.input, "HttpsPolicy"))
            tracking.insert(QStringLiteral("HttpsPolicy"), call.input.value(QLatin1String("HttpsPolicy")));
        if (const Check check = checkTracking(tracking); !check)
            return check;
        set.insert(QStringLiteral("TrackingOptions"), tracking);
        return passed();
    });
}

JsonOutcome ConfigurationSetOperations::putVdm(const OperationCall &call)
{
    return update(call, [&](QJsonObject &set) {
        if (Inputs::has(call.input, "VdmOptions"))
            set.insert(QStringLiteral("VdmOptions"), call.input.value(QLatin1String("VdmOptions")));
        else
            set.remove(QStringLiteral("VdmOptions"));
        return passed();
    });
}

} // namespace Sandbox
