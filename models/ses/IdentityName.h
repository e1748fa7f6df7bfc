#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/aws/Result.h"

namespace Ses
{

/// An identity name as SES wants it: an email address or a domain, 7-bit ASCII with the domain
/// in Punycode (IDNA), validated, with the Unicode form kept for display.
class IdentityName
{
    Q_DECLARE_TR_FUNCTIONS(IdentityName)

public:
    enum class Kind { EmailAddress, Domain };

    /// Parses what a user typed ("user@bücher.example", "Bücher.Example.").
    static Aws::Result<IdentityName> parse(const QString &input);

    Kind kind() const
    {
        return m_kind;
    }
    bool isDomain() const
    {
        return m_kind == Kind::Domain;
    }
    /// The ASCII form sent to SES ("user@xn--bcher-kva.example").
    QString ascii() const
    {
        return m_ascii;
    }
    /// The Unicode form for people ("user@bücher.example").
    QString unicode() const
    {
        return m_unicode;
    }
    /// The domain part (the whole name for a domain identity), ASCII.
    QString domain() const;
    bool isInternationalized() const
    {
        return m_ascii != m_unicode;
    }

private:
    Kind m_kind = Kind::Domain;
    QString m_ascii;
    QString m_unicode;
};

} // namespace Ses
