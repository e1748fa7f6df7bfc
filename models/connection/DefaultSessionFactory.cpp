#include "models/connection/DefaultSessionFactory.h"

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/connection/AwsProfileSource.h"
#include "models/connection/SandboxLauncher.h"
#include "models/connection/SecretStore.h"
#include "models/connection/SesDeskProfileStore.h"
#include "models/connection/Session.h"

namespace Connection
{

namespace
{
const QString DefaultRegion = QStringLiteral("us-east-1");

Aws::AwsError configurationError(const QString &code, const QString &message)
{
    return Aws::AwsError::local(Aws::AwsError::Kind::Configuration, code, message);
}
} // namespace

DefaultSessionFactory::DefaultSessionFactory(Dependencies dependencies)
    : m_deps(dependencies)
{
}

QString DefaultSessionFactory::sandboxDisplayName()
{
    return tr("Local Sandbox");
}

void DefaultSessionFactory::open(const ProfileRef &profile, const QString &region, QObject *context, Callback done)
{
    switch (profile.kind) {
    case ProfileRef::Kind::Sandbox:
        openSandbox(region, context, std::move(done));
        return;
    case ProfileRef::Kind::AwsCli:
        openAwsCli(profile, region, context, std::move(done));
        return;
    case ProfileRef::Kind::SesDesk:
        openSesDesk(profile, region, context, std::move(done));
        return;
    }
}

void DefaultSessionFactory::openSandbox(const QString &region, QObject *context, Callback done)
{
    if (!m_deps.sandbox) {
        done(configurationError(QStringLiteral("SandboxUnavailable"), tr("This build has no Local Sandbox.")));
        return;
    }
    const QString wanted = region.isEmpty() ? DefaultRegion : region;
    m_deps.sandbox->start(wanted, context, [this, done = std::move(done)](Aws::Result<SandboxEndpoint> endpoint) {
        if (!endpoint.ok()) {
            done(endpoint.isError() ? Aws::Result<std::shared_ptr<Session>>(endpoint.error())
                                    : Aws::Result<std::shared_ptr<Session>>::cancelled());
            return;
        }
        ResolvedConnection resolved;
        resolved.config.region = endpoint->region;
        resolved.config.endpointOverride = endpoint->url;
        resolved.config.managementRatePerSecond = 0; // a local server needs no pacing
        resolved.credentials
            = std::make_shared<Aws::StaticCredentialsProvider>(endpoint->credentials, QStringLiteral("Local Sandbox"));
        resolved.credentialSource = tr("the Local Sandbox's own keys");
        done(makeSession(ProfileRef::sandbox(), sandboxDisplayName(), std::move(resolved)));
    });
}

void DefaultSessionFactory::openAwsCli(
    const ProfileRef &profile, const QString &region, QObject *context, Callback done)
{
    if (!m_deps.awsProfiles) {
        done(configurationError(QStringLiteral("ProfileNotFound"), tr("AWS CLI profiles are not available.")));
        return;
    }
    m_deps.awsProfiles->resolve(
        profile.name, region, context, [this, profile, done = std::move(done)](Aws::Result<ResolvedConnection> r) {
            if (!r.ok()) {
                done(r.isError() ? Aws::Result<std::shared_ptr<Session>>(r.error())
                                 : Aws::Result<std::shared_ptr<Session>>::cancelled());
                return;
            }
            ResolvedConnection resolved = std::move(r).value();
            if (resolved.config.region.isEmpty())
                resolved.config.region = DefaultRegion;
            const QString name = profile.name.isEmpty() ? tr("default (environment)") : profile.name;
            done(makeSession(profile, name, std::move(resolved)));
        });
}

void DefaultSessionFactory::openSesDesk(
    const ProfileRef &profile, const QString &region, QObject *context, Callback done)
{
    const std::optional<SesDeskProfile> stored = m_deps.profiles ? m_deps.profiles->find(profile.name) : std::nullopt;
    if (!stored) {
        done(configurationError(
            QStringLiteral("ProfileNotFound"), tr("The SesDesk profile “%1” does not exist.").arg(profile.name)));
        return;
    }
    m_deps.secrets->read(SesDeskProfile::secretKey(profile.name),
        context,
        [this, profile, region, p = *stored, done = std::move(done)](Aws::Result<QString> secret) {
            if (!secret.ok()) {
                if (secret.isCancelled()) {
                    done(Aws::Result<std::shared_ptr<Session>>::cancelled());
                    return;
                }
                const bool missing = secret.error().code == SecretStore::NotFoundCode;
                done(Aws::AwsError::local(Aws::AwsError::Kind::Credentials,
                    missing ? QStringLiteral("SecretNotFound") : secret.error().code,
                    missing ? tr("The secret access key of profile “%1” is not stored (without a keyring it is kept "
                                 "only until SesDesk quits). Enter it again under Profiles.")
                                  .arg(p.name)
                            : tr("The keyring did not give the secret access key of profile “%1”: %2")
                                  .arg(p.name, secret.error().message)));
                return;
            }
            Aws::Credentials credentials;
            credentials.accessKeyId = p.accessKeyId;
            credentials.secretAccessKey = secret.value();
            ResolvedConnection resolved;
            resolved.config.region = region.isEmpty() ? p.region : region;
            if (!p.endpoint.isEmpty())
                resolved.config.endpointOverride = p.endpoint;
            resolved.credentials = std::make_shared<Aws::StaticCredentialsProvider>(
                credentials, QStringLiteral("SesDesk profile %1").arg(p.name));
            resolved.credentialSource = tr("SesDesk profile %1").arg(p.name);
            done(makeSession(profile, p.name, std::move(resolved)));
        });
}

std::shared_ptr<Session> DefaultSessionFactory::makeSession(
    const ProfileRef &profile, const QString &displayName, ResolvedConnection resolved) const
{
    Session::Description description{profile, displayName, resolved.config.region, resolved.credentialSource};
    auto aws = std::make_unique<Aws::AwsClient>(
        m_deps.network, std::move(resolved.credentials), m_deps.clock, std::move(resolved.config));
    return std::make_shared<Session>(std::move(description), std::move(aws));
}

} // namespace Connection
