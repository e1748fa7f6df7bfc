#pragma once

#include <QString>

namespace Sandbox
{

/// An error the Sandbox answers with, as SES words it: HTTP status, error code (the
/// x-amzn-ErrorType of REST-JSON, the <Code> of the Query protocol), message, and whether the
/// caller (Sender) or the service (Receiver) is at fault.
struct ServiceError {
    int httpStatus = 400;
    QString code;
    QString message;
    bool senderFault = true;

    // The SES v2 exceptions with their HTTP status from the sesv2 model.
    static ServiceError badRequest(const QString &message);
    static ServiceError notFound(const QString &message);
    static ServiceError alreadyExists(const QString &message);
    static ServiceError limitExceeded(const QString &message);
    static ServiceError tooManyRequests(const QString &message);
    static ServiceError conflict(const QString &message);
    static ServiceError concurrentModification(const QString &message);
    static ServiceError messageRejected(const QString &message);
    static ServiceError mailFromDomainNotVerified(const QString &message);
    static ServiceError accountSuspended(const QString &message);
    static ServiceError sendingPaused(const QString &message);
    static ServiceError invalidNextToken(const QString &message);
    static ServiceError internalServiceError(const QString &message);
};

} // namespace Sandbox
