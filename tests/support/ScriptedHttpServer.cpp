#include "tests/support/ScriptedHttpServer.h"

#include <QTcpSocket>

namespace TestSupport
{

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::json(
    int status, const QByteArray &body, const QByteArray &errorType)
{
    Reply r;
    r.status = status;
    r.body = body;
    r.headers.emplaceBack("Content-Type", "application/json");
    r.headers.emplaceBack("x-amzn-RequestId", "req-" + QByteArray::number(status));
    if (!errorType.isEmpty())
        r.headers.emplaceBack("x-amzn-ErrorType", errorType);
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::drop()
{
    Reply r;
    r.action = Action::Drop;
    return r;
}

ScriptedHttpServer::Reply ScriptedHttpServer::Reply::hang()
{
    Reply r;
    r.action = Action::Hang;
    return r;
}

QByteArray ScriptedHttpServer::Request::path() const
{
    const int q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray ScriptedHttpServer::Request::query() const
{
    const int q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
    , m_fallback(Reply::json(200, "{}"))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    qDeleteAll(m_hung);
}

bool ScriptedHttpServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    return u;
}

void ScriptedHttpServer::enqueue(const Reply &reply)
{
    m_script.append(reply);
}

void ScriptedHttpServer::setFallback(const Reply &reply)
{
    m_fallback = reply;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            onReadyRead(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            break;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer = buffer.mid(headerEnd + 4 + length);
        m_requests.append(request);

        const Reply reply = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
        switch (reply.action) {
        case Reply::Action::Drop:
            socket->abort();
            return;
        case Reply::Action::Hang:
            disconnect(socket, nullptr, this, nullptr);
            return;
        case Reply::Action::Respond: {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
            for (const auto &[name, value] : reply.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
            socket->write(out);
            break;
        }
        }
    }
    socket->setProperty("buffer", buffer);
}

} // namespace TestSupport
