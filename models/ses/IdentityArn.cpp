#include "models/ses/IdentityArn.h"

#include <QStringList>

#include "models/ses/SesClient.h"

namespace Ses
{

QString IdentityArn::make(
    const QString &partition, const QString &region, const QString &accountId, const QString &name)
{
    return QStringLiteral("arn:%1:ses:%2:%3:identity/%4").arg(partition, region, accountId, name);
}

QString IdentityArn::partitionOf(const CallerIdentity &caller, const QString &region)
{
    const QStringList parts = caller.arn.split(QLatin1Char(':'));
    return parts.size() > 1 && parts.first() == QLatin1String("arn") && !parts.at(1).isEmpty()
        ? parts.at(1)
        : partitionForRegion(region);
}

QString IdentityArn::partitionForRegion(const QString &region)
{
    if (region.startsWith(QLatin1String("cn-")))
        return QStringLiteral("aws-cn");
    if (region.startsWith(QLatin1String("us-gov-")))
        return QStringLiteral("aws-us-gov");
    if (region.startsWith(QLatin1String("us-isob-")))
        return QStringLiteral("aws-iso-b");
    if (region.startsWith(QLatin1String("us-iso-")))
        return QStringLiteral("aws-iso");
    return QStringLiteral("aws");
}

Aws::AwsJob *IdentityArn::fetchCaller(
    SesClient *client, QObject *context, std::function<void(Aws::Result<CallerIdentity>)> done)
{
    return client->call<CallerIdentity>(
        CallerIdentityClient::request(), context, &CallerIdentityClient::parse, std::move(done));
}

} // namespace Ses
