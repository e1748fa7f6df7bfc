#include "sandbox/protocol/RestJsonProtocol.h"

#include <QJsonDocument>

#include "sandbox/auth/AuthFailure.h"
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
    auto make = [&](const char *code) {
        return ServiceError{403, QString::fromLatin1(code), failure.message, true};
    };
    switch (failure.kind) {
    case AuthFailure::Kind::MissingToken:
        return make("MissingAuthenticationTokenException");
    case AuthFailure::Kind::IncompleteSignature:
        return make("IncompleteSignatureException");
    case AuthFailure::Kind::UnknownAccessKey:
        return make("UnrecognizedClientException");
    case AuthFailure::Kind::SignatureMismatch:
        return make("SignatureDoesNotMatch");
    case AuthFailure::Kind::InvalidScope:
    case AuthFailure::Kind::Expired:
    case AuthFailure::Kind::NotYetCurrent:
        return make("InvalidSignatureException");
    }
    return make("InvalidSignatureException");
}

} // namespace Sandbox
