#include "sandbox/http/HttpFrontend.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>

namespace Sandbox
{

namespace
{

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest in;
    in.method = methodName(request.method());
    // FullyEncoded keeps the percent-encoding the client sent (%40, %2F), which the signature covers.
    in.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    if (in.path.isEmpty())
        in.path = "/";
    in.query = request.url().query(QUrl::FullyEncoded).toLatin1();
    in.headers = request.headers();
    in.body = request.body();
    in.remoteAddress = request.remoteAddress();

    const HttpResponse out = m_handler(in);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(out.status));
    bool hasLength = false;
    for (const auto &h : out.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            hasLength = true;
        responder.writeHeader(h.first, h.second);
    }
    if (!hasLength)
        responder.writeHeader("Content-Length", QByteArray::number(out.body.size()));
    responder.writeBody(out.body);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if that ever changes.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Sandbox
