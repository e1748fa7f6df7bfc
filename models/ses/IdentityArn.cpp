#include "models/ses/IdentityArn.h"

#include "models/aws/AwsRequest.h"
#include "models/aws/AwsResponse.h"
#include "models/aws/XmlNode.h"
#include "models/ses/SesClient.h"

namespace Ses
{

QString IdentityArn::Caller::partition() const
{
    const QStringList parts = arn.split(QLatin1Char(':'));
    return parts.size() > 1 && !parts.at(1).isEmpty() ? parts.at(1) : QStringLiteral("aws");
}

QString IdentityArn::make(
    const QString &partition, const QString &region, const QString &accountId, const QString &name)
{
    return QStringLiteral("arn:%1:ses:%2:%3:identity/%4").arg(partition, region, accountId, name);
}

QString IdentityArn::partitionForRegion(const QString &region)
{
    if (region.startsWith(QLatin1String("cn-")))
        return QStringLiteral("aws-cn");
    if (region.startsWith(QLatin1String("us-gov-")))
        return QStringLiteral("aws-us-gov");
    if (region.startsWith(QLatin1String("us-iso-")))
        return QStringLiteral("aws-iso");
    if (region.startsWith(QLatin1String("us-isob-")))
        return QStringLiteral("aws-iso-b");
    return QStringLiteral("aws");
}

Aws::Result<IdentityArn::Caller> IdentityArn::parseCaller(const Aws::AwsResponse &response)
{
    const Aws::Result<Aws::XmlNode> parsed = Aws::XmlNode::parse(response.body);
    if (!parsed.ok())
        return parsed.error();
    const Aws::XmlNode &result = parsed.value().child(QStringLiteral("GetCallerIdentityResult"));
    Caller caller;
    caller.account = result.child(QStringLiteral("Account")).text.trimmed();
    caller.arn = result.child(QStringLiteral("Arn")).text.trimmed();
    if (caller.account.isEmpty())
        return Aws::AwsError::local(Aws::AwsError::Kind::Parse,
            QStringLiteral("MalformedResponse"),
            tr("The GetCallerIdentity answer holds no account id."));
    return caller;
}

Aws::AwsJob *IdentityArn::fetchCaller(
    SesClient *client, QObject *context, std::function<void(Aws::Result<Caller>)> done)
{
    Aws::AwsRequest request = Aws::AwsRequest::queryCall(QStringLiteral("sts"),
        QStringLiteral("sts"),
        QStringLiteral("GetCallerIdentity"),
        QStringLiteral("2011-06-15"),
        {});
    request.kind = Aws::CallKind::Unthrottled;
    return client->call<Caller>(std::move(request), context, &IdentityArn::parseCaller, std::move(done));
}

} // namespace Ses
