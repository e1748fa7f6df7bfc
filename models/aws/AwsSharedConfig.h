#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include "models/aws/AwsConfigFile.h"

namespace Aws
{

/// The two shared files the AWS CLI reads, found where botocore looks for them
/// ($AWS_CONFIG_FILE and $AWS_SHARED_CREDENTIALS_FILE with "~" and "$VAR" expanded, else
/// ~/.aws/config and ~/.aws/credentials), and the merged view of profiles botocore builds from
/// them: every profile of either file, the credentials file's keys overriding the config file's.
class AwsSharedConfig
{
public:
    AwsSharedConfig() = default;
    AwsSharedConfig(AwsConfigFile config, AwsConfigFile credentials);

    /// Reads both files; a missing file is empty, a malformed one an error naming file and line.
    static Result<AwsSharedConfig> load(const QProcessEnvironment &env, const QString &homeDir);

    static QString configPath(const QProcessEnvironment &env, const QString &homeDir);
    static QString credentialsPath(const QProcessEnvironment &env, const QString &homeDir);
    /// "~/.aws/config" for a path under the home folder, else the path itself.
    static QString displayPath(const QString &path, const QString &homeDir);
    /// os.path.expandvars then os.path.expanduser, against the given environment and home.
    static QString expandPath(const QString &path, const QProcessEnvironment &env, const QString &homeDir);

    const AwsConfigFile &config() const
    {
        return m_config;
    }
    const AwsConfigFile &credentials() const
    {
        return m_credentials;
    }

    bool hasProfile(const QString &name) const;
    /// Config-file profiles in file order, then those only in the credentials file.
    QStringList profileNames() const;
    /// botocore's full_config["profiles"][name]: the config section, updated with the credentials
    /// file's section of the same name. Empty when neither file has it.
    AwsConfigSection profile(const QString &name) const;
    /// The file whose value of key the merged profile uses (nullptr when neither sets it).
    const AwsConfigFile *fileSetting(const QString &profileName, const QString &key) const;

private:
    AwsConfigFile m_config;
    AwsConfigFile m_credentials;
};

} // namespace Aws
