#pragma once

#include <QJsonDocument>
#include <QJsonObject>

#include "models/aws/Credentials.h"
#include "models/aws/SigV4Signer.h"

#include "sandbox/http/HttpExchange.h"

namespace TestSupport
{

/// A request signed as the AWS CLI signs it, ready for Sandbox::SandboxServer::handle() or
/// Sandbox::RequestAuthenticator::verify().
inline Sandbox::HttpRequest signedRequest(const QByteArray &method,
    const QByteArray &path,
    const QByteArray &query,
    const QByteArray &body,
    const Aws::Credentials &credentials,
    const QDateTime &time,
    const QString &region = QStringLiteral("us-east-1"),
    const QString &service = QStringLiteral("ses"),
    const QByteArray &contentType = "application/json")
{
    Aws::SigningRequest signing;
    signing.method = method;
    signing.path = path;
    signing.query = query;
    signing.body = body;
    signing.headers.append(qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:4580")));
    if (!body.isEmpty())
        signing.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    Aws::SigV4Signer(region, service).sign(signing, credentials, time);
    Sandbox::HttpRequest request;
    request.method = method;
    request.path = path;
    request.query = query;
    request.body = body;
    request.headers = signing.headers;
    return request;
}

inline QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace TestSupport
