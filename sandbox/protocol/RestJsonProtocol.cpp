#include "sandbox/protocol/RestJsonProtocol.h"

#include <QJsonDocument>

#include "sandbox/protocol/AuthErrorCodes.h"
#include "sandbox/protocol/ServiceError.h"

namespace Sandbox
{

HttpResponse RestJsonProtocol::success(int status, const QJsonObject &body, const QString &requestId)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.setHeader("x-amzn-RequestId", requestId.toLatin1());
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse RestJsonProtocol::error(const ServiceError &error, const QString &requestId)
{
    HttpResponse response;
    response.status = error.httpStatus;
    response.setHeader("Content-Type", "application/json");
    response.setHeader("x-amzn-RequestId", requestId.toLatin1());
    response.setHeader("x-amzn-ErrorType", error.code.toLatin1());
    QJsonObject body;
    body.insert(QStringLiteral("message"), error.message);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

ServiceError RestJsonProtocol::authError(const AuthFailure &failure)
{
    static const AuthErrorCodes codes{"MissingAuthenticationTokenException",
        "IncompleteSignatureException",
        "UnrecognizedClientException",
        "SignatureDoesNotMatch",
        "InvalidSignatureException"};
    return codes.errorFor(failure);
}

} // namespace Sandbox
