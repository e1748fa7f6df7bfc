#include "models/connection/ResolverProfileSource.h"

#include "models/aws/AwsSharedConfig.h"

namespace Connection
{

ResolverProfileSource::ResolverProfileSource(
    QProcessEnvironment environment, QString homeDir, QNetworkAccessManager *network, const Aws::Clock *clock)
    : m_env(std::move(environment))
    , m_home(std::move(homeDir))
    , m_resolver(m_env, m_home, network, clock)
{
}

Aws::Result<QStringList> ResolverProfileSource::profileNames() const
{
    return m_resolver.profileNames();
}

QString ResolverProfileSource::profileRegion(const QString &profile) const
{
    const QString envRegion
        = m_env.value(QStringLiteral("AWS_REGION"), m_env.value(QStringLiteral("AWS_DEFAULT_REGION")));
    if (profile.isEmpty())
        return envRegion;
    const Aws::Result<Aws::AwsSharedConfig> files = m_resolver.loadFiles();
    if (!files.ok())
        return envRegion;
    const QString region = files.value().profile(profile).value(QStringLiteral("region"));
    return region.isEmpty() ? envRegion : region;
}

bool ResolverProfileSource::hasEnvironmentCredentials() const
{
    return !m_env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty()
        && !m_env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).isEmpty();
}

void ResolverProfileSource::resolve(
    const QString &profile, const QString &region, QObject *context, ResolveCallback done)
{
    Aws::ResolveOptions options;
    options.profile = profile;
    options.region = region;
    m_resolver.resolveAsync(options, context, [done = std::move(done)](Aws::Result<Aws::ResolvedProfile> r) {
        if (!r.ok()) {
            done(r.isError() ? Aws::Result<ResolvedConnection>(r.error())
                             : Aws::Result<ResolvedConnection>::cancelled());
            return;
        }
        ResolvedConnection out;
        out.config = r.value().clientConfig;
        out.credentials = r.value().credentials;
        out.credentialSource = r.value().credentialSource;
        done(std::move(out));
    });
}

} // namespace Connection
