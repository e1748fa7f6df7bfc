#pragma once

#include <QString>

namespace Sandbox
{

/// Why a request's SigV4 authentication failed, independent of the protocol that words it.
struct AuthFailure {
    enum class Kind {
        MissingToken, ///< No Authorization header at all.
        IncompleteSignature, ///< An Authorization header or date that cannot be read.
        UnknownAccessKey, ///< The access key id is not one the Sandbox accepts.
        SignatureMismatch, ///< The signature does not match (wrong secret, altered request).
        InvalidScope, ///< Wrong region or service in the credential scope, or a scope date mismatch.
        Expired, ///< The request time is too far in the past.
        NotYetCurrent, ///< The request time is too far in the future.
    };

    Kind kind = Kind::MissingToken;
    QString message; ///< AWS's wording; never contains the signature or the secret.
};

} // namespace Sandbox
