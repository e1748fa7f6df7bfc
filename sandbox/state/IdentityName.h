#pragma once

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// An email identity's name: a domain ("example.com", case-insensitive) or an email address
/// ("sender@example.com", case-sensitive local part, as SES treats them).
struct IdentityName {
    enum class Type {
        Domain,
        EmailAddress,
    };

    Type type = Type::Domain;
    QString name; ///< As the caller gave it, with the domain part in lower case.
    QString domain; ///< The domain, or the address's domain part.
    QString localPart; ///< Empty for a domain.

    /// The storage key: unique per identity under SES's case rules.
    QString key() const
    {
        return name;
    }
    QString typeName() const
    {
        return type == Type::Domain ? QStringLiteral("DOMAIN") : QStringLiteral("EMAIL_ADDRESS");
    }

    /// Validates with SES's wording ("Invalid domain name: ..."/"Invalid email address: ...").
    static Outcome<IdentityName> parse(const QString &text);
};

} // namespace Sandbox
