#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include "sandbox/http/HttpExchange.h"

namespace Sandbox
{

struct AuthFailure;
struct ServiceError;

/// How the Query protocol (SES v1, CloudWatch's classic API) words answers: form-encoded
/// requests, <ActionResponse><ActionResult> XML answers and <ErrorResponse> error documents.
class QueryProtocol
{
public:
    /// Decodes an application/x-www-form-urlencoded body or query string, keeping order and repeats.
    static QList<QPair<QString, QString>> parseForm(const QByteArray &encoded);

    /// Wraps resultXml (the children of <ActionResult>) in the response document.
    static HttpResponse success(
        const QString &action, const QString &xmlNamespace, const QByteArray &resultXml, const QString &requestId);
    static HttpResponse error(const ServiceError &error, const QString &xmlNamespace, const QString &requestId);
    /// The Query protocol's answer to a failed authentication (403).
    static ServiceError authError(const AuthFailure &failure);
};

} // namespace Sandbox
