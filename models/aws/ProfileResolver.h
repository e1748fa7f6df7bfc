#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include "models/aws/ResolveOptions.h"
#include "models/aws/ResolvedProfile.h"
#include "models/aws/Result.h"

class QNetworkAccessManager;
class QObject;

namespace Aws
{

class AwsSharedConfig;
class Clock;
struct AwsConfigSection;

/// Resolves profile, region, endpoints and credentials exactly as the AWS CLI (botocore) does,
/// from explicit options, an injected environment and the shared files under an injected home:
///
/// - profile: --profile, AWS_DEFAULT_PROFILE, AWS_PROFILE, else "default" (a named profile must
///   exist in one of the files);
/// - region: --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's region;
/// - endpoints, per service: --endpoint-url for all; else, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS
///   or the profile's ignore_configured_endpoint_urls is true, AWS_ENDPOINT_URL_<SERVICE>,
///   AWS_ENDPOINT_URL, the profile's services section, the profile's endpoint_url;
/// - credentials: explicit keys; AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN unless
///   --profile was given; then the profile: role_arn (source_profile, recursively and with cycle
///   detection, or credential_source = Environment), static keys in the credentials file,
///   credential_process, static keys in the config file.
///
/// SSO, web identity, "aws login" sessions, mfa_serial and the EC2/ECS credential sources are
/// refused with an error that says so. Errors name the file, profile or variable at fault and
/// never contain a secret.
class ProfileResolver
{
    Q_DECLARE_TR_FUNCTIONS(Aws::ProfileResolver)

public:
    /// network and clock are used by the providers built here (STS calls, expiry); they must
    /// outlive the resolved providers.
    ProfileResolver(
        QProcessEnvironment environment, QString homeDir, QNetworkAccessManager *network, const Clock *clock);

    /// Reads the shared files and resolves (file reading blocks: use resolveAsync in a GUI).
    Result<ResolvedProfile> resolve(const ResolveOptions &options) const;
    /// Resolves against files already loaded.
    Result<ResolvedProfile> resolve(const AwsSharedConfig &files, const ResolveOptions &options) const;
    /// Reads the files on a worker thread, then resolves and calls done on context's thread
    /// (not at all when context is destroyed first).
    void resolveAsync(
        const ResolveOptions &options, QObject *context, std::function<void(Result<ResolvedProfile>)> done) const;

    /// Every profile name of both files (config order, then the credentials file's others).
    Result<QStringList> profileNames() const;
    Result<AwsSharedConfig> loadFiles() const;

    /// The services whose endpoints are resolved: "sesv2", "ses", "cloudwatch", "sts", "route53".
    static QStringList serviceKeys();
    /// How long a credential_process may run.
    void setProcessTimeout(std::chrono::milliseconds timeout)
    {
        m_processTimeout = timeout;
    }

private:
    struct Context;
    Result<std::shared_ptr<CredentialsProvider>> profileChain(Context &ctx, const QString &profileName) const;
    Result<std::shared_ptr<CredentialsProvider>> assumeRole(Context &ctx, const QString &profileName) const;
    Result<std::shared_ptr<CredentialsProvider>> environmentCredentials(bool *found) const;
    Result<std::shared_ptr<CredentialsProvider>> staticFromSection(
        const AwsConfigSection &section, const QString &profileName, const QString &fileName) const;
    Result<Empty> resolveEndpoints(const AwsSharedConfig &files,
        const AwsConfigSection &profile,
        const ResolveOptions &options,
        ResolvedProfile &out) const;

    QProcessEnvironment m_env;
    QString m_home;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    std::chrono::milliseconds m_processTimeout;
};

} // namespace Aws
