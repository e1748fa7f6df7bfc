#include "sandbox/state/DedicatedIpRepository.h"

#include <algorithm>
#include <cmath>

#include <QHostAddress>

#include "sandbox/state/StateStore.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{
const QString kPools = QStringLiteral("dedicated-ip-pools");
const QString kIps = QStringLiteral("dedicated-ips");
} // namespace

DedicatedIpRepository::DedicatedIpRepository(StateStore &store)
    : m_store(store)
{
}

std::optional<QJsonObject> DedicatedIpRepository::findPool(const QString &name) const
{
    return m_store.get(kPools, name);
}

bool DedicatedIpRepository::poolExists(const QString &name, const QDateTime &) const
{
    return name == defaultPoolName() || m_store.contains(kPools, name);
}

bool DedicatedIpRepository::savePool(const QJsonObject &pool)
{
    return m_store.put(kPools, pool.value(QLatin1String("PoolName")).toString(), pool);
}

bool DedicatedIpRepository::removePool(const QString &name)
{
    return m_store.remove(kPools, name);
}

QList<QJsonObject> DedicatedIpRepository::pagePools(const QString &afterName, int limit) const
{
    QList<QJsonObject> out;
    for (const StoredDocument &doc : m_store.list(kPools, afterName, limit))
        out.append(doc.body);
    return out;
}

qint64 DedicatedIpRepository::poolCount() const
{
    return m_store.count(kPools);
}

QString DedicatedIpRepository::keyFor(const QString &ip)
{
    // Zero-padded numeric key: 198.51.100.9 sorts before 198.51.100.10.
    const QHostAddress address(ip);
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QStringLiteral("%1").arg(v4, 10, 10, QLatin1Char('0')) : ip;
}

QJsonObject DedicatedIpRepository::ipView(const QJsonObject &stored, const QDateTime &now, bool autoWarmup)
{
    double percentage = stored.value(QLatin1String("_warmupBase")).toDouble();
    if (autoWarmup && percentage < 100) {
        const QDateTime since = Timestamps::fromJson(stored.value(QLatin1String("_warmupBaseAt")));
        const double days = since.isValid() ? std::max<qint64>(0, since.secsTo(now)) / 86400.0 : 0;
        percentage += days * 100.0 / kWarmupDays;
    }
    const int whole = std::min(100, static_cast<int>(std::floor(percentage)));
    QJsonObject view;
    view.insert(QStringLiteral("Ip"), stored.value(QLatin1String("Ip")));
    view.insert(QStringLiteral("WarmupStatus"), whole >= 100 ? QStringLiteral("DONE") : QStringLiteral("IN_PROGRESS"));
    view.insert(QStringLiteral("WarmupPercentage"), whole);
    if (stored.contains(QLatin1String("PoolName")))
        view.insert(QStringLiteral("PoolName"), stored.value(QLatin1String("PoolName")));
    return view;
}

std::optional<QJsonObject> DedicatedIpRepository::findIp(const QString &ip) const
{
    return m_store.get(kIps, keyFor(ip));
}

bool DedicatedIpRepository::saveIp(const QJsonObject &stored)
{
    return m_store.put(kIps, keyFor(stored.value(QLatin1String("Ip")).toString()), stored);
}

QList<QJsonObject> DedicatedIpRepository::pageIps(const QString &afterKey, int limit, const QString &pool) const
{
    QList<QJsonObject> out;
    QString after = afterKey;
    // Filtering by pool scans in key order; the number of IPs an account leases is small.
    while (limit < 0 || out.size() < limit) {
        const QList<StoredDocument> batch = m_store.list(kIps, after, 200);
        if (batch.isEmpty())
            break;
        for (const StoredDocument &doc : batch) {
            after = doc.key;
            if (!pool.isEmpty() && doc.body.value(QLatin1String("PoolName")).toString() != pool)
                continue;
            out.append(doc.body);
            if (limit >= 0 && out.size() >= limit)
                break;
        }
    }
    return out;
}

QStringList DedicatedIpRepository::lease(int count, const QString &pool, bool autoWarmup, const QDateTime &now)
{
    QStringList leased;
    static const char *const ranges[] = {"198.51.100.", "203.0.113."};
    for (const char *range : ranges) {
        for (int host = 1; host <= 254 && leased.size() < count; ++host) {
            const QString ip = QString::fromLatin1(range) + QString::number(host);
            if (m_store.contains(kIps, keyFor(ip)))
                continue;
            QJsonObject stored;
            stored.insert(QStringLiteral("Ip"), ip);
            if (!pool.isEmpty())
                stored.insert(QStringLiteral("PoolName"), pool);
            stored.insert(QStringLiteral("_leasedAt"), Timestamps::toJson(now));
            setWarmup(stored, autoWarmup ? 0 : 100, now);
            saveIp(stored);
            leased.append(ip);
        }
    }
    return leased;
}

void DedicatedIpRepository::setWarmup(QJsonObject &stored, int percentage, const QDateTime &now)
{
    stored.insert(QStringLiteral("_warmupBase"), percentage);
    stored.insert(QStringLiteral("_warmupBaseAt"), Timestamps::toJson(now));
}

} // namespace Sandbox
