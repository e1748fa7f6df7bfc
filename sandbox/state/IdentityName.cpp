#include "sandbox/state/IdentityName.h"

#include "sandbox/state/MailAddress.h"

namespace Sandbox
{

Outcome<IdentityName> IdentityName::parse(const QString &text)
{
    IdentityName out;
    if (text.contains(QLatin1Char('@'))) {
        const auto address = MailAddress::parse(text);
        if (!address || !address->displayName.isEmpty() || text.trimmed() != text)
            return ServiceError::badRequest(QStringLiteral("Invalid email address: %1").arg(text));
        out.type = Type::EmailAddress;
        out.localPart = address->localPart;
        out.domain = address->domain.toLower();
        out.name = out.localPart + QLatin1Char('@') + out.domain;
        return out;
    }
    if (!MailAddress::isValidDomain(text))
        return ServiceError::badRequest(QStringLiteral("Invalid domain name: %1").arg(text));
    out.type = Type::Domain;
    out.domain = text.toLower();
    out.name = out.domain;
    return out;
}

} // namespace Sandbox
