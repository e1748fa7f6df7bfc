#include "models/ses/StatisticsDatabase.h"

#include <limits>

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Ses
{

namespace
{

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sesdesk-statistics-%1").arg(counter.fetchAndAddRelaxed(1));
}

qint64 secs(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

/// QtSql binds a null QString as SQL NULL; the account scope is stored as ''.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString metricKey(ReputationMetric::Kind kind)
{
    return ReputationMetric::metricName(kind);
}

} // namespace

QString StatisticsDatabase::defaultPath(const QString &xdgDataHome, const QString &homeDir)
{
    const QString base = !xdgDataHome.isEmpty() ? xdgDataHome : homeDir + QStringLiteral("/.local/share");
    return base + QStringLiteral("/sesdesk/statistics.sqlite");
}

StatisticsDatabase::StatisticsDatabase()
    : m_connection(nextConnectionName())
{
}

StatisticsDatabase::~StatisticsDatabase()
{
    close();
}

Aws::AwsError StatisticsDatabase::sqlError(const QString &what, const QString &detail) const
{
    return Aws::AwsError::local(Aws::AwsError::Kind::Configuration,
        QStringLiteral("StatisticsStoreError"),
        tr("Statistics history %1 (%2): %3").arg(what, QDir::toNativeSeparators(m_path), detail));
}

bool StatisticsDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void StatisticsDatabase::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Aws::Result<Aws::Empty> StatisticsDatabase::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return sqlError(tr("cannot be created"), tr("the folder %1 cannot be made").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return sqlError(tr("cannot be opened"), db.lastError().text());
    QSqlQuery pragma(db);
    // WAL lets readers work while a batch is written; a crash loses at most the last batch.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    return migrate();
}

Aws::Result<Aws::Empty> StatisticsDatabase::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(tr("cannot be read"), q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > schemaVersion)
        return sqlError(tr("was written by a newer SesDesk"),
            tr("schema version %1, this version reads up to %2").arg(version).arg(schemaVersion));
    if (version == schemaVersion)
        return Aws::Empty{};
    const QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS scopes (scope TEXT PRIMARY KEY, account_id TEXT, region TEXT NOT "
                       "NULL, endpoint TEXT, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS send_points (scope TEXT NOT NULL, ts INTEGER NOT NULL, "
                       "delivery_attempts INTEGER NOT NULL, bounces INTEGER NOT NULL, complaints INTEGER NOT NULL, "
                       "rejects INTEGER NOT NULL, PRIMARY KEY (scope, ts)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS reputation_points (scope TEXT NOT NULL, metric TEXT NOT NULL, "
                       "configuration_set TEXT NOT NULL, period INTEGER NOT NULL, ts INTEGER NOT NULL, value REAL NOT "
                       "NULL, PRIMARY KEY (scope, metric, configuration_set, period, ts)) WITHOUT ROWID"),
        QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion),
    };
    if (!db.transaction())
        return sqlError(tr("cannot be written"), db.lastError().text());
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            const QString detail = q.lastError().text();
            db.rollback();
            return sqlError(tr("cannot be set up"), detail);
        }
    }
    if (!db.commit())
        return sqlError(tr("cannot be written"), db.lastError().text());
    return Aws::Empty{};
}

Aws::Result<Aws::Empty> StatisticsDatabase::touchScope(const StatisticsScope &scope)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO scopes (scope, account_id, region, endpoint, first_seen, last_seen) VALUES "
                             "(?, ?, ?, ?, ?, ?) ON CONFLICT(scope) DO UPDATE SET last_seen = excluded.last_seen"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    q.addBindValue(scope.key());
    q.addBindValue(scope.accountId());
    q.addBindValue(scope.region());
    q.addBindValue(scope.endpoint());
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(tr("cannot be written"), q.lastError().text());
    return Aws::Empty{};
}

Aws::Result<int> StatisticsDatabase::saveSendPoints(const StatisticsScope &scope, const QList<SendDataPoint> &points)
{
    if (!isOpen())
        return sqlError(tr("is not open"), tr("open() was not called or failed"));
    if (!scope.isValid())
        return sqlError(tr("cannot be written"), tr("no account scope"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(tr("cannot be written"), db.lastError().text());
    auto touched = touchScope(scope);
    if (!touched.ok()) {
        db.rollback();
        return touched.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO send_points (scope, ts, delivery_attempts, bounces, complaints, "
                             "rejects) VALUES (?, ?, ?, ?, ?, ?)"));
    int written = 0;
    for (const SendDataPoint &p : points) {
        q.bindValue(0, scope.key());
        q.bindValue(1, secs(p.timestamp));
        q.bindValue(2, p.deliveryAttempts);
        q.bindValue(3, p.bounces);
        q.bindValue(4, p.complaints);
        q.bindValue(5, p.rejects);
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            db.rollback();
            return sqlError(tr("cannot be written"), detail);
        }
        ++written;
    }
    if (!db.commit())
        return sqlError(tr("cannot be written"), db.lastError().text());
    return written;
}

Aws::Result<QList<SendDataPoint>> StatisticsDatabase::sendPoints(const QString &scopeKey, const TimeRange &range) const
{
    if (!isOpen())
        return sqlError(tr("is not open"), tr("open() was not called or failed"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ts, delivery_attempts, bounces, complaints, rejects FROM send_points WHERE scope = "
                       "? AND ts >= ? AND ts < ? ORDER BY ts"));
    q.addBindValue(scopeKey);
    q.addBindValue(range.isValid() ? secs(range.from()) : std::numeric_limits<qint64>::min());
    q.addBindValue(range.isValid() ? secs(range.to()) : std::numeric_limits<qint64>::max());
    if (!q.exec())
        return sqlError(tr("cannot be read"), q.lastError().text());
    QList<SendDataPoint> out;
    while (q.next()) {
        SendDataPoint p;
        p.timestamp = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        p.deliveryAttempts = q.value(1).toLongLong();
        p.bounces = q.value(2).toLongLong();
        p.complaints = q.value(3).toLongLong();
        p.rejects = q.value(4).toLongLong();
        out.append(p);
    }
    return out;
}

Aws::Result<int> StatisticsDatabase::saveReputationPoints(const StatisticsScope &scope,
    ReputationMetric::Kind kind,
    const QString &configurationSet,
    int periodSeconds,
    const QList<ReputationPoint> &points)
{
    if (!isOpen())
        return sqlError(tr("is not open"), tr("open() was not called or failed"));
    if (!scope.isValid())
        return sqlError(tr("cannot be written"), tr("no account scope"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(tr("cannot be written"), db.lastError().text());
    auto touched = touchScope(scope);
    if (!touched.ok()) {
        db.rollback();
        return touched.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO reputation_points (scope, metric, configuration_set, period, ts, "
                             "value) VALUES (?, ?, ?, ?, ?, ?)"));
    int written = 0;
    for (const ReputationPoint &p : points) {
        q.bindValue(0, scope.key());
        q.bindValue(1, metricKey(kind));
        q.bindValue(2, nonNull(configurationSet));
        q.bindValue(3, periodSeconds);
        q.bindValue(4, secs(p.timestamp));
        q.bindValue(5, p.value);
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            db.rollback();
            return sqlError(tr("cannot be written"), detail);
        }
        ++written;
    }
    if (!db.commit())
        return sqlError(tr("cannot be written"), db.lastError().text());
    return written;
}

Aws::Result<QList<ReputationPoint>> StatisticsDatabase::reputationPoints(const QString &scopeKey,
    ReputationMetric::Kind kind,
    const QString &configurationSet,
    int periodSeconds,
    const TimeRange &range) const
{
    if (!isOpen())
        return sqlError(tr("is not open"), tr("open() was not called or failed"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ts, value FROM reputation_points WHERE scope = ? AND metric = ? AND "
                             "configuration_set = ? AND period = ? AND ts >= ? AND ts < ? ORDER BY ts"));
    q.addBindValue(scopeKey);
    q.addBindValue(metricKey(kind));
    q.addBindValue(nonNull(configurationSet));
    q.addBindValue(periodSeconds);
    q.addBindValue(range.isValid() ? secs(range.from()) : std::numeric_limits<qint64>::min());
    q.addBindValue(range.isValid() ? secs(range.to()) : std::numeric_limits<qint64>::max());
    if (!q.exec())
        return sqlError(tr("cannot be read"), q.lastError().text());
    QList<ReputationPoint> out;
    while (q.next())
        out.append({QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toDouble()});
    return out;
}

Aws::Result<QDateTime> StatisticsDatabase::earliestSendPoint(const QString &scopeKey) const
{
    if (!isOpen())
        return sqlError(tr("is not open"), tr("open() was not called or failed"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT MIN(ts) FROM send_points WHERE scope = ?"));
    q.addBindValue(scopeKey);
    if (!q.exec() || !q.next())
        return sqlError(tr("cannot be read"), q.lastError().text());
    if (q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

} // namespace Ses
