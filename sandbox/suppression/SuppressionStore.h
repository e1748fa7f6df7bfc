#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include "sandbox/hooks/SuppressionList.h"

namespace Sandbox
{

class StateStore;

/// The account-level suppression list, sized for millions of entries: its own SQLite table in
/// the state store (same connection, same transactions and durability), one row per address
/// (addresses compare case-insensitively, as the 7-bit ASCII SES allows), with indexes on
/// (time, address) and (reason, time, address) so ListSuppressedDestinations pages by key, newest
/// first, with or without reason and date filters, in constant time per page. Installed as the
/// send path's SuppressionList hook.
class SuppressionStore final : public SuppressionList
{
public:
    enum class Reason { Bounce = 0, Complaint = 1 };

    struct Entry {
        QString emailAddress;
        Reason reason = Reason::Bounce;
        QDateTime lastUpdateTime; ///< UTC, millisecond precision.
        QString messageId; ///< The message whose feedback added it; empty for manual entries.
        QString feedbackId;
    };

    /// Where a page starts: after the entry with this time and address (newest first).
    struct Cursor {
        qint64 timeMs = 0;
        QString address;
    };

    struct Filter {
        std::optional<Reason> reason; ///< Empty: both reasons.
        std::optional<QDateTime> start; ///< Inclusive.
        std::optional<QDateTime> end; ///< Inclusive.
    };

    explicit SuppressionStore(StateStore &store);

    /// Creates the table and indexes (once per database).
    bool initialize(QString *error);

    /// Adds or replaces the entry for the address.
    bool put(const Entry &entry);
    /// Adds or replaces many entries with one prepared statement (imports, demo data).
    bool putMany(const QList<Entry> &entries);
    /// Removes many addresses; returns how many were on the list.
    qint64 removeMany(const QStringList &addresses);
    std::optional<Entry> find(const QString &address) const;
    bool remove(const QString &address);
    /// Up to limit entries matching filter after cursor (from the newest when empty).
    QList<Entry> page(const Filter &filter, const std::optional<Cursor> &after, int limit) const;
    qint64 count() const;

    static QString reasonName(Reason reason);
    static std::optional<Reason> reasonFromName(const QString &name);

    // SuppressionList (the send path).
    std::optional<QString> reasonFor(const QString &address) const override;
    void recordFeedback(
        const QString &address, const QString &reason, const QString &messageId, const QDateTime &when) override;

private:
    StateStore &m_store;
};

} // namespace Sandbox
