#include "sandbox/state/ResourceArn.h"

#include <QStringList>

namespace Sandbox
{

QString ResourceArn::toString() const
{
    return QStringLiteral("arn:%1:ses:%2:%3:%4/%5").arg(partition, region, accountId, resourceType, resourceName);
}

std::optional<ResourceArn> ResourceArn::parse(const QString &text)
{
    // arn:partition:service:region:account:resource — the resource part may itself contain ':'.
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 6 || parts.at(0) != QLatin1String("arn") || parts.at(2) != QLatin1String("ses"))
        return std::nullopt;
    const QString resource = parts.mid(5).join(QLatin1Char(':'));
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == resource.size() - 1)
        return std::nullopt;
    ResourceArn arn;
    arn.partition = parts.at(1);
    arn.region = parts.at(3);
    arn.accountId = parts.at(4);
    arn.resourceType = resource.left(slash);
    arn.resourceName = resource.mid(slash + 1);
    return arn;
}

QString ResourceArn::make(const QString &region, const QString &accountId, const QString &type, const QString &name)
{
    ResourceArn arn;
    arn.region = region;
    arn.accountId = accountId;
    arn.resourceType = type;
    arn.resourceName = name;
    return arn.toString();
}

} // namespace Sandbox
