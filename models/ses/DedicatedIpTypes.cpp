#include "models/ses/DedicatedIpTypes.h"

#include <QJsonArray>

namespace Ses
{

DedicatedIpPool DedicatedIpPool::fromJson(const QJsonObject &json)
{
    return DedicatedIpPool{
        json.value(QLatin1String("PoolName")).toString(), json.value(QLatin1String("ScalingMode")).toString()};
}

DedicatedIp DedicatedIp::fromJson(const QJsonObject &json)
{
    DedicatedIp ip;
    ip.ip = json.value(QLatin1String("Ip")).toString();
    ip.warmupStatus = json.value(QLatin1String("WarmupStatus")).toString();
    ip.warmupPercentage = json.value(QLatin1String("WarmupPercentage")).toInt(-1);
    ip.poolName = json.value(QLatin1String("PoolName")).toString();
    return ip;
}

QJsonObject CreateDedicatedIpPoolRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("PoolName"), poolName}};
    if (!scalingMode.isEmpty())
        json.insert(QStringLiteral("ScalingMode"), scalingMode);
    if (!tags.isEmpty()) {
        QJsonArray array;
        for (const Tag &t : tags)
            array.append(QJsonObject{{QStringLiteral("Key"), t.key}, {QStringLiteral("Value"), t.value}});
        json.insert(QStringLiteral("Tags"), array);
    }
    return json;
}

} // namespace Ses
