#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace TestSupport
{

/// A loopback HTTP/1.1 server that answers from a script: a status with headers and body, a
/// dropped connection, or no answer at all. It records every request it receives, so tests can
/// check what the client sent (including that its signature verifies).
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Reply {
        enum class Action { Respond, Drop, Hang };
        Action action = Action::Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        static Reply json(int status, const QByteArray &body, const QByteArray &errorType = {});
        static Reply drop();
        static Reply hang();
    };
    struct Request {
        QByteArray method;
        QByteArray target; ///< path?query exactly as received
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray path() const;
        QByteArray query() const;
        QByteArray header(const QByteArray &name) const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    /// Listens on 127.0.0.1 on a free port.
    bool start();
    QUrl url() const;

    void enqueue(const Reply &reply);
    /// Answer given when the script is exhausted.
    void setFallback(const Reply &reply);
    const QList<Request> &requests() const
    {
        return m_requests;
    }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Reply> m_script;
    Reply m_fallback;
    QList<Request> m_requests;
    QList<QTcpSocket *> m_hung;
};

} // namespace TestSupport
