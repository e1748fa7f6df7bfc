#pragma once

#include <QDateTime>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

class AccountRepository;

/// What an account in the SES sandbox may not do, in one place for every family that needs
/// it: the guide disables suppression-list management (PutSuppressedDestination, import jobs)
/// until production access is granted, and custom verification emails need production access.
class SandboxRestrictions
{
public:
    /// Passes with production access; otherwise the BadRequestException SES answers with.
    static Check suppressionListManagement(AccountRepository &account, const QDateTime &now);
    static Check customVerificationEmails(AccountRepository &account, const QDateTime &now);
};

} // namespace Sandbox
