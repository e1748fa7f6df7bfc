#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QLockFile;

namespace Sandbox
{

/// A stored JSON document and its key.
struct StoredDocument {
    QString key;
    QJsonObject body;
};

/// The Sandbox's durable state: JSON documents in named collections, kept in SQLite (WAL
/// journal, synchronous=FULL) in --data-dir, or in memory without one. Every request runs in one
/// transaction whose commit is on disk (fsync) before the answer leaves, so a crash or kill -9
/// loses nothing that was acknowledged, and large collections (a million suppressed addresses)
/// page by key without being loaded. Components with bigger needs create their own tables in
/// the same database through migrate().
class StateStore
{
public:
    ~StateStore();
    Q_DISABLE_COPY_MOVE(StateStore)

    /// Opens (creating if needed) the store in dataDir, or an in-memory store when dataDir is
    /// empty. Fails when another Sandbox holds the folder or the database cannot be opened.
    static std::unique_ptr<StateStore> open(const QString &dataDir, QString *error);

    bool isPersistent() const
    {
        return !m_dataDir.isEmpty();
    }
    const QString &dataDir() const
    {
        return m_dataDir;
    }

    std::optional<QJsonObject> get(const QString &collection, const QString &key) const;
    bool contains(const QString &collection, const QString &key) const;
    bool put(const QString &collection, const QString &key, const QJsonObject &body);
    bool remove(const QString &collection, const QString &key);
    /// Removes every document whose key starts with prefix; returns how many.
    qint64 removeWithPrefix(const QString &collection, const QString &prefix);
    /// Documents in key order (binary collation), after afterKey (exclusive), at most limit
    /// (all when limit < 0), restricted to keys starting with prefix.
    QList<StoredDocument> list(
        const QString &collection, const QString &afterKey = {}, int limit = -1, const QString &prefix = {}) const;
    qint64 count(const QString &collection, const QString &prefix = {}) const;

    /// One transaction around a request. Writes outside a transaction commit on their own.
    bool begin();
    /// Commits; false (and rolled back) if any write in the transaction failed or the commit did.
    bool commit(QString *error = nullptr);
    void rollback();
    bool inTransaction() const
    {
        return m_inTransaction;
    }

    /// Runs a component's schema statements once per version (extension tables, indexes).
    bool migrate(const QString &component, int version, const QStringList &statements, QString *error = nullptr);

    /// A component's own write on database() failed: the request's transaction must not commit.
    void noteExternalFailure(const QString &what)
    {
        noteFailure(what);
    }

    /// For components with their own tables (same connection, same transactions).
    QSqlDatabase database() const
    {
        return m_db;
    }

private:
    StateStore() = default;
    bool exec(const QString &sql, QString *error = nullptr);
    void noteFailure(const QString &what) const;

    QString m_dataDir;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    bool m_inTransaction = false;
    mutable bool m_failed = false;
    mutable QString m_lastError;
};

} // namespace Sandbox
