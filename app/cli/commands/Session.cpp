#include "app/cli/commands/Session.h"

#include <QCoreApplication>

#include "models/aws/CredentialsProvider.h"
#include "models/aws/ProfileResolver.h"

#include "app/cli/commands/CliEnvironment.h"
#include "app/cli/commands/GlobalOptions.h"
#include "sandbox/SandboxServer.h"

namespace Cli
{

Session::~Session() = default;

Aws::Result<std::shared_ptr<Session>> Session::createSandbox(
    const GlobalOptions &options, const CliEnvironment &environment)
{
    // An embedded SesDesk Sandbox on a free loopback port, in memory, with the demo account;
    // reached through the same signed client as a real account.
    Sandbox::SandboxConfig config;
    config.port = 0;
    config.demoData = true;
    if (!options.region.isEmpty())
        config.region = options.region;
    auto server = std::make_shared<Sandbox::SandboxServer>(config, *environment.clock);
    QString error;
    if (!server->start(&error))
        return Aws::AwsError::local(Aws::AwsError::Kind::Configuration,
            QStringLiteral("SandboxUnavailable"),
            QCoreApplication::translate("Cli::Session", "Cannot start the embedded SesDesk Sandbox: %1").arg(error));

    Aws::ClientConfig clientConfig;
    clientConfig.region = server->region();
    clientConfig.endpointOverride = server->url();
    clientConfig.managementRatePerSecond = 0; // a local Sandbox has no API rate limit to respect
    std::shared_ptr<Session> session(new Session);
    session->m_aws = std::make_unique<Aws::AwsClient>(environment.network,
        std::make_shared<Aws::StaticCredentialsProvider>(server->credentials(), QStringLiteral("embedded Sandbox")),
        environment.clock,
        clientConfig);
    session->m_ses = std::make_unique<Ses::SesClient>(session->m_aws.get());
    session->m_description
        = QCoreApplication::translate("Cli::Session", "local SesDesk Sandbox (demo account), region %1, %2")
              .arg(server->region(), server->url().toString());
    session->m_keepAlive = server;
    return session;
}

Aws::Result<std::shared_ptr<Session>> Session::create(const GlobalOptions &options, const CliEnvironment &environment)
{
    if (options.sandbox)
        return createSandbox(options, environment);
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
