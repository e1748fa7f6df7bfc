#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/ses/IdentityTypes.h"

namespace Ses
{

/// A dedicated IP pool (GetDedicatedIpPool's DedicatedIpPool).
struct DedicatedIpPool {
    QString poolName;
    QString scalingMode; ///< STANDARD | MANAGED

    static DedicatedIpPool fromJson(const QJsonObject &json);
};

/// One page of ListDedicatedIpPools (names only).
struct DedicatedIpPoolPage {
    QStringList poolNames;
    QString nextToken;
};

/// A dedicated IP and its warm-up (DedicatedIp).
struct DedicatedIp {
    QString ip;
    QString warmupStatus; ///< IN_PROGRESS | DONE | NOT_APPLICABLE
    int warmupPercentage = 0; ///< 0–100; -1 when SES did not say
    QString poolName; ///< empty: in no pool (ses-default-dedicated-pool)

    static DedicatedIp fromJson(const QJsonObject &json);
};

/// One page of GetDedicatedIps.
struct DedicatedIpPage {
    QList<DedicatedIp> ips;
    QString nextToken;
};

/// CreateDedicatedIpPool's request.
struct CreateDedicatedIpPoolRequest {
    QString poolName;
    QString scalingMode; ///< STANDARD | MANAGED; empty: not sent (SES: STANDARD)
    QList<Tag> tags;

    QJsonObject toJson() const;
};

} // namespace Ses
