#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include "models/aws/AwsConfigSection.h"
#include "models/aws/Result.h"

namespace Aws
{

/// Parses one AWS shared file, ~/.aws/config or ~/.aws/credentials, with the INI rules botocore
/// inherits from Python's configparser: "key = value" or "key: value", keys folded to lower
/// case, whole-line "#" and ";" comments (a "#" after a value is part of the value), values
/// continued on more-indented lines, an indented block under an empty key parsed as a nested
/// map, [DEFAULT] values inherited by every section, and repeated sections or keys refused.
///
/// In the config file profiles are "[default]" and "[profile name]", next to "[services name]"
/// and "[sso-session name]"; in the credentials file every section is a profile by its plain
/// name. A problem is reported as "<file> line <n>: <problem>", never quoting the line itself,
/// which could hold a secret.
class AwsConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(Aws::AwsConfigFile)

public:
    enum class Kind { Config, Credentials };

    AwsConfigFile() = default;

    /// Parses file content. displayPath names the file in errors ("~/.aws/config").
    static Result<AwsConfigFile> parse(const QByteArray &content, Kind kind, const QString &displayPath);
    /// Reads and parses a file. A missing file is an empty, non-existent file (as for botocore);
    /// a file that exists but cannot be read is an error.
    static Result<AwsConfigFile> load(const QString &path, Kind kind, const QString &displayPath);

    Kind kind() const
    {
        return m_kind;
    }
    bool exists() const
    {
        return m_exists;
    }
    const QString &path() const
    {
        return m_path;
    }
    const QString &displayPath() const
    {
        return m_displayPath;
    }

    /// Profiles in file order; a later section for the same name replaces an earlier one
    /// ("[profile default]" after "[default]"), as in botocore.
    const QList<AwsConfigSection> &profiles() const
    {
        return m_profiles;
    }
    QStringList profileNames() const;
    const AwsConfigSection *profile(const QString &name) const;
    const AwsConfigSection *services(const QString &name) const;
    const AwsConfigSection *ssoSession(const QString &name) const;
    /// Sections that are neither profiles, services nor sso-sessions ("[plugins]", "[preview]").
    const QList<AwsConfigSection> &otherSections() const
    {
        return m_other;
    }

private:
    static void put(QList<AwsConfigSection> &list, QHash<QString, qsizetype> &index, AwsConfigSection section);

    Kind m_kind = Kind::Config;
    bool m_exists = false;
    QString m_path;
    QString m_displayPath;
    QList<AwsConfigSection> m_profiles;
    QHash<QString, qsizetype> m_profileIndex;
    QList<AwsConfigSection> m_services;
    QHash<QString, qsizetype> m_servicesIndex;
    QList<AwsConfigSection> m_ssoSessions;
    QHash<QString, qsizetype> m_ssoIndex;
    QList<AwsConfigSection> m_other;
};

} // namespace Aws
