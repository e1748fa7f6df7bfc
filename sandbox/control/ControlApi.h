#pragma once

#include "sandbox/http/HttpExchange.h"

namespace Sandbox
{

struct SandboxContext;

/// The Sandbox's own, non-AWS API under /_sandbox/ (documented in sandbox/README.md): read and
/// clear the captured mail, verify an identity at once, settle a production-access review, set
/// the account's enforcement status, lease dedicated IPs, and the S3 stand-in import jobs read from. JSON in camelCase;
/// not signed (loopback only by default).
class ControlApi
{
public:
    explicit ControlApi(SandboxContext &context);

    static bool handles(const QByteArray &path)
    {
        return path == "/_sandbox" || path.startsWith("/_sandbox/");
    }

    HttpResponse handle(const HttpRequest &request, const QString &requestId);

private:
    HttpResponse route(const HttpRequest &request, const QString &requestId);
    HttpResponse listMessages(const HttpRequest &request, const QString &requestId);
    HttpResponse getMessage(const QString &messageId, bool raw, const QString &requestId);
    HttpResponse deleteMessages(const QString &requestId);
    HttpResponse verifyIdentity(const QString &name, const HttpRequest &request, const QString &requestId);
    HttpResponse resolveReview(const HttpRequest &request, const QString &requestId);
    HttpResponse setEnforcementStatus(const HttpRequest &request, const QString &requestId);
    HttpResponse setSendQuota(const HttpRequest &request, const QString &requestId);
    HttpResponse leaseDedicatedIps(const HttpRequest &request, const QString &requestId);
    HttpResponse info(const QString &requestId);
    HttpResponse s3(const QStringList &segments, const HttpRequest &request, const QString &requestId);

    SandboxContext &m_context;
};

} // namespace Sandbox
