#pragma once

#include <QList>
#include <QStringList>

#include "models/items/DedicatedIpItems.h"
#include "models/items/PagedTableModel.h"

namespace Items
{

/// The dedicated IP pools of the account in the region: ListDedicatedIpPools page by page, then
/// each pool's scaling mode (GetDedicatedIpPool), a few at a time behind the client's rate
/// limiter. Kept current by create, delete and conversion without a reload.
class DedicatedIpPoolModel final : public PagedTableModel, public DedicatedIpPoolItems
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DedicatedIpPoolModel)

public:
    explicit DedicatedIpPoolModel(QObject *parent = nullptr);

    /// How many GetDedicatedIpPool calls may run at once (default 2).
    void setMaximumConcurrentDetails(int count)
    {
        m_maximumDetails = qMax(1, count);
    }
    void addPool(const PoolEntry &pool);
    bool removePool(const QString &name);
    void setScalingMode(const QString &name, DedicatedIps::ScalingMode mode);
    QStringList poolNames() const;
    /// Pools whose scaling mode is known to be mode.
    QStringList poolNames(DedicatedIps::ScalingMode mode) const;
    int rowOf(const QString &name) const;
    /// Whether every listed pool's scaling mode is in.
    bool detailsComplete() const;
    void retranslate();

    std::optional<PoolEntry> poolAt(const QModelIndex &index) const override;
    QModelIndex indexOfPool(const QString &name) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A pool's scaling mode arrived (or could not be read).
    void poolDetailsLoaded(const QString &name);

protected:
    Aws::AwsJob *requestPage(const QString &token, quint64 generation) override;
    void clearRows() override;

private:
    void drainDetails();

    QList<PoolEntry> m_pools;
    QStringList m_detailQueue;
    int m_detailsRunning = 0;
    int m_maximumDetails = 2;
};

} // namespace Items
