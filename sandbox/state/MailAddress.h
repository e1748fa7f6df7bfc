#pragma once

#include <optional>

#include <QString>

namespace Sandbox
{

/// An email address as SES accepts it in a send call: "user@example.com",
/// "Jane Doe <user@example.com>" or "\"Doe, Jane\" <user@example.com>". Addresses themselves must
/// be 7-bit ASCII (domains in Punycode); display names may be any text or MIME encoded-words.
struct MailAddress {
    QString displayName; ///< Unquoted; empty when absent.
    QString address; ///< local@domain
    QString localPart;
    QString domain;

    /// The address with any "+label" removed from the local part (sender+news@x → sender@x).
    QString withoutLabel() const;

    static std::optional<MailAddress> parse(const QString &text);
    static bool isValidDomain(const QString &domain);
    static bool isValidLocalPart(const QString &local);
};

} // namespace Sandbox
