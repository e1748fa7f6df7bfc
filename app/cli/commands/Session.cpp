#include "app/cli/commands/Session.h"

#include "models/aws/CredentialsProvider.h"

#include "app/cli/commands/CliEnvironment.h"
#include "app/cli/commands/GlobalOptions.h"

namespace Cli
{

Session::~Session() = default;

Aws::Result<std::shared_ptr<Session>> Session::create(const GlobalOptions &options, const CliEnvironment &environment)
{
    // Interim resolution (options and AWS_* variables) until the profile resolver lands.
    const QProcessEnvironment &env = environment.env;
    Aws::Credentials credentials;
    credentials.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    credentials.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    credentials.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN"));
    if (!credentials.isValid())
        return Aws::AwsError::local(Aws::AwsError::Kind::Credentials,
            QStringLiteral("NoCredentials"),
            QStringLiteral("Unable to locate credentials."));
    Aws::ClientConfig config;
    config.region = options.region;
    if (config.region.isEmpty())
        config.region = env.value(QStringLiteral("AWS_REGION"), env.value(QStringLiteral("AWS_DEFAULT_REGION")));
    if (config.region.isEmpty())
        return Aws::AwsError::local(Aws::AwsError::Kind::Configuration,
            QStringLiteral("NoRegion"),
            QStringLiteral("You must specify a region."));
    config.endpointOverride = options.endpointUrl;
    if (!config.endpointOverride.isValid() && env.contains(QStringLiteral("AWS_ENDPOINT_URL")))
        config.endpointOverride = QUrl(env.value(QStringLiteral("AWS_ENDPOINT_URL")));
    if (env.contains(QStringLiteral("AWS_ENDPOINT_URL_SESV2")) && !options.endpointUrl.isValid())
        config.serviceEndpoints.insert(
            QStringLiteral("sesv2"), QUrl(env.value(QStringLiteral("AWS_ENDPOINT_URL_SESV2"))));

    std::shared_ptr<Session> session(new Session);
    auto provider = std::make_shared<Aws::StaticCredentialsProvider>(credentials, QStringLiteral("environment"));
    session->m_aws = std::make_unique<Aws::AwsClient>(environment.network, provider, environment.clock, config);
    session->m_ses = std::make_unique<Ses::SesClient>(session->m_aws.get());
    session->m_description
        = QStringLiteral("%1, %2").arg(config.region, session->m_aws->endpointFor(QStringLiteral("sesv2")).toString());
    return session;
}

} // namespace Cli
