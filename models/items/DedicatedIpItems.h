#pragma once

#include <optional>

#include <QModelIndex>
#include <QString>

#include "models/ses/DedicatedIpTypes.h"

namespace Items
{

/// Columns, roles and values of the dedicated IP pool list and the IP table.
namespace DedicatedIps
{

/// A pool's ScalingMode; Unknown until GetDedicatedIpPool answered.
enum class ScalingMode { Unknown, Standard, Managed };
/// A dedicated IP's WarmupStatus.
enum class WarmupStatus { Unknown, InProgress, Done, NotApplicable };

enum PoolColumn { PoolNameColumn, ScalingModeColumn, PoolColumnCount };
enum IpColumn { IpColumn, IpPoolColumn, WarmupStatusColumn, WarmupPercentageColumn, IpColumnCount };

enum Role {
    NameRole = Qt::UserRole + 1, ///< QString: pool name (pools) or IP address (IPs)
    ScalingModeRole, ///< int (ScalingMode)
    WarmupStatusRole, ///< int (WarmupStatus)
    WarmupPercentageRole, ///< int 0–100, -1 unknown
    PoolRole, ///< QString: the IP's pool, empty for ses-default-dedicated-pool
    SortRole, ///< what the column sorts by
};

ScalingMode scalingModeFromSes(const QString &mode);
QString scalingModeToSes(ScalingMode mode);
WarmupStatus warmupStatusFromSes(const QString &status);
/// "Standard", "Managed" (translated).
QString scalingModeText(ScalingMode mode);
/// "In progress", "Complete"... as the console says (translated).
QString warmupStatusText(WarmupStatus status);
/// The pool SES uses for dedicated IPs that are in no other pool.
inline QString defaultPoolName()
{
    return QStringLiteral("ses-default-dedicated-pool");
}

} // namespace DedicatedIps

/// A row of the pool list: the name, and the scaling mode once read.
struct PoolEntry {
    QString name;
    DedicatedIps::ScalingMode scalingMode = DedicatedIps::ScalingMode::Unknown;
};

/// What the Dedicated IPs pane asks of its pool list, answered alike by the model and its
/// filter proxy.
class DedicatedIpPoolItems
{
public:
    virtual ~DedicatedIpPoolItems() = default;
    virtual std::optional<PoolEntry> poolAt(const QModelIndex &index) const = 0;
    virtual QModelIndex indexOfPool(const QString &name) const = 0;
};

} // namespace Items
