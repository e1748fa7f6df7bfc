#include "models/aws/ProfileResolver.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include "models/aws/AssumeRoleCredentialsProvider.h"
#include "models/aws/AwsSharedConfig.h"
#include "models/aws/CredentialsLog.h"
#include "models/aws/CredentialsProvider.h"
#include "models/aws/ProcessCredentialsProvider.h"

namespace Aws
{

namespace
{

const QString kAwsProfile = QStringLiteral("AWS_PROFILE");
const QString kAwsDefaultProfile = QStringLiteral("AWS_DEFAULT_PROFILE");

struct ServiceInfo {
    const char *key; ///< ClientConfig::serviceEndpoints key
    const char *envSuffix; ///< AWS_ENDPOINT_URL_<suffix>
    const char *configKey; ///< key in a [services] section
};

// botocore derives the names from the service id: "SESv2" -> SESV2/sesv2, "Route 53" -> ROUTE_53/route_53.
constexpr ServiceInfo kServices[] = {
    {"sesv2", "SESV2", "sesv2"},
    {"ses", "SES", "ses"},
    {"cloudwatch", "CLOUDWATCH", "cloudwatch"},
    {"sts", "STS", "sts"},
    {"route53", "ROUTE_53", "route_53"},
};

AwsError configError(const QString &code, const QString &message)
{
    return AwsError::local(AwsError::Kind::Configuration, code, message);
}

AwsError credentialsError(const QString &code, const QString &message)
{
    return AwsError::local(AwsError::Kind::Credentials, code, message);
}

SettingSource fileSource(const AwsConfigFile *file)
{
    if (!file)
        return {};
    return {file->kind() == AwsConfigFile::Kind::Config ? SettingSource::Kind::ConfigFile
                                                        : SettingSource::Kind::CredentialsFile,
        file->displayPath()};
}

bool hasStaticCredentials(const AwsConfigSection &profile)
{
    return profile.contains(QStringLiteral("aws_secret_access_key"))
        || profile.contains(QStringLiteral("aws_access_key_id"));
}

bool hasAssumeRoleSettings(const AwsConfigSection &profile)
{
    // A profile with web_identity_token_file belongs to the web identity provider, as in botocore.
    return profile.contains(QStringLiteral("role_arn")) && !profile.contains(QStringLiteral("web_identity_token_file"));
}

bool isTrue(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

/// An endpoint URL must be http(s) with a host; the text is shown without user info.
std::optional<QUrl> parseEndpoint(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return std::nullopt;
    return url;
}

} // namespace

struct ProfileResolver::Context {
    const AwsSharedConfig &files;
    ClientConfig stsConfig;
    bool explicitProfile = false;
    QStringList visited;
};

ProfileResolver::ProfileResolver(
    QProcessEnvironment environment, QString homeDir, QNetworkAccessManager *network, const Clock *clock)
    : m_env(std::move(environment))
    , m_home(std::move(homeDir))
    , m_network(network)
    , m_clock(clock)
    , m_processTimeout(ProcessCredentialsProvider::defaultTimeout)
{
}

QStringList ProfileResolver::serviceKeys()
{
    QStringList keys;
    for (const ServiceInfo &s : kServices)
        keys.append(QString::fromLatin1(s.key));
    return keys;
}

Result<AwsSharedConfig> ProfileResolver::loadFiles() const
{
    return AwsSharedConfig::load(m_env, m_home);
}

Result<QStringList> ProfileResolver::profileNames() const
{
    return loadFiles().map([](const AwsSharedConfig &files) {
        return files.profileNames();
    });
}

Result<ResolvedProfile> ProfileResolver::resolve(const ResolveOptions &options) const
{
    const Result<AwsSharedConfig> files = loadFiles();
    if (!files.ok())
        return files.error();
    return resolve(files.value(), options);
}

void ProfileResolver::resolveAsync(
    const ResolveOptions &options, QObject *context, std::function<void(Result<ResolvedProfile>)> done) const
{
    auto promise = std::make_shared<QPromise<void>>();
    auto loaded = std::make_shared<std::optional<Result<AwsSharedConfig>>>();
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher,
        &QFutureWatcherBase::finished,
        watcher,
        [self = *this, options, loaded, watcher, done = std::move(done)] {
            watcher->deleteLater();
            const Result<AwsSharedConfig> &files = loaded->value();
            if (!files.ok())
                done(files.error());
            else
                done(self.resolve(files.value(), options));
        });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, loaded, env = m_env, home = m_home] {
        *loaded = AwsSharedConfig::load(env, home);
        promise->finish();
    });
}

Result<ResolvedProfile> ProfileResolver::resolve(const AwsSharedConfig &files, const ResolveOptions &options) const
{
    ResolvedProfile out;

    // ---- Profile ----
    if (!options.profile.isEmpty()) {
        out.profileName = options.profile;
        out.profileSource = {SettingSource::Kind::Option, QStringLiteral("--profile")};
    } else if (m_env.contains(kAwsDefaultProfile)) {
        // botocore reads AWS_DEFAULT_PROFILE before AWS_PROFILE.
        out.profileName = m_env.value(kAwsDefaultProfile);
        out.profileSource = {SettingSource::Kind::Environment, kAwsDefaultProfile};
    } else if (m_env.contains(kAwsProfile)) {
        out.profileName = m_env.value(kAwsProfile);
        out.profileSource = {SettingSource::Kind::Environment, kAwsProfile};
    } else {
        out.profileName = QStringLiteral("default");
        out.profileSource = {SettingSource::Kind::Default, QStringLiteral("default")};
    }
    if (out.profileSource.kind != SettingSource::Kind::Default && !files.hasProfile(out.profileName)) {
        if (out.profileName.isEmpty()) {
            return configError(QStringLiteral("ProfileNotFound"),
                tr("%1 is set but empty, and no profile has an empty name").arg(out.profileSource.name));
        }
        return configError(QStringLiteral("ProfileNotFound"),
            tr("The config profile \"%1\" (from %2) could not be found in %3 or %4")
                .arg(out.profileName,
                    out.profileSource.name,
                    files.config().displayPath(),
                    files.credentials().displayPath()));
    }
    const AwsConfigSection profile = files.profile(out.profileName);
    qCDebug(lcCredentials).noquote() << "profile" << out.profileName << "from" << out.profileSource.name;

    // ---- Region ----
    const QString awsRegion = QStringLiteral("AWS_REGION");
    const QString awsDefaultRegion = QStringLiteral("AWS_DEFAULT_REGION");
    if (!options.region.isEmpty()) {
        out.region = options.region;
        out.regionSource = {SettingSource::Kind::Option, QStringLiteral("--region")};
    } else if (m_env.contains(awsRegion)) {
        out.region = m_env.value(awsRegion);
        out.regionSource = {SettingSource::Kind::Environment, awsRegion};
    } else if (m_env.contains(awsDefaultRegion)) {
        out.region = m_env.value(awsDefaultRegion);
        out.regionSource = {SettingSource::Kind::Environment, awsDefaultRegion};
    } else if (profile.values.contains(QStringLiteral("region"))) {
        out.region = profile.value(QStringLiteral("region"));
        out.regionSource = fileSource(files.fileSetting(out.profileName, QStringLiteral("region")));
    }
    out.region = out.region.trimmed();
    out.clientConfig.region = out.region;

    // ---- Endpoints ----
    if (const Result<Empty> endpoints = resolveEndpoints(files, profile, options, out); !endpoints.ok())
        return endpoints.error();

    // ---- Credentials ----
    Context ctx{files, {}, !options.profile.isEmpty(), {out.profileName}};
    ctx.stsConfig.region = out.region.isEmpty() ? QStringLiteral("us-east-1") : out.region;
    ctx.stsConfig.endpointOverride = out.clientConfig.endpointOverride;
    ctx.stsConfig.serviceEndpoints = out.clientConfig.serviceEndpoints;
    ctx.stsConfig.managementRatePerSecond = 0;

    std::shared_ptr<CredentialsProvider> provider;
    if (!options.accessKeyId.isEmpty() || !options.secretAccessKey.isEmpty()) {
        if (options.accessKeyId.isEmpty() || options.secretAccessKey.isEmpty()) {
            return credentialsError(QStringLiteral("PartialCredentialsError"),
                options.accessKeyId.isEmpty()
                    ? tr("Explicit credentials are incomplete: the access key id is missing")
                    : tr("Explicit credentials are incomplete: the secret access key is missing"));
        }
        Credentials c;
        c.accessKeyId = options.accessKeyId;
        c.secretAccessKey = options.secretAccessKey;
        c.sessionToken = options.sessionToken;
        provider = std::make_shared<StaticCredentialsProvider>(c, tr("explicit credentials"));
    }
    if (!provider && !ctx.explicitProfile) {
        // An explicit --profile turns the environment's keys off (botocore's disable_env_vars);
        // AWS_PROFILE does not.
        bool found = false;
        Result<std::shared_ptr<CredentialsProvider>> env = environmentCredentials(&found);
        if (!env.ok())
            return env.error();
        provider = env.value();
    }
    if (!provider) {
        Result<std::shared_ptr<CredentialsProvider>> chain = profileChain(ctx, out.profileName);
        if (!chain.ok())
            return chain.error();
        provider = chain.value();
    }
    if (!provider) {
        return credentialsError(QStringLiteral("NoCredentialsError"),
            tr("Unable to locate credentials: none were given explicitly, %1and profile \"%2\" has none in %3 or %4. "
               "Set them up with \"aws configure\" or choose another profile.")
                .arg(ctx.explicitProfile ? QString() : tr("AWS_ACCESS_KEY_ID is not set, "),
                    out.profileName,
                    files.credentials().displayPath(),
                    files.config().displayPath()));
    }
    out.credentials = provider;
    out.credentialSource = provider->description();
    qCDebug(lcCredentials).noquote() << "credentials from" << out.credentialSource;
    return out;
}

Result<Empty> ProfileResolver::resolveEndpoints(const AwsSharedConfig &files,
    const AwsConfigSection &profile,
    const ResolveOptions &options,
    ResolvedProfile &out) const
{
    const auto invalid = [](const QString &where) {
        return configError(QStringLiteral("InvalidEndpoint"),
            tr("%1 is not a valid endpoint URL: expected http:// or https:// followed by a host name").arg(where));
    };

    if (!options.endpointUrl.isEmpty()) {
        const auto url = parseEndpoint(options.endpointUrl.toString());
        if (!url)
            return invalid(QStringLiteral("--endpoint-url"));
        out.clientConfig.endpointOverride = *url;
        for (const ServiceInfo &s : kServices)
            out.endpointSources.insert(
                QString::fromLatin1(s.key), {SettingSource::Kind::Option, QStringLiteral("--endpoint-url")});
        return Empty{};
    }

    const QString ignoreVar = QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
    const bool ignore = m_env.contains(ignoreVar)
        ? isTrue(m_env.value(ignoreVar))
        : isTrue(profile.value(QStringLiteral("ignore_configured_endpoint_urls")));
    if (ignore) {
        qCDebug(lcCredentials) << "ignoring configured endpoint URLs";
        return Empty{};
    }

    struct Candidate {
        QUrl url;
        SettingSource source;
    };
    const auto fromEnv = [&](const QString &var) -> Result<std::optional<Candidate>> {
        const QString value = m_env.value(var);
        if (value.isEmpty())
            return std::optional<Candidate>();
        const auto url = parseEndpoint(value);
        if (!url)
            return invalid(var);
        return std::optional<Candidate>(Candidate{*url, {SettingSource::Kind::Environment, var}});
    };

    Result<std::optional<Candidate>> envGlobal = fromEnv(QStringLiteral("AWS_ENDPOINT_URL"));
    if (!envGlobal.ok())
        return envGlobal.error();
    std::optional<Candidate> profileGlobal;
    if (const QString value = profile.value(QStringLiteral("endpoint_url")); !value.isEmpty()) {
        const SettingSource source = fileSource(files.fileSetting(out.profileName, QStringLiteral("endpoint_url")));
        const auto url = parseEndpoint(value);
        if (!url)
            return invalid(tr("endpoint_url of profile \"%1\" in %2").arg(out.profileName, source.name));
        profileGlobal = Candidate{*url, source};
    }
    const std::optional<Candidate> global = envGlobal.value() ? envGlobal.value() : profileGlobal;
    if (global)
        out.clientConfig.endpointOverride = global->url;

    for (const ServiceInfo &service : kServices) {
        const QString key = QString::fromLatin1(service.key);
        Result<std::optional<Candidate>> envService
            = fromEnv(QStringLiteral("AWS_ENDPOINT_URL_") + QLatin1String(service.envSuffix));
        if (!envService.ok())
            return envService.error();
        std::optional<Candidate> chosen = envService.value() ? envService.value() : envGlobal.value();

        if (!chosen && profile.values.contains(QStringLiteral("services"))) {
            // Looked up only when needed, like botocore, which complains about a missing
            // services section only when it gets that far.
            const QString sectionName = profile.value(QStringLiteral("services"));
            const AwsConfigSection *section = files.config().services(sectionName);
            if (!section) {
                return configError(QStringLiteral("InvalidConfigError"),
                    tr("The profile \"%1\" uses the services section \"%2\", which does not exist in %3")
                        .arg(out.profileName, sectionName, files.config().displayPath()));
            }
            const QString configKey = QString::fromLatin1(service.configKey);
            if (section->values.contains(configKey)) {
                return configError(QStringLiteral("InvalidConfigError"),
                    tr("%1 line %2: \"%3\" in [services %4] must be followed by indented settings "
                       "such as \"endpoint_url = https://...\"")
                        .arg(files.config().displayPath())
                        .arg(section->lineOf(configKey))
                        .arg(configKey, sectionName));
            }
            const QString value = section->nested.value(configKey).value(QStringLiteral("endpoint_url"));
            if (!value.isEmpty()) {
                const SettingSource source{SettingSource::Kind::ConfigFile, files.config().displayPath()};
                const auto url = parseEndpoint(value);
                if (!url) {
                    return invalid(tr("%1 line %2 (endpoint_url for %3 in [services %4])")
                                       .arg(source.name)
                                       .arg(section->lineOf(configKey + QStringLiteral(".endpoint_url")))
                                       .arg(configKey, sectionName));
                }
                chosen = Candidate{*url, source};
            }
        }
        if (!chosen)
            chosen = profileGlobal;
        if (chosen) {
            out.clientConfig.serviceEndpoints.insert(key, chosen->url);
            out.endpointSources.insert(key, chosen->source);
        }
    }
    return Empty{};
}

Result<std::shared_ptr<CredentialsProvider>> ProfileResolver::environmentCredentials(bool *found) const
{
    *found = false;
    const QString accessKey = m_env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    if (accessKey.isEmpty())
        return std::shared_ptr<CredentialsProvider>();
    const QString secret = m_env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (secret.isEmpty()) {
        return credentialsError(
            QStringLiteral("PartialCredentialsError"), tr("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not"));
    }
    Credentials c;
    c.accessKeyId = accessKey;
    c.secretAccessKey = secret;
    // botocore takes AWS_SECURITY_TOKEN first, then AWS_SESSION_TOKEN.
    c.sessionToken = m_env.value(QStringLiteral("AWS_SECURITY_TOKEN"));
    if (c.sessionToken.isEmpty())
        c.sessionToken = m_env.value(QStringLiteral("AWS_SESSION_TOKEN"));
    if (const QString expiry = m_env.value(QStringLiteral("AWS_CREDENTIAL_EXPIRATION")); !expiry.isEmpty()) {
        c.expiration = QDateTime::fromString(expiry, Qt::ISODateWithMs).toUTC();
        if (!c.expiration.isValid()) {
            return credentialsError(QStringLiteral("InvalidConfigError"),
                tr("AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time such as 2030-01-31T12:00:00Z"));
        }
    }
    *found = true;
    return std::shared_ptr<CredentialsProvider>(
        std::make_shared<StaticCredentialsProvider>(c, tr("environment variables (AWS_ACCESS_KEY_ID)")));
}

Result<std::shared_ptr<CredentialsProvider>> ProfileResolver::staticFromSection(
    const AwsConfigSection &section, const QString &profileName, const QString &fileName) const
{
    const auto missing = [&](const char *key, bool empty) {
        return credentialsError(QStringLiteral("PartialCredentialsError"),
            (empty ? tr("%1 line %2: %3 of profile \"%4\" is empty")
                         .arg(fileName)
                         .arg(section.lineOf(QLatin1String(key)))
                         .arg(QLatin1String(key), profileName)
                   : tr("%1: profile \"%2\" has aws_access_key_id (line %3) but no %4")
                         .arg(fileName, profileName)
                         .arg(section.lineOf(QStringLiteral("aws_access_key_id")))
                         .arg(QLatin1String(key))));
    };
    Credentials c;
    c.accessKeyId = section.value(QStringLiteral("aws_access_key_id"));
    if (c.accessKeyId.isEmpty())
        return missing("aws_access_key_id", true);
    if (!section.values.contains(QStringLiteral("aws_secret_access_key")))
        return missing("aws_secret_access_key", false);
    c.secretAccessKey = section.value(QStringLiteral("aws_secret_access_key"));
    if (c.secretAccessKey.isEmpty())
        return missing("aws_secret_access_key", true);
    if (section.values.contains(QStringLiteral("aws_security_token")))
        c.sessionToken = section.value(QStringLiteral("aws_security_token"));
    else
        c.sessionToken = section.value(QStringLiteral("aws_session_token"));
    return std::shared_ptr<CredentialsProvider>(
        std::make_shared<StaticCredentialsProvider>(c, tr("profile \"%1\" in %2").arg(profileName, fileName)));
}

Result<std::shared_ptr<CredentialsProvider>> ProfileResolver::profileChain(
    Context &ctx, const QString &profileName) const
{
    const bool topLevel = ctx.visited.size() == 1 && ctx.visited.constFirst() == profileName;
    const AwsConfigSection profile = ctx.files.profile(profileName);
    const auto unsupported = [&](const QString &what) {
        return configError(QStringLiteral("UnsupportedConfiguration"),
            tr("The profile \"%1\" uses %2, which SesDesk does not support. Use a profile with keys "
               "or credential_process instead, for example credential_process = aws configure "
               "export-credentials --profile %1 --format process (AWS CLI v2).")
                .arg(profileName, what));
    };

    if (topLevel && hasAssumeRoleSettings(profile))
        return assumeRole(ctx, profileName);

    // Web identity: the profile's token file, or (top level, no --profile) the environment's.
    const QString tokenVar = QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE");
    if (!profile.value(QStringLiteral("web_identity_token_file")).isEmpty()
        || (topLevel && !ctx.explicitProfile && !m_env.value(tokenVar).isEmpty())) {
        return unsupported(tr("web identity federation (web_identity_token_file or %1)").arg(tokenVar));
    }
    if (profile.contains(QStringLiteral("sso_role_name")) || profile.contains(QStringLiteral("sso_account_id")))
        return unsupported(tr("IAM Identity Center (SSO)"));

    if (const AwsConfigSection *c = ctx.files.credentials().profile(profileName);
        c && c->values.contains(QStringLiteral("aws_access_key_id"))) {
        return staticFromSection(*c, profileName, ctx.files.credentials().displayPath());
    }
    if (profile.contains(QStringLiteral("login_session")))
        return unsupported(tr("an \"aws login\" session (login_session)"));
    if (profile.values.contains(QStringLiteral("credential_process"))) {
        return std::shared_ptr<CredentialsProvider>(std::make_shared<ProcessCredentialsProvider>(
            profile.value(QStringLiteral("credential_process")), profileName, m_env, m_clock, m_processTimeout));
    }
    if (const AwsConfigSection *c = ctx.files.config().profile(profileName);
        c && c->values.contains(QStringLiteral("aws_access_key_id"))) {
        return staticFromSection(*c, profileName, ctx.files.config().displayPath());
    }
    return std::shared_ptr<CredentialsProvider>();
}

Result<std::shared_ptr<CredentialsProvider>> ProfileResolver::assumeRole(Context &ctx, const QString &profileName) const
{
    const AwsConfigSection profile = ctx.files.profile(profileName);
    const bool hasSourceProfile = profile.contains(QStringLiteral("source_profile"));
    const bool hasCredentialSource = profile.contains(QStringLiteral("credential_source"));
    if (hasSourceProfile && hasCredentialSource) {
        return configError(QStringLiteral("InvalidConfigError"),
            tr("The profile \"%1\" contains both source_profile and credential_source; use one").arg(profileName));
    }
    if (!hasSourceProfile && !hasCredentialSource) {
        return credentialsError(QStringLiteral("PartialCredentialsError"),
            tr("The profile \"%1\" has role_arn but neither source_profile nor credential_source").arg(profileName));
    }
    if (profile.contains(QStringLiteral("mfa_serial"))) {
        return configError(QStringLiteral("UnsupportedConfiguration"),
            tr("The profile \"%1\" uses mfa_serial, which SesDesk does not support: it cannot ask for "
               "MFA codes. Use credential_process with a helper that asks for the code, or temporary "
               "credentials from \"aws sts get-session-token\".")
                .arg(profileName));
    }

    AssumeRoleRequest request;
    request.roleArn = profile.value(QStringLiteral("role_arn"));
    request.roleSessionName = profile.value(QStringLiteral("role_session_name"));
    request.externalId = profile.value(QStringLiteral("external_id"));
    if (profile.contains(QStringLiteral("duration_seconds"))) {
        bool ok = false;
        const int seconds = profile.value(QStringLiteral("duration_seconds")).trimmed().toInt(&ok);
        if (!ok) {
            const AwsConfigFile *file = ctx.files.fileSetting(profileName, QStringLiteral("duration_seconds"));
            return configError(QStringLiteral("InvalidConfigError"),
                tr("%1 line %2: duration_seconds of profile \"%3\" must be a whole number of seconds")
                    .arg(file ? file->displayPath() : QString())
                    .arg(profile.lineOf(QStringLiteral("duration_seconds")))
                    .arg(profileName));
        }
        request.durationSeconds = seconds;
    }
    if (request.roleArn.isEmpty()) {
        return configError(
            QStringLiteral("InvalidConfigError"), tr("The profile \"%1\" has an empty role_arn").arg(profileName));
    }

    std::shared_ptr<CredentialsProvider> source;
    if (hasCredentialSource) {
        const QString credentialSource = profile.value(QStringLiteral("credential_source"));
        if (credentialSource == QLatin1String("Environment")) {
            bool found = false;
            Result<std::shared_ptr<CredentialsProvider>> env = environmentCredentials(&found);
            if (!env.ok())
                return env.error();
            if (!found) {
                return credentialsError(QStringLiteral("CredentialRetrievalError"),
                    tr("No credentials found in credential_source referenced in profile \"%1\": "
                       "AWS_ACCESS_KEY_ID is not set")
                        .arg(profileName));
            }
            source = env.value();
        } else if (credentialSource == QLatin1String("Ec2InstanceMetadata")
            || credentialSource == QLatin1String("EcsContainer")) {
            return configError(QStringLiteral("UnsupportedConfiguration"),
                tr("The profile \"%1\" uses credential_source = %2, which SesDesk does not support; "
                   "only Environment is supported")
                    .arg(profileName, credentialSource));
        } else {
            return configError(QStringLiteral("InvalidConfigError"),
                tr("The credential source \"%1\" referenced in profile \"%2\" is not valid; the valid "
                   "values are Environment, Ec2InstanceMetadata and EcsContainer")
                    .arg(credentialSource, profileName));
        }
    } else {
        const QString sourceName = profile.value(QStringLiteral("source_profile"));
        if (!ctx.files.hasProfile(sourceName)) {
            return configError(QStringLiteral("InvalidConfigError"),
                tr("The source_profile \"%1\" referenced in the profile \"%2\" does not exist")
                    .arg(sourceName, profileName));
        }
        const AwsConfigSection sourceProfile = ctx.files.profile(sourceName);
        // A profile may name itself to take static keys kept next to its role_arn; any other
        // revisit is a loop.
        if (ctx.visited.contains(sourceName) && (sourceName != profileName || !hasStaticCredentials(sourceProfile))) {
            return configError(QStringLiteral("InfiniteLoopConfigError"),
                tr("Infinite loop in credential configuration: source_profile \"%1\" of profile \"%2\" "
                   "was already visited (%3)")
                    .arg(sourceName, profileName, ctx.visited.join(QStringLiteral(" → "))));
        }
        ctx.visited.append(sourceName);

        if (hasStaticCredentials(sourceProfile) || !hasAssumeRoleSettings(sourceProfile)) {
            Result<std::shared_ptr<CredentialsProvider>> chain = profileChain(ctx, sourceName);
            if (!chain.ok())
                return chain.error();
            if (!chain.value()) {
                return credentialsError(QStringLiteral("InvalidConfigError"),
                    tr("The source profile \"%1\" (of profile \"%2\") must have credentials")
                        .arg(sourceName, profileName));
            }
            source = chain.value();
        } else {
            Result<std::shared_ptr<CredentialsProvider>> chained = assumeRole(ctx, sourceName);
            if (!chained.ok())
                return chained.error();
            source = chained.value();
        }
    }

    return std::shared_ptr<CredentialsProvider>(std::make_shared<AssumeRoleCredentialsProvider>(
        request, profileName, source, m_network, m_clock, ctx.stsConfig));
}

} // namespace Aws
