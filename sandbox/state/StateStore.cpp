#include "sandbox/state/StateStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStateStore, "sesdesk.sandbox.state")

namespace Sandbox
{

namespace
{

QString likePrefix(const QString &prefix)
{
    QString escaped = prefix;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

StateStore::~StateStore()
{
    if (m_db.isOpen()) {
        if (m_inTransaction)
            m_db.rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<StateStore> StateStore::open(const QString &dataDir, QString *error)
{
    std::unique_ptr<StateStore> store(new StateStore);
    store->m_dataDir = dataDir;
    QString databasePath = QStringLiteral(":memory:");
    if (!dataDir.isEmpty()) {
        QDir dir(dataDir);
        if (!dir.mkpath(QStringLiteral("."))) {
            if (error)
                *error = QObject::tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir));
            return {};
        }
        store->m_lock = std::make_unique<QLockFile>(dir.filePath(QStringLiteral("sandbox.lock")));
        store->m_lock->setStaleLockTime(0); // Stale only when its process is gone (kill -9 leaves one).
        if (!store->m_lock->tryLock(0)) {
            if (error)
                *error = QObject::tr("Another SesDesk Sandbox is using the data folder %1.")
                             .arg(QDir::toNativeSeparators(dataDir));
            return {};
        }
        databasePath = dir.filePath(QStringLiteral("sandbox.sqlite"));
    }

    // QSqlDatabase keeps connections by name; a unique name per store keeps servers independent.
    store->m_connectionName
        = QStringLiteral("sesdesk-sandbox-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(databasePath);
    if (!store->m_db.open()) {
        if (error)
            *error = QObject::tr("Cannot open the Sandbox database %1: %2")
                         .arg(databasePath, store->m_db.lastError().text());
        return {};
    }
    QString sqlError;
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // FULL: the WAL is fsynced at every commit, before the Sandbox answers.
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS documents (collection TEXT NOT NULL, key TEXT NOT NULL, "
                       "body BLOB NOT NULL, PRIMARY KEY (collection, key)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_versions (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"),
    };
    for (const QString &sql : setup) {
        if (!store->exec(sql, &sqlError)) {
            if (error)
                *error = QObject::tr("Cannot prepare the Sandbox database %1: %2").arg(databasePath, sqlError);
            return {};
        }
    }
    return store;
}

bool StateStore::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

void StateStore::noteFailure(const QString &what) const
{
    m_failed = true;
    m_lastError = what;
    qCWarning(lcStateStore) << "state write failed:" << what;
}

std::optional<QJsonObject> StateStore::get(const QString &collection, const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM documents WHERE collection = ? AND key = ?"));
    query.addBindValue(collection);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

bool StateStore::contains(const QString &collection, const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM documents WHERE collection = ? AND key = ?"));
    query.addBindValue(collection);
    query.addBindValue(key);
    return query.exec() && query.next();
}

bool StateStore::put(const QString &collection, const QString &key, const QJsonObject &body)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO documents (collection, key, body) VALUES (?, ?, ?)"));
    query.addBindValue(collection);
    query.addBindValue(key);
    query.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!query.exec()) {
        noteFailure(query.lastError().text());
        return false;
    }
    return true;
}

bool StateStore::remove(const QString &collection, const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM documents WHERE collection = ? AND key = ?"));
    query.addBindValue(collection);
    query.addBindValue(key);
    if (!query.exec()) {
        noteFailure(query.lastError().text());
        return false;
    }
    return query.numRowsAffected() > 0;
}

qint64 StateStore::removeWithPrefix(const QString &collection, const QString &prefix)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM documents WHERE collection = ? AND key LIKE ? ESCAPE '\\'"));
    query.addBindValue(collection);
    query.addBindValue(likePrefix(prefix));
    if (!query.exec()) {
        noteFailure(query.lastError().text());
        return 0;
    }
    return query.numRowsAffected();
}

QList<StoredDocument> StateStore::list(
    const QString &collection, const QString &afterKey, int limit, const QString &prefix) const
{
    QString sql = QStringLiteral("SELECT key, body FROM documents WHERE collection = ?");
    if (!afterKey.isEmpty())
        sql += QStringLiteral(" AND key > ?");
    if (!prefix.isEmpty())
        sql += QStringLiteral(" AND key LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY key");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(collection);
    if (!afterKey.isEmpty())
        query.addBindValue(afterKey);
    if (!prefix.isEmpty())
        query.addBindValue(likePrefix(prefix));
    QList<StoredDocument> out;
    if (!query.exec())
        return out;
    while (query.next())
        out.append({query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toByteArray()).object()});
    return out;
}

qint64 StateStore::count(const QString &collection, const QString &prefix) const
{
    QSqlQuery query(m_db);
    if (prefix.isEmpty()) {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM documents WHERE collection = ?"));
        query.addBindValue(collection);
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM documents WHERE collection = ? AND key LIKE ? ESCAPE '\\'"));
        query.addBindValue(collection);
        query.addBindValue(likePrefix(prefix));
    }
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool StateStore::begin()
{
    if (m_inTransaction)
        return true;
    m_failed = false;
    m_lastError.clear();
    m_inTransaction = m_db.transaction();
    return m_inTransaction;
}

bool StateStore::commit(QString *error)
{
    if (!m_inTransaction)
        return true;
    m_inTransaction = false;
    if (m_failed) {
        m_db.rollback();
        if (error)
            *error = m_lastError;
        return false;
    }
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        if (error)
            *error = text;
        return false;
    }
    return true;
}

void StateStore::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_db.rollback();
}

bool StateStore::migrate(const QString &component, int version, const QStringList &statements, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT version FROM schema_versions WHERE component = ?"));
    query.addBindValue(component);
    if (query.exec() && query.next() && query.value(0).toInt() >= version)
        return true;
    for (const QString &sql : statements) {
        if (!exec(sql, error))
            return false;
    }
    QSqlQuery record(m_db);
    record.prepare(QStringLiteral("INSERT OR REPLACE INTO schema_versions (component, version) VALUES (?, ?)"));
    record.addBindValue(component);
    record.addBindValue(version);
    if (!record.exec()) {
        if (error)
            *error = record.lastError().text();
        return false;
    }
    return true;
}

} // namespace Sandbox
