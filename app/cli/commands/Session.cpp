#include "app/cli/commands/Session.h"

#include "models/aws/CredentialsProvider.h"
#include "models/aws/ProfileResolver.h"

#include "app/cli/commands/CliEnvironment.h"
#include "app/cli/commands/GlobalOptions.h"

namespace Cli
{

Session::~Session() = default;

Aws::Result<std::shared_ptr<Session>> Session::create(const GlobalOptions &options, const CliEnvironment &environment)
{
    Aws::ProfileResolver resolver(environment.env, environment.homeDir, environment.network, environment.clock);
    Aws::ResolveOptions resolve;
    resolve.profile = options.profile;
    resolve.region = options.region;
    resolve.endpointUrl = options.endpointUrl;
    auto resolved = resolver.resolve(resolve);
    if (!resolved.ok())
        return resolved.error();
    Aws::ResolvedProfile profile = std::move(resolved).value();
    if (profile.region.isEmpty())
        return Aws::AwsError::local(Aws::AwsError::Kind::Configuration,
            QStringLiteral("NoRegion"),
            QStringLiteral("You must specify a region: --region, AWS_REGION, or region in the "
                           "profile \"%1\".")
                .arg(profile.profileName));

    std::shared_ptr<Session> session(new Session);
    session->m_aws = std::make_unique<Aws::AwsClient>(
        environment.network, profile.credentials, environment.clock, profile.clientConfig);
    session->m_ses = std::make_unique<Ses::SesClient>(session->m_aws.get());
    session->m_description = QStringLiteral("profile %1 (credentials from %2), region %3, %4")
                                 .arg(profile.profileName,
                                     profile.credentialSource,
                                     profile.region,
                                     session->m_aws->endpointFor(QStringLiteral("sesv2")).toString());
    return session;
}

} // namespace Cli
