#include "models/items/DedicatedIpPoolModel.h"

#include "models/ses/SesClient.h"

namespace Items
{

using namespace DedicatedIps;

DedicatedIpPoolModel::DedicatedIpPoolModel(QObject *parent)
    : PagedTableModel(parent)
{
}

Aws::AwsJob *DedicatedIpPoolModel::requestPage(const QString &token, quint64 generation)
{
    return client()->listDedicatedIpPools(
        token, pageSize(), this, [this, generation](Aws::Result<Ses::DedicatedIpPoolPage> page) {
            if (!isCurrent(generation) || page.isCancelled())
                return;
            if (page.isError()) {
                failPage(page.error());
                return;
            }
            QList<PoolEntry> fresh;
            for (const QString &name : page.value().poolNames) {
                if (rowOf(name) < 0)
                    fresh.append(PoolEntry{name, ScalingMode::Unknown});
            }
            if (!fresh.isEmpty()) {
                const int first = static_cast<int>(m_pools.size());
                beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
                m_pools.append(fresh);
                endInsertRows();
                for (const PoolEntry &p : std::as_const(fresh))
                    m_detailQueue.append(p.name);
            }
            acceptPage(page.value().nextToken);
            drainDetails();
        });
}

void DedicatedIpPoolModel::clearRows()
{
    m_pools.clear();
    m_detailQueue.clear();
    m_detailsRunning = 0;
}

void DedicatedIpPoolModel::drainDetails()
{
    while (client() && m_detailsRunning < m_maximumDetails && !m_detailQueue.isEmpty()) {
        const QString name = m_detailQueue.takeFirst();
        ++m_detailsRunning;
        const quint64 gen = generation();
        track(client()->getDedicatedIpPool(name, this, [this, gen, name](Aws::Result<Ses::DedicatedIpPool> r) {
            if (!isCurrent(gen) || r.isCancelled())
                return;
            --m_detailsRunning;
            if (r.ok())
                setScalingMode(name, scalingModeFromSes(r.value().scalingMode));
            Q_EMIT poolDetailsLoaded(name);
            drainDetails();
        }));
    }
}

void DedicatedIpPoolModel::addPool(const PoolEntry &pool)
{
    if (const int row = rowOf(pool.name); row >= 0) {
        setScalingMode(pool.name, pool.scalingMode);
        return;
    }
    const int row = static_cast<int>(m_pools.size());
    beginInsertRows({}, row, row);
    m_pools.append(pool);
    endInsertRows();
}

bool DedicatedIpPoolModel::removePool(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_pools.removeAt(row);
    endRemoveRows();
    m_detailQueue.removeAll(name);
    return true;
}

void DedicatedIpPoolModel::setScalingMode(const QString &name, ScalingMode mode)
{
    const int row = rowOf(name);
    if (row < 0 || m_pools.at(row).scalingMode == mode)
        return;
    m_pools[row].scalingMode = mode;
    Q_EMIT dataChanged(index(row, 0), index(row, PoolColumnCount - 1));
}

QStringList DedicatedIpPoolModel::poolNames() const
{
    QStringList out;
    for (const PoolEntry &p : m_pools)
        out.append(p.name);
    return out;
}

QStringList DedicatedIpPoolModel::poolNames(ScalingMode mode) const
{
    QStringList out;
    for (const PoolEntry &p : m_pools) {
        if (p.scalingMode == mode)
            out.append(p.name);
    }
    return out;
}

int DedicatedIpPoolModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_pools.size(); ++i) {
        if (m_pools.at(i).name == name)
            return i;
    }
    return -1;
}

bool DedicatedIpPoolModel::detailsComplete() const
{
    return m_detailQueue.isEmpty() && m_detailsRunning == 0;
}

void DedicatedIpPoolModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, PoolColumnCount - 1);
    if (!m_pools.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, PoolColumnCount - 1));
}

std::optional<PoolEntry> DedicatedIpPoolModel::poolAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_pools.size())
        return std::nullopt;
    return m_pools.at(index.row());
}

QModelIndex DedicatedIpPoolModel::indexOfPool(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QModelIndex() : index(row, PoolNameColumn);
}

int DedicatedIpPoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pools.size());
}

int DedicatedIpPoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PoolColumnCount;
}

QVariant DedicatedIpPoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolEntry &pool = m_pools.at(index.row());
    switch (role) {
    case NameRole:
        return pool.name;
    case ScalingModeRole:
        return static_cast<int>(pool.scalingMode);
    case SortRole:
        return index.column() == ScalingModeColumn ? QVariant(static_cast<int>(pool.scalingMode))
                                                   : QVariant(pool.name.toCaseFolded());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == PoolNameColumn ? pool.name : scalingModeText(pool.scalingMode);
    default:
        return {};
    }
}

QVariant DedicatedIpPoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PoolNameColumn:
        return tr("Pool");
    case ScalingModeColumn:
        return tr("Scaling mode");
    }
    return {};
}

} // namespace Items
