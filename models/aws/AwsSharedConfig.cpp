#include "models/aws/AwsSharedConfig.h"

#include <QDir>
#include <QRegularExpression>

namespace Aws
{

AwsSharedConfig::AwsSharedConfig(AwsConfigFile config, AwsConfigFile credentials)
    : m_config(std::move(config))
    , m_credentials(std::move(credentials))
{
}

Result<AwsSharedConfig> AwsSharedConfig::load(const QProcessEnvironment &env, const QString &homeDir)
{
    const QString configFile = configPath(env, homeDir);
    Result<AwsConfigFile> config
        = AwsConfigFile::load(configFile, AwsConfigFile::Kind::Config, displayPath(configFile, homeDir));
    if (!config.ok())
        return config.error();
    const QString credentialsFile = credentialsPath(env, homeDir);
    Result<AwsConfigFile> credentials
        = AwsConfigFile::load(credentialsFile, AwsConfigFile::Kind::Credentials, displayPath(credentialsFile, homeDir));
    if (!credentials.ok())
        return credentials.error();
    return AwsSharedConfig(std::move(config).value(), std::move(credentials).value());
}

QString AwsSharedConfig::configPath(const QProcessEnvironment &env, const QString &homeDir)
{
    // Set but empty names no file at all, as in botocore.
    if (env.contains(QStringLiteral("AWS_CONFIG_FILE")))
        return expandPath(env.value(QStringLiteral("AWS_CONFIG_FILE")), env, homeDir);
    return expandPath(QStringLiteral("~/.aws/config"), env, homeDir);
}

QString AwsSharedConfig::credentialsPath(const QProcessEnvironment &env, const QString &homeDir)
{
    if (env.contains(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE")))
        return expandPath(env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE")), env, homeDir);
    return expandPath(QStringLiteral("~/.aws/credentials"), env, homeDir);
}

QString AwsSharedConfig::displayPath(const QString &path, const QString &homeDir)
{
    const QString home = QDir::cleanPath(homeDir);
    const QString clean = QDir::cleanPath(path);
    if (!home.isEmpty() && home != QLatin1String("/") && clean.startsWith(home + u'/'))
        return u'~' + clean.mid(home.size());
    return path;
}

QString AwsSharedConfig::expandPath(const QString &path, const QProcessEnvironment &env, const QString &homeDir)
{
    if (path.isEmpty())
        return path;
    // os.path.expandvars: $name and ${name}; unknown variables stay as written.
    static const QRegularExpression var(QStringLiteral("\\$(\\w+|\\{[^}]*\\})"));
    QString expanded;
    qsizetype last = 0;
    auto it = var.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(1);
        if (name.startsWith(u'{'))
            name = name.mid(1, name.size() - 2);
        expanded += path.mid(last, m.capturedStart() - last);
        expanded += env.contains(name) ? env.value(name) : m.captured(0);
        last = m.capturedEnd();
    }
    expanded += path.mid(last);
    // os.path.expanduser for "~" and "~/..." (another user's "~name" is left alone).
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/"))) {
        QString home = homeDir;
        while (home.size() > 1 && home.endsWith(u'/'))
            home.chop(1);
        expanded = home + expanded.mid(1);
    }
    return expanded;
}

bool AwsSharedConfig::hasProfile(const QString &name) const
{
    return m_config.profile(name) || m_credentials.profile(name);
}

QStringList AwsSharedConfig::profileNames() const
{
    QStringList names = m_config.profileNames();
    for (const QString &name : m_credentials.profileNames()) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

AwsConfigSection AwsSharedConfig::profile(const QString &name) const
{
    AwsConfigSection merged;
    merged.name = name;
    if (const AwsConfigSection *c = m_config.profile(name))
        merged = *c;
    if (const AwsConfigSection *c = m_credentials.profile(name)) {
        if (merged.header.isEmpty()) {
            merged.header = c->header;
            merged.line = c->line;
        }
        // A Python dict update: each key of the credentials section replaces the config's value.
        for (auto it = c->values.cbegin(); it != c->values.cend(); ++it) {
            merged.nested.remove(it.key());
            merged.values.insert(it.key(), it.value());
        }
        for (auto it = c->nested.cbegin(); it != c->nested.cend(); ++it) {
            merged.values.remove(it.key());
            merged.nested.insert(it.key(), it.value());
        }
        for (auto it = c->lines.cbegin(); it != c->lines.cend(); ++it)
            merged.lines.insert(it.key(), it.value());
    }
    return merged;
}

const AwsConfigFile *AwsSharedConfig::fileSetting(const QString &profileName, const QString &key) const
{
    if (const AwsConfigSection *c = m_credentials.profile(profileName); c && c->contains(key))
        return &m_credentials;
    if (const AwsConfigSection *c = m_config.profile(profileName); c && c->contains(key))
        return &m_config;
    return nullptr;
}

} // namespace Aws
