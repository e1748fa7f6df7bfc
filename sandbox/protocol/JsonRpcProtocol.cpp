#include "sandbox/protocol/JsonRpcProtocol.h"

#include <QJsonDocument>

#include "sandbox/protocol/AuthErrorCodes.h"
#include "sandbox/protocol/ServiceError.h"

namespace Sandbox
{

HttpResponse JsonRpcProtocol::success(const QJsonObject &body, const QByteArray &contentType, const QString &requestId)
{
    HttpResponse response;
    response.status = 200;
    response.setHeader("Content-Type", contentType);
    response.setHeader("x-amzn-RequestId", requestId.toLatin1());
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse JsonRpcProtocol::error(const ServiceError &error,
    const QByteArray &contentType,
    const QString &requestId,
    bool queryCompatible,
    const QString &queryCode)
{
    HttpResponse response;
    response.status = error.httpStatus;
    response.setHeader("Content-Type", contentType);
    response.setHeader("x-amzn-RequestId", requestId.toLatin1());
    if (queryCompatible)
        response.setHeader("x-amzn-query-error",
            ((queryCode.isEmpty() ? error.code : queryCode)
                + (error.senderFault ? QStringLiteral(";Sender") : QStringLiteral(";Receiver")))
                .toLatin1());
    QJsonObject body;
    body.insert(QStringLiteral("__type"), error.code);
    body.insert(QStringLiteral("message"), error.message);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

ServiceError JsonRpcProtocol::authError(const AuthFailure &failure)
{
    static const AuthErrorCodes codes{"MissingAuthenticationTokenException",
        "IncompleteSignatureException",
        "UnrecognizedClientException",
        "InvalidSignatureException",
        "InvalidSignatureException"};
    return codes.errorFor(failure);
}

} // namespace Sandbox
