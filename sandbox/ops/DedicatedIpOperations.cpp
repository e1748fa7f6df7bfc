#include "sandbox/ops/DedicatedIpOperations.h"

#include <QJsonArray>

#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/AccountRepository.h"
#include "sandbox/state/DedicatedIpRepository.h"
#include "sandbox/state/NameRules.h"
#include "sandbox/state/PageToken.h"

namespace Sandbox
{

namespace
{

ServiceError poolNotFound(const QString &name)
{
    return ServiceError::notFound(QStringLiteral("Dedicated IP pool <%1> does not exist.").arg(name));
}

ServiceError ipNotFound(const QString &ip)
{
    return ServiceError::notFound(QStringLiteral("Dedicated IP <%1> does not exist in this account.").arg(ip));
}

} // namespace

DedicatedIpOperations::DedicatedIpOperations(SandboxContext &context)
    : m_context(context)
{
}

void DedicatedIpOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("CreateDedicatedIpPool"), this, &DedicatedIpOperations::createPool);
    registry.add(QStringLiteral("GetDedicatedIpPool"), this, &DedicatedIpOperations::getPool);
    registry.add(QStringLiteral("ListDedicatedIpPools"), this, &DedicatedIpOperations::listPools);
    registry.add(QStringLiteral("DeleteDedicatedIpPool"), this, &DedicatedIpOperations::deletePool);
    registry.add(QStringLiteral("PutDedicatedIpPoolScalingAttributes"), this, &DedicatedIpOperations::putPoolScaling);
    registry.add(QStringLiteral("GetDedicatedIp"), this, &DedicatedIpOperations::getIp);
    registry.add(QStringLiteral("GetDedicatedIps"), this, &DedicatedIpOperations::getIps);
    registry.add(QStringLiteral("PutDedicatedIpInPool"), this, &DedicatedIpOperations::putIpInPool);
    registry.add(QStringLiteral("PutDedicatedIpWarmupAttributes"), this, &DedicatedIpOperations::putIpWarmup);
}

bool DedicatedIpOperations::autoWarmup(const QDateTime &now) const
{
    return m_context.account.load(now).value(QLatin1String("DedicatedIpAutoWarmupEnabled")).toBool(true);
}

JsonOutcome DedicatedIpOperations::createPool(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "PoolName");
    if (const Check check = NameRules::poolName(name); !check)
        return check.error();
    if (name == DedicatedIpRepository::defaultPoolName() || m_context.dedicatedIps.findPool(name))
        return ServiceError::alreadyExists(QStringLiteral("Dedicated IP pool <%1> already exists.").arg(name));
    if (m_context.dedicatedIps.poolCount() >= DedicatedIpRepository::kMaxPools) {
        return ServiceError::limitExceeded(
            QStringLiteral("Maximum number of dedicated IP pools (%1) reached for this account in this region.")
                .arg(DedicatedIpRepository::kMaxPools));
    }
    const QJsonArray tags = call.input.value(QLatin1String("Tags")).toArray();
    if (const Check check = NameRules::tags(tags); !check)
        return check.error();
    m_context.dedicatedIps.savePool(QJsonObject{
        {QStringLiteral("PoolName"), name},
        {QStringLiteral("ScalingMode"),
            call.input.value(QLatin1String("ScalingMode")).toString(QStringLiteral("STANDARD"))},
        {QStringLiteral("Tags"), tags},
    });
    return QJsonObject();
}

JsonOutcome DedicatedIpOperations::getPool(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "PoolName");
    const std::optional<QJsonObject> pool = m_context.dedicatedIps.findPool(name);
    if (!pool)
        return poolNotFound(name);
    return QJsonObject{{QStringLiteral("DedicatedIpPool"),
        QJsonObject{{QStringLiteral("PoolName"), name},
            {QStringLiteral("ScalingMode"), pool->value(QLatin1String("ScalingMode"))}}}};
}

JsonOutcome DedicatedIpOperations::listPools(const OperationCall &call)
{
    const Outcome<PageRequest> request = PageToken::request(call.input, 100, 1000);
    if (!request)
        return request.error();
    const QList<QJsonObject> page = m_context.dedicatedIps.pagePools(request->after, request->size + 1);
    QJsonArray names;
    for (qsizetype i = 0; i < page.size() && i < request->size; ++i)
        names.append(page.at(i).value(QLatin1String("PoolName")));
    QJsonObject out{{QStringLiteral("DedicatedIpPools"), names}};
    if (page.size() > request->size)
        out.insert(QStringLiteral("NextToken"),
            PageToken::encode(page.at(request->size - 1).value(QLatin1String("PoolName")).toString()));
    return out;
}

JsonOutcome DedicatedIpOperations::deletePool(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "PoolName");
    if (!m_context.dedicatedIps.removePool(name))
        return poolNotFound(name);
    // Its IPs go back to the default pool.
    for (QJsonObject ip : m_context.dedicatedIps.pageIps(QString(), -1, name)) {
        ip.remove(QStringLiteral("PoolName"));
        m_context.dedicatedIps.saveIp(ip);
    }
    return QJsonObject();
}

JsonOutcome DedicatedIpOperations::putPoolScaling(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "PoolName");
    std::optional<QJsonObject> pool = m_context.dedicatedIps.findPool(name);
    if (!pool)
        return poolNotFound(name);
    const QString mode = Inputs::string(call.input, "ScalingMode");
    if (pool->value(QLatin1String("ScalingMode")).toString() == QLatin1String("MANAGED")
        && mode == QLatin1String("STANDARD"))
        return ServiceError::badRequest(
            QStringLiteral("A managed dedicated IP pool cannot be converted back to a standard pool."));
    pool->insert(QStringLiteral("ScalingMode"), mode);
    m_context.dedicatedIps.savePool(*pool);
    return QJsonObject();
}

JsonOutcome DedicatedIpOperations::getIp(const OperationCall &call)
{
    const QString ip = Inputs::string(call.input, "Ip");
    const std::optional<QJsonObject> stored = m_context.dedicatedIps.findIp(ip);
    if (!stored)
        return ipNotFound(ip);
    return QJsonObject{
        {QStringLiteral("DedicatedIp"), DedicatedIpRepository::ipView(*stored, call.now, autoWarmup(call.now))}};
}

JsonOutcome DedicatedIpOperations::getIps(const OperationCall &call)
{
    const QString pool = Inputs::string(call.input, "PoolName");
    if (!pool.isEmpty() && !m_context.dedicatedIps.findPool(pool))
        return poolNotFound(pool);
    const Outcome<PageRequest> request = PageToken::request(call.input, 100, 1000);
    if (!request)
        return request.error();
    const bool warmup = autoWarmup(call.now);
    const QList<QJsonObject> page = m_context.dedicatedIps.pageIps(request->after, request->size + 1, pool);
    QJsonArray ips;
    for (qsizetype i = 0; i < page.size() && i < request->size; ++i)
        ips.append(DedicatedIpRepository::ipView(page.at(i), call.now, warmup));
    QJsonObject out{{QStringLiteral("DedicatedIps"), ips}};
    if (page.size() > request->size) {
        out.insert(QStringLiteral("NextToken"),
            PageToken::encode(
                DedicatedIpRepository::keyFor(page.at(request->size - 1).value(QLatin1String("Ip")).toString())));
    }
    return out;
}

JsonOutcome DedicatedIpOperations::putIpInPool(const OperationCall &call)
{
    const QString ip = Inputs::string(call.input, "Ip");
    std::optional<QJsonObject> stored = m_context.dedicatedIps.findIp(ip);
    if (!stored)
        return ipNotFound(ip);
    const QString pool = Inputs::string(call.input, "DestinationPoolName");
    if (pool == DedicatedIpRepository::defaultPoolName()) {
        stored->remove(QStringLiteral("PoolName"));
    } else {
        const std::optional<QJsonObject> destination = m_context.dedicatedIps.findPool(pool);
        if (!destination)
            return poolNotFound(pool);
        if (destination->value(QLatin1String("ScalingMode")).toString() == QLatin1String("MANAGED"))
            return ServiceError::badRequest(
                QStringLiteral("Dedicated IPs cannot be moved into the managed pool <%1>.").arg(pool));
        stored->insert(QStringLiteral("PoolName"), pool);
    }
    m_context.dedicatedIps.saveIp(*stored);
    return QJsonObject();
}

JsonOutcome DedicatedIpOperations::putIpWarmup(const OperationCall &call)
{
    const QString ip = Inputs::string(call.input, "Ip");
    std::optional<QJsonObject> stored = m_context.dedicatedIps.findIp(ip);
    if (!stored)
        return ipNotFound(ip);
    const int percentage = call.input.value(QLatin1String("WarmupPercentage")).toInt();
    if (percentage < 0 || percentage > 100)
        return ServiceError::badRequest(QStringLiteral("WarmupPercentage must be between 0 and 100."));
    DedicatedIpRepository::setWarmup(*stored, percentage, call.now);
    m_context.dedicatedIps.saveIp(*stored);
    return QJsonObject();
}

} // namespace Sandbox
