#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Sandbox
{

class StateStore;

/// Dedicated IP pools and the account's standard dedicated IPs. IPs are "leased" through the
/// Sandbox's own API (in SES, through a support case) from the documentation ranges
/// 198.51.100.0/24 and 203.0.113.0/24. Warm-up follows the guide: with auto warm-up an IP goes from
/// its starting percentage to 100 % over 45 days; without it, a newly leased IP starts complete.
class DedicatedIpRepository
{
public:
    explicit DedicatedIpRepository(StateStore &store);

    /// The pool SES sends dedicated traffic through when a configuration set names none.
    static QString defaultPoolName()
    {
        return QStringLiteral("ses-default-dedicated-pool");
    }
    static constexpr int kMaxPools = 50;
    static constexpr int kWarmupDays = 45;

    std::optional<QJsonObject> findPool(const QString &name) const;
    /// True for created pools and for the default pool.
    bool poolExists(const QString &name, const QDateTime &now) const;
    bool savePool(const QJsonObject &pool);
    bool removePool(const QString &name);
    QList<QJsonObject> pagePools(const QString &afterName, int limit) const;
    qint64 poolCount() const;

    /// GetDedicatedIp's view of a stored IP at now.
    static QJsonObject ipView(const QJsonObject &stored, const QDateTime &now, bool autoWarmup);
    std::optional<QJsonObject> findIp(const QString &ip) const;
    bool saveIp(const QJsonObject &stored);
    /// Stored IPs in address order after afterKey; pool filters when not empty.
    QList<QJsonObject> pageIps(const QString &afterKey, int limit, const QString &pool) const;
    static QString keyFor(const QString &ip);
    /// Leases count new IPs (into pool, when given). Returns their addresses.
    QStringList lease(int count, const QString &pool, bool autoWarmup, const QDateTime &now);
    /// Sets the warm-up percentage now (PutDedicatedIpWarmupAttributes).
    static void setWarmup(QJsonObject &stored, int percentage, const QDateTime &now);

private:
    StateStore &m_store;
};

} // namespace Sandbox
