#include "models/ses/StatisticsScope.h"

#include <QCryptographicHash>

#include "models/aws/AwsClient.h"

namespace Ses
{

QString StatisticsScope::endpointKey(const QUrl &endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return {};
    const QString host = endpoint.host().toLower();
    if (host.endsWith(QLatin1String(".amazonaws.com")) || host.endsWith(QLatin1String(".amazonaws.com.cn")))
        return {};
    QUrl u;
    u.setScheme(endpoint.scheme().toLower());
    u.setHost(host);
    if (!Aws::AwsClient::isLoopbackHost(host) && endpoint.port() > 0)
        u.setPort(endpoint.port());
    return u.toString();
}

StatisticsScope StatisticsScope::make(
    const QString &owner, const QString &accountId, const QString &region, const QUrl &endpoint)
{
    StatisticsScope s;
    if (owner.isEmpty() || region.isEmpty())
        return s;
    s.m_accountId = accountId;
    s.m_region = region;
    s.m_endpoint = endpointKey(endpoint);
    s.m_key = owner + QLatin1Char('/') + region;
    if (!s.m_endpoint.isEmpty())
        s.m_key += QLatin1Char('@') + s.m_endpoint;
    return s;
}

StatisticsScope StatisticsScope::forAccount(const QString &accountId, const QString &region, const QUrl &endpoint)
{
    return make(accountId, accountId, region, endpoint);
}

StatisticsScope StatisticsScope::forAccessKey(const QString &accessKeyId, const QString &region, const QUrl &endpoint)
{
    if (accessKeyId.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(accessKeyId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return make(QStringLiteral("key-") + QString::fromLatin1(digest.left(16)), {}, region, endpoint);
}

} // namespace Ses
