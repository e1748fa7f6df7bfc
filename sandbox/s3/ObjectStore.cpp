#include "sandbox/s3/ObjectStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include "sandbox/state/StateStore.h"

namespace Sandbox
{

ObjectStore::ObjectStore(StateStore &store)
    : m_store(store)
{
}

bool ObjectStore::initialize(QString *error)
{
    return m_store.migrate(QStringLiteral("s3-objects"),
        1,
        {QStringLiteral("CREATE TABLE IF NOT EXISTS s3_objects (bucket TEXT NOT NULL, key TEXT NOT NULL, "
                        "body BLOB NOT NULL, content_type TEXT, modified INTEGER NOT NULL, "
                        "PRIMARY KEY (bucket, key)) WITHOUT ROWID")},
        error);
}

bool ObjectStore::put(const Object &object)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO s3_objects (bucket, key, body, content_type, modified) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(object.bucket);
    query.addBindValue(object.key);
    query.addBindValue(object.body);
    query.addBindValue(object.contentType);
    query.addBindValue(object.lastModified.toMSecsSinceEpoch());
    if (!query.exec()) {
        m_store.noteExternalFailure(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<ObjectStore::Object> ObjectStore::get(const QString &bucket, const QString &key) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT body, content_type, modified FROM s3_objects WHERE bucket = ? AND key = ?"));
    query.addBindValue(bucket);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Object{bucket,
        key,
        query.value(0).toByteArray(),
        query.value(1).toString(),
        QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc())};
}

bool ObjectStore::remove(const QString &bucket, const QString &key)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM s3_objects WHERE bucket = ? AND key = ?"));
    query.addBindValue(bucket);
    query.addBindValue(key);
    if (!query.exec()) {
        m_store.noteExternalFailure(query.lastError().text());
        return false;
    }
    return query.numRowsAffected() > 0;
}

QList<ObjectStore::Summary> ObjectStore::list(const QString &bucket) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT key, length(body), modified FROM s3_objects WHERE bucket = ? ORDER BY key"));
    query.addBindValue(bucket);
    QList<Summary> out;
    if (!query.exec())
        return out;
    while (query.next())
        out.append({query.value(0).toString(),
            query.value(1).toLongLong(),
            QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc())});
    return out;
}

bool ObjectStore::isValidBucketName(const QString &bucket)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    return rule.match(bucket).hasMatch();
}

std::optional<std::pair<QString, QString>> ObjectStore::parseUrl(const QString &url)
{
    if (!url.startsWith(QLatin1String("s3://")))
        return std::nullopt;
    const QString rest = url.mid(5);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == rest.size() - 1)
        return std::nullopt;
    return std::pair{rest.left(slash), rest.mid(slash + 1)};
}

} // namespace Sandbox
