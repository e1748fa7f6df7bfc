#include "models/ses/StatisticsScopeResolver.h"

#include <QLoggingCategory>
#include <QPointer>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/CallerIdentityClient.h"

Q_LOGGING_CATEGORY(lcStatisticsScope, "sesdesk.ses.statistics")

namespace Ses
{

StatisticsScopeResolver::StatisticsScopeResolver(Aws::AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void StatisticsScopeResolver::resolve(QObject *context, std::function<void(StatisticsScope)> done)
{
    auto *sts = new CallerIdentityClient(m_client, this);
    QPointer<QObject> guard(context);
    sts->getCallerIdentity(this, [this, sts, guard, done](Aws::Result<CallerIdentity> identity) {
        sts->deleteLater();
        if (!guard)
            return;
        if (identity.ok()) {
            done(StatisticsScope::forAccount(
                identity.value().account, m_client->config().region, m_client->endpointFor(QStringLiteral("ses"))));
            return;
        }
        if (identity.isError())
            qCDebug(lcStatisticsScope) << "GetCallerIdentity failed, keying history by access key:"
                                      << identity.error().code;
        fallBack(guard, done);
    });
}

void StatisticsScopeResolver::fallBack(QObject *context, std::function<void(StatisticsScope)> done)
{
    QPointer<QObject> guard(context);
    m_client->credentialsProvider()->fetch(this, [this, guard, done](Aws::Result<Aws::Credentials> credentials) {
        if (!guard)
            return;
        if (!credentials.ok()) {
            done(StatisticsScope());
            return;
        }
        done(StatisticsScope::forAccessKey(
            credentials.value().accessKeyId, m_client->config().region, m_client->endpointFor(QStringLiteral("ses"))));
    });
}

} // namespace Ses
