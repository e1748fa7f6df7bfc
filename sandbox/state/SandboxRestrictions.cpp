#include "sandbox/state/SandboxRestrictions.h"

#include "sandbox/state/AccountRepository.h"

namespace Sandbox
{

Check SandboxRestrictions::suppressionListManagement(AccountRepository &account, const QDateTime &now)
{
    if (!account.isSandboxed(now))
        return passed();
    return ServiceError::badRequest(
        QStringLiteral("Suppression list management is not available while your account is in the "
                       "sandbox. Request production access to add or import suppressed addresses."));
}

Check SandboxRestrictions::customVerificationEmails(AccountRepository &account, const QDateTime &now)
{
    if (!account.isSandboxed(now))
        return passed();
    return ServiceError{400,
        QStringLiteral("ProductionAccessNotGranted"),
        QStringLiteral("Production access has not been granted for this account. Custom verification emails "
                       "can only be sent with production access."),
        true};
}

} // namespace Sandbox
