#pragma once

#include "sandbox/protocol/ServiceError.h"

namespace Sandbox
{

struct AuthFailure;

/// The error codes one AWS protocol family answers each kind of authentication failure with
/// (REST-JSON, JSON-RPC and Query word the same failures differently).
struct AuthErrorCodes {
    const char *missingToken;
    const char *incompleteSignature;
    const char *unknownAccessKey;
    const char *signatureMismatch;
    const char *badScopeOrTime; ///< Wrong scope, expired or not yet current.
    QString missingTokenMessage = {}; ///< Replaces the failure's message when set.

    /// The 403 sender fault for \a failure in this family's words.
    ServiceError errorFor(const AuthFailure &failure) const;
};

} // namespace Sandbox
