#include "sandbox/protocol/ServiceError.h"

namespace Sandbox
{

namespace
{

ServiceError make(int status, const char *code, const QString &message, bool sender = true)
{
    return ServiceError{status, QString::fromLatin1(code), message, sender};
}

} // namespace

ServiceError ServiceError::badRequest(const QString &message)
{
    return make(400, "BadRequestException", message);
}

ServiceError ServiceError::notFound(const QString &message)
{
    return make(404, "NotFoundException", message);
}

ServiceError ServiceError::alreadyExists(const QString &message)
{
    return make(400, "AlreadyExistsException", message);
}

ServiceError ServiceError::limitExceeded(const QString &message)
{
    return make(400, "LimitExceededException", message);
}

ServiceError ServiceError::tooManyRequests(const QString &message)
{
    return make(429, "TooManyRequestsException", message);
}

ServiceError ServiceError::conflict(const QString &message)
{
    return make(409, "ConflictException", message);
}

ServiceError ServiceError::concurrentModification(const QString &message)
{
    return make(500, "ConcurrentModificationException", message, false);
}

ServiceError ServiceError::messageRejected(const QString &message)
{
    return make(400, "MessageRejected", message);
}

ServiceError ServiceError::mailFromDomainNotVerified(const QString &message)
{
    return make(400, "MailFromDomainNotVerifiedException", message);
}

ServiceError ServiceError::accountSuspended(const QString &message)
{
    return make(400, "AccountSuspendedException", message);
}

ServiceError ServiceError::sendingPaused(const QString &message)
{
    return make(400, "SendingPausedException", message);
}

ServiceError ServiceError::invalidNextToken(const QString &message)
{
    return make(400, "InvalidNextTokenException", message);
}

ServiceError ServiceError::internalServiceError(const QString &message)
{
    return make(500, "InternalServiceErrorException", message, false);
}

} // namespace Sandbox
