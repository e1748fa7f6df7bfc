#pragma once

#include <QJsonObject>
#include <QString>

#include "sandbox/http/HttpExchange.h"

namespace Sandbox
{

struct AuthFailure;
struct ServiceError;

/// How the REST-JSON protocol (SES v2) words answers: JSON bodies, errors as {"message": ...}
/// with the code in x-amzn-ErrorType, the request id in x-amzn-RequestId.
class RestJsonProtocol
{
public:
    static HttpResponse success(int status, const QJsonObject &body, const QString &requestId);
    static HttpResponse error(const ServiceError &error, const QString &requestId);
    /// SES v2's answer to a failed authentication (403).
    static ServiceError authError(const AuthFailure &failure);
};

} // namespace Sandbox
