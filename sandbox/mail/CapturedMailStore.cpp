#include "sandbox/mail/CapturedMailStore.h"

#include "sandbox/state/StateStore.h"

namespace Sandbox
{

namespace
{
const QString kCollection = QStringLiteral("messages");
}

CapturedMailStore::CapturedMailStore(StateStore &store)
    : m_store(store)
{
}

bool CapturedMailStore::add(const QJsonObject &message)
{
    return m_store.put(kCollection, message.value(QLatin1String("messageId")).toString(), message);
}

std::optional<QJsonObject> CapturedMailStore::find(const QString &messageId) const
{
    return m_store.get(kCollection, messageId);
}

QList<QJsonObject> CapturedMailStore::page(const QString &afterId, int limit) const
{
    QList<QJsonObject> out;
    for (const StoredDocument &doc : m_store.list(kCollection, afterId, limit))
        out.append(doc.body);
    return out;
}

qint64 CapturedMailStore::count() const
{
    return m_store.count(kCollection);
}

qint64 CapturedMailStore::clear()
{
    return m_store.removeWithPrefix(kCollection, QString());
}

QString CapturedMailStore::newMessageId(const QDateTime &now, QRandomGenerator &random)
{
    auto hex = [&](int digits) {
        QString s;
        for (int i = 0; i < digits; ++i)
            s.append(QLatin1Char("0123456789abcdef"[random.bounded(16)]));
        return s;
    };
    const QString time = QStringLiteral("%1").arg(now.toMSecsSinceEpoch(), 14, 16, QLatin1Char('0'));
    return QStringLiteral("01%1-%2-%3-4%4-%5-%6-000000")
        .arg(time, hex(8), hex(4), hex(3), QString(QLatin1Char("89ab"[random.bounded(4)])) + hex(3), hex(12));
}

} // namespace Sandbox
