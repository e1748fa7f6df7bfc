#pragma once

#include <functional>

#include <QAbstractHttpServer>

#include "sandbox/http/HttpExchange.h"

namespace Sandbox
{

/// The socket side of the Sandbox: sees every request raw (QAbstractHttpServer rather than
/// QHttpServer's router, so SigV4 can be checked on exactly what was sent) and writes back what
/// the handler answers. It knows nothing about AWS.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Sandbox
