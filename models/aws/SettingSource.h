#pragma once

#include <QString>

namespace Aws
{

/// Where a resolved setting came from, for "sesdesk-cli configure list" and the connection
/// dialog: the kind of source and the exact option, variable or file that supplied it.
struct SettingSource {
    enum class Kind {
        Unset, ///< Nothing supplied it.
        Option, ///< An explicit option: "--region".
        Environment, ///< An environment variable: "AWS_REGION".
        ConfigFile, ///< The shared config file: "~/.aws/config".
        CredentialsFile, ///< The shared credentials file: "~/.aws/credentials".
        Default, ///< A built-in default ("default" profile).
    };

    Kind kind = Kind::Unset;
    QString name; ///< "--region", "AWS_REGION", "~/.aws/config", "default".

    bool isSet() const
    {
        return kind != Kind::Unset;
    }
    bool operator==(const SettingSource &other) const = default;
};

} // namespace Aws
