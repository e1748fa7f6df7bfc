#include "sandbox/http/RequestRouter.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QUuid>

#include "models/aws/Clock.h"

#include "sandbox/control/ControlApi.h"
#include "sandbox/protocol/JsonRpcEndpoint.h"
#include "sandbox/protocol/QueryEndpoint.h"
#include "sandbox/protocol/RestJsonEndpoint.h"

Q_LOGGING_CATEGORY(lcRequests, "sesdesk.sandbox.requests", QtInfoMsg)

namespace Sandbox
{

RequestRouter::RequestRouter(RestJsonEndpoint &sesv2,
    QueryEndpoint &query,
    JsonRpcEndpoint &jsonRpc,
    ControlApi &control,
    const Aws::Clock &clock)
    : m_sesv2(sesv2)
    , m_query(query)
    , m_jsonRpc(jsonRpc)
    , m_control(control)
    , m_clock(clock)
{
}

RequestRouter::Protocol RequestRouter::classify(const HttpRequest &request)
{
    if (ControlApi::handles(request.path))
        return Protocol::Control;
    if (request.hasHeader("X-Amz-Target"))
        return Protocol::JsonRpc;
    if (request.path.startsWith("/v2/"))
        return Protocol::RestJson;
    const bool form = request.header("Content-Type").startsWith("application/x-www-form-urlencoded");
    if ((request.method == "POST" && form) || request.query.startsWith("Action=") || request.query.contains("&Action="))
        return Protocol::Query;
    return Protocol::RestJson;
}

HttpResponse RequestRouter::handle(const HttpRequest &request)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpResponse response;
    switch (classify(request)) {
    case Protocol::Control:
        response = m_control.handle(request, requestId);
        break;
    case Protocol::JsonRpc:
        response = m_jsonRpc.handle(request, requestId);
        break;
    case Protocol::Query:
        response = m_query.handle(request, requestId);
        break;
    case Protocol::RestJson:
        response = m_sesv2.handle(request, requestId);
        break;
    }
    response.setHeader(
        "Date", QLocale::c().toString(m_clock.nowUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
    // Never the Authorization header or the body: they carry signatures and message content.
    qCDebug(lcRequests).noquote() << request.method << QString::fromUtf8(request.path) << response.status
                                  << QString::fromLatin1(response.header("x-amzn-ErrorType"));
    return response;
}

} // namespace Sandbox
