#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include "models/ses/MessageOutcome.h"
#include "models/ses/SesClient.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Aws
{
class Clock;
}

namespace Ses
{

/// Reads what became of a message from the SesDesk Sandbox's captured-mail store,
/// GET <sandbox>/_sandbox/messages/{MessageId} (a non-AWS path, unsigned, served on loopback
/// only; see sandbox/README.md). Refuses any host that is not loopback, so it never sends
/// anything to a real endpoint.
class SandboxMessageFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxMessageFetcher)

public:
    SandboxMessageFetcher(
        QNetworkAccessManager *network, QUrl sandboxUrl, const Aws::Clock *clock, QObject *parent = nullptr);

    const QUrl &sandboxUrl() const
    {
        return m_sandboxUrl;
    }
    /// The message's URL in the store.
    QUrl messageUrl(const QString &messageId) const;

    /// Looks the message up; done receives its outcome (NotCaptured when the Sandbox has no such
    /// message), or an error. Returns the reply (abort() it to cancel), or null when refused.
    QNetworkReply *fetch(const QString &messageId, QObject *context, Callback<MessageOutcome> done);

private:
    QNetworkAccessManager *m_network;
    QUrl m_sandboxUrl;
    const Aws::Clock *m_clock;
};

} // namespace Ses
