#include "tests/gui/support/LoopbackSessionFactory.h"

#include <QTimer>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/connection/Session.h"

namespace TestSupport
{

LoopbackSessionFactory::LoopbackSessionFactory(QNetworkAccessManager *network)
    : m_network(network)
{
}

void LoopbackSessionFactory::addProfile(
    const Connection::ProfileRef &profile, const QString &displayName, const QUrl &endpoint)
{
    m_targets.insert(profile.key(), {displayName, endpoint, {}, {}});
}

void LoopbackSessionFactory::failProfile(
    const Connection::ProfileRef &profile, const QString &code, const QString &message)
{
    m_targets.insert(profile.key(), {profile.name, {}, code, message});
}

void LoopbackSessionFactory::open(
    const Connection::ProfileRef &profile, const QString &region, QObject *context, Callback done)
{
    ++m_opened;
    const Target target = m_targets.value(profile.key());
    QTimer::singleShot(0, context, [this, profile, region, target, done = std::move(done)] {
        if (target.endpoint.isEmpty()) {
            done(Aws::AwsError::local(Aws::AwsError::Kind::Configuration,
                target.errorCode.isEmpty() ? QStringLiteral("ProfileNotFound") : target.errorCode,
                target.errorMessage.isEmpty() ? QStringLiteral("No such test profile") : target.errorMessage));
            return;
        }
        Aws::ClientConfig config;
        config.region = region.isEmpty() ? QStringLiteral("us-east-1") : region;
        config.endpointOverride = target.endpoint;
        config.managementRatePerSecond = 0;
        Aws::Credentials credentials{testAccessKeyId(), testSecret(), {}, {}};
        auto aws = std::make_unique<Aws::AwsClient>(m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(credentials, QStringLiteral("test")),
            &m_clock,
            config);
        Connection::Session::Description description{
            profile, target.displayName, config.region, QStringLiteral("test keys")};
        done(std::make_shared<Connection::Session>(std::move(description), std::move(aws)));
    });
}

} // namespace TestSupport
