#include "sandbox/protocol/AuthErrorCodes.h"

#include "sandbox/auth/AuthFailure.h"

namespace Sandbox
{

ServiceError AuthErrorCodes::errorFor(const AuthFailure &failure) const
{
    const auto make = [&](const char *code, const QString &message) {
        return ServiceError{403, QString::fromLatin1(code), message, true};
    };
    switch (failure.kind) {
    case AuthFailure::Kind::MissingToken:
        return make(missingToken, missingTokenMessage.isEmpty() ? failure.message : missingTokenMessage);
    case AuthFailure::Kind::IncompleteSignature:
        return make(incompleteSignature, failure.message);
    case AuthFailure::Kind::UnknownAccessKey:
        return make(unknownAccessKey, failure.message);
    case AuthFailure::Kind::SignatureMismatch:
        return make(signatureMismatch, failure.message);
    case AuthFailure::Kind::InvalidScope:
    case AuthFailure::Kind::Expired:
    case AuthFailure::Kind::NotYetCurrent:
        break;
    }
    return make(badScopeOrTime, failure.message);
}

} // namespace Sandbox
