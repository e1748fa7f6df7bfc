#pragma once

#include <optional>

#include <QMetaType>
#include <QString>

namespace Connection
{

/// Names one place SesDesk can connect to: the local Sandbox, an AWS CLI profile from ~/.aws,
/// or one of SesDesk's own profiles. Its key() is what QSettings remembers.
struct ProfileRef {
    enum class Kind {
        Sandbox, ///< The embedded local Sandbox ("Local Sandbox").
        AwsCli, ///< A profile of ~/.aws/config or ~/.aws/credentials; an empty name is the default chain.
        SesDesk, ///< A profile created in SesDesk's profile dialog.
    };

    Kind kind = Kind::Sandbox;
    QString name;

    static ProfileRef sandbox()
    {
        return {};
    }
    static ProfileRef awsCli(const QString &name)
    {
        return {Kind::AwsCli, name};
    }
    static ProfileRef sesDesk(const QString &name)
    {
        return {Kind::SesDesk, name};
    }

    bool isSandbox() const
    {
        return kind == Kind::Sandbox;
    }

    /// "sandbox", "aws:<name>" or "sesdesk:<name>".
    QString key() const;
    /// Parses key(); nullopt for anything else.
    static std::optional<ProfileRef> fromKey(const QString &key);

    friend bool operator==(const ProfileRef &a, const ProfileRef &b)
    {
        return a.kind == b.kind && (a.kind == Kind::Sandbox || a.name == b.name);
    }
};

} // namespace Connection

Q_DECLARE_METATYPE(Connection::ProfileRef)
