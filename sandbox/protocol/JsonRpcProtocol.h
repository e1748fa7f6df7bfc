#pragma once

#include <QJsonObject>
#include <QString>

#include "sandbox/http/HttpExchange.h"

namespace Sandbox
{

struct AuthFailure;
struct ServiceError;

/// How the awsJson protocol (CloudWatch as current CLIs call it: POST / with X-Amz-Target)
/// words answers: {"__type": code, "message": ...}; for services that are "awsQueryCompatible"
/// the Query error code also goes in x-amzn-query-error ("Code;Sender").
class JsonRpcProtocol
{
public:
    static HttpResponse success(const QJsonObject &body, const QByteArray &contentType, const QString &requestId);
    /// @param queryCode the Query protocol's code for x-amzn-query-error (defaults to the JSON code).
    static HttpResponse error(const ServiceError &error,
        const QByteArray &contentType,
        const QString &requestId,
        bool queryCompatible,
        const QString &queryCode = {});
    static ServiceError authError(const AuthFailure &failure);
};

} // namespace Sandbox
