#include "models/items/DedicatedIpModel.h"

#include "models/ses/SesClient.h"

namespace Items
{

using namespace DedicatedIps;

namespace
{
/// An IPv4 address as a number, so 198.51.100.9 sorts before 198.51.100.10; others after them.
qint64 numericIp(const QString &ip)
{
    const QStringList parts = ip.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return (qint64(1) << 32);
    qint64 value = 0;
    for (const QString &part : parts)
        value = value * 256 + part.toInt();
    return value;
}
} // namespace

DedicatedIpModel::DedicatedIpModel(QObject *parent)
    : PagedTableModel(parent)
{
}

Aws::AwsJob *DedicatedIpModel::requestPage(const QString &token, quint64 generation)
{
    return client()->getDedicatedIps(
        m_pool, token, pageSize(), this, [this, generation](Aws::Result<Ses::DedicatedIpPage> page) {
            if (!isCurrent(generation) || page.isCancelled())
                return;
            if (page.isError()) {
                failPage(page.error());
                return;
            }
            const QList<Ses::DedicatedIp> &ips = page.value().ips;
            if (!ips.isEmpty()) {
                const int first = static_cast<int>(m_ips.size());
                beginInsertRows({}, first, first + static_cast<int>(ips.size()) - 1);
                m_ips.append(ips);
                endInsertRows();
            }
            acceptPage(page.value().nextToken);
        });
}

void DedicatedIpModel::clearRows()
{
    m_ips.clear();
}

std::optional<Ses::DedicatedIp> DedicatedIpModel::ipAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_ips.size())
        return std::nullopt;
    return m_ips.at(index.row());
}

int DedicatedIpModel::rowOf(const QString &ip) const
{
    for (int i = 0; i < m_ips.size(); ++i) {
        if (m_ips.at(i).ip == ip)
            return i;
    }
    return -1;
}

void DedicatedIpModel::updateIp(const Ses::DedicatedIp &ip)
{
    const int row = rowOf(ip.ip);
    if (row < 0)
        return;
    if (!m_pool.isEmpty() && ip.poolName != m_pool) {
        beginRemoveRows({}, row, row);
        m_ips.removeAt(row);
        endRemoveRows();
        return;
    }
    m_ips[row] = ip;
    Q_EMIT dataChanged(index(row, 0), index(row, IpColumnCount - 1));
}

void DedicatedIpModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, IpColumnCount - 1);
    if (!m_ips.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, IpColumnCount - 1));
}

int DedicatedIpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ips.size());
}

int DedicatedIpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : IpColumnCount;
}

QVariant DedicatedIpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ses::DedicatedIp &ip = m_ips.at(index.row());
    const WarmupStatus status = warmupStatusFromSes(ip.warmupStatus);
    switch (role) {
    case NameRole:
        return ip.ip;
    case PoolRole:
        return ip.poolName;
    case WarmupStatusRole:
        return static_cast<int>(status);
    case WarmupPercentageRole:
        return ip.warmupPercentage;
    case SortRole:
        switch (index.column()) {
        case IpColumn:
            // Numeric order: 198.51.100.9 before 198.51.100.10.
            return numericIp(ip.ip);
        case IpPoolColumn:
            return ip.poolName.toCaseFolded();
        case WarmupStatusColumn:
            return static_cast<int>(status);
        case WarmupPercentageColumn:
            return ip.warmupPercentage;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IpColumn:
            return ip.ip;
        case IpPoolColumn:
            return ip.poolName.isEmpty() ? defaultPoolName() : ip.poolName;
        case WarmupStatusColumn:
            return warmupStatusText(status);
        case WarmupPercentageColumn:
            return ip.warmupPercentage < 0 ? QString() : tr("%1%").arg(ip.warmupPercentage);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WarmupPercentageColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DedicatedIpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IpColumn:
        return tr("IP address");
    case IpPoolColumn:
        return tr("Pool");
    case WarmupStatusColumn:
        return tr("Warm-up status");
    case WarmupPercentageColumn:
        return tr("Warm-up percentage");
    }
    return {};
}

} // namespace Items
