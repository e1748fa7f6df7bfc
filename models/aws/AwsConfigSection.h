#pragma once

#include <QMap>
#include <QString>

namespace Aws
{

/// One section of an AWS shared config or credentials file after parsing: a profile, a
/// [services name] or [sso-session name] section, or any other section. Keys are lower case as
/// botocore's configparser makes them; an indented block under a key ("sesv2 =" followed by
/// "  endpoint_url = ...") is a nested map whose keys keep their case, as in botocore.
struct AwsConfigSection {
    QString name; ///< The profile (or services, sso-session) name; the raw header for others.
    QString header; ///< The text between the brackets, as written.
    int line = 0; ///< Line of the header.
    QMap<QString, QString> values;
    QMap<QString, QMap<QString, QString>> nested;
    QMap<QString, int> lines; ///< Line where each key (plain or nested) was set.

    bool contains(const QString &key) const
    {
        return values.contains(key) || nested.contains(key);
    }
    QString value(const QString &key) const
    {
        return values.value(key);
    }
    int lineOf(const QString &key) const
    {
        return lines.value(key, line);
    }
};

} // namespace Aws
