#include "sandbox/suppression/SuppressionStore.h"

#include <QSqlError>
#include <QTimeZone>
#include <QVariant>

#include "sandbox/state/StateStore.h"

namespace Sandbox
{

namespace
{

SuppressionStore::Entry entryFrom(const QSqlQuery &query)
{
    SuppressionStore::Entry e;
    e.emailAddress = query.value(0).toString();
    e.reason = query.value(1).toInt() == 1 ? SuppressionStore::Reason::Complaint : SuppressionStore::Reason::Bounce;
    e.lastUpdateTime = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc());
    e.messageId = query.value(3).toString();
    e.feedbackId = query.value(4).toString();
    return e;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

SuppressionStore::SuppressionStore(StateStore &store)
    : m_store(store)
{
}

bool SuppressionStore::initialize(QString *error)
{
    return m_store.migrate(QStringLiteral("suppression-list"),
        1,
        {QStringLiteral("CREATE TABLE IF NOT EXISTS suppressed_destinations ("
                        "address TEXT NOT NULL COLLATE NOCASE PRIMARY KEY, "
                        "reason INTEGER NOT NULL, "
                        "updated INTEGER NOT NULL, "
                        "message_id TEXT, "
                        "feedback_id TEXT) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS suppressed_by_time ON suppressed_destinations (updated, address)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS suppressed_by_reason_time ON suppressed_destinations "
                           "(reason, updated, address)")},
        error);
}

QString SuppressionStore::reasonName(Reason reason)
{
    return reason == Reason::Complaint ? QStringLiteral("COMPLAINT") : QStringLiteral("BOUNCE");
}

std::optional<SuppressionStore::Reason> SuppressionStore::reasonFromName(const QString &name)
{
    if (name == QLatin1String("BOUNCE"))
        return Reason::Bounce;
    if (name == QLatin1String("COMPLAINT"))
        return Reason::Complaint;
    return std::nullopt;
}

bool SuppressionStore::put(const Entry &entry)
{
    return putMany({entry});
}

bool SuppressionStore::putMany(const QList<Entry> &entries)
{
    QSqlQuery query(m_store.database());
    // REPLACE keeps one row per address whatever its case; the new spelling wins.
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO suppressed_destinations "
                                 "(address, reason, updated, message_id, feedback_id) VALUES (?, ?, ?, ?, ?)"));
    for (const Entry &entry : entries) {
        query.bindValue(0, entry.emailAddress);
        query.bindValue(1, static_cast<int>(entry.reason));
        query.bindValue(2, entry.lastUpdateTime.toMSecsSinceEpoch());
        query.bindValue(3, textOrNull(entry.messageId));
        query.bindValue(4, textOrNull(entry.feedbackId));
        if (!query.exec()) {
            m_store.noteExternalFailure(query.lastError().text());
            return false;
        }
    }
    return true;
}

qint64 SuppressionStore::removeMany(const QStringList &addresses)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM suppressed_destinations WHERE address = ?"));
    qint64 removed = 0;
    for (const QString &address : addresses) {
        query.bindValue(0, address);
        if (!query.exec()) {
            m_store.noteExternalFailure(query.lastError().text());
            return removed;
        }
        removed += query.numRowsAffected();
    }
    return removed;
}

std::optional<SuppressionStore::Entry> SuppressionStore::find(const QString &address) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT address, reason, updated, message_id, feedback_id "
                                 "FROM suppressed_destinations WHERE address = ?"));
    query.addBindValue(address);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

bool SuppressionStore::remove(const QString &address)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM suppressed_destinations WHERE address = ?"));
    query.addBindValue(address);
    if (!query.exec()) {
        m_store.noteExternalFailure(query.lastError().text());
        return false;
    }
    return query.numRowsAffected() > 0;
}

QList<SuppressionStore::Entry> SuppressionStore::page(
    const Filter &filter, const std::optional<Cursor> &after, int limit) const
{
    QString sql = QStringLiteral("SELECT address, reason, updated, message_id, feedback_id "
                                 "FROM suppressed_destinations WHERE 1");
    if (filter.reason)
        sql += QStringLiteral(" AND reason = :reason");
    if (filter.start)
        sql += QStringLiteral(" AND updated >= :start");
    // Keyset pagination: the index is walked from the cursor, never from the first row. SQLite
    // takes one upper bound for the index range, so the end date and the cursor are merged
    // into whichever is tighter (otherwise every page would rescan from the end date).
    const qint64 endMs = filter.end ? filter.end->toMSecsSinceEpoch() : 0;
    const bool useCursor = after && !(filter.end && after->timeMs > endMs);
    const bool useEnd = filter.end && !(after && after->timeMs <= endMs);
    if (useEnd)
        sql += QStringLiteral(" AND updated <= :end");
    if (useCursor)
        sql += QStringLiteral(" AND (updated, address) < (:time, :address)");
    sql += QStringLiteral(" ORDER BY updated DESC, address DESC LIMIT :limit");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (filter.reason)
        query.bindValue(QStringLiteral(":reason"), static_cast<int>(*filter.reason));
    if (filter.start)
        query.bindValue(QStringLiteral(":start"), filter.start->toMSecsSinceEpoch());
    if (useEnd)
        query.bindValue(QStringLiteral(":end"), endMs);
    if (useCursor) {
        query.bindValue(QStringLiteral(":time"), after->timeMs);
        query.bindValue(QStringLiteral(":address"), after->address);
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<Entry> out;
    if (!query.exec())
        return out;
    out.reserve(limit);
    while (query.next())
        out.append(entryFrom(query));
    return out;
}

qint64 SuppressionStore::count() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM suppressed_destinations")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::optional<QString> SuppressionStore::reasonFor(const QString &address) const
{
    const std::optional<Entry> entry = find(address);
    if (!entry)
        return std::nullopt;
    return reasonName(entry->reason);
}

void SuppressionStore::recordFeedback(
    const QString &address, const QString &reason, const QString &messageId, const QDateTime &when)
{
    const std::optional<Reason> parsed = reasonFromName(reason);
    if (!parsed)
        return;
    Entry entry;
    entry.emailAddress = address;
    entry.reason = *parsed;
    entry.lastUpdateTime = when;
    entry.messageId = messageId;
    put(entry);
}

} // namespace Sandbox
