#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

namespace Sandbox
{

class StateStore;

/// Every message the Sandbox accepted: envelope, rendered MIME and the events it produced,
/// keyed by the SES message id (which starts with the acceptance time, so key order is arrival
/// order). Read through /_sandbox/messages.
class CapturedMailStore
{
public:
    explicit CapturedMailStore(StateStore &store);

    bool add(const QJsonObject &message);
    std::optional<QJsonObject> find(const QString &messageId) const;
    /// Messages after afterId in arrival order, at most limit.
    QList<QJsonObject> page(const QString &afterId, int limit) const;
    qint64 count() const;
    qint64 clear();

    /// An SES-style message id: "01" + 14 hex digits of the acceptance time in milliseconds,
    /// then a UUID and "-000000" (0100018c2f3a4b5c-6d0f5e68-1a2b-4c3d-9e8f-0123456789ab-000000).
    static QString newMessageId(const QDateTime &now, QRandomGenerator &random);

private:
    StateStore &m_store;
};

} // namespace Sandbox
