#include "models/items/DedicatedIpPoolFilterModel.h"

#include "models/items/DedicatedIpPoolModel.h"

namespace Items
{

DedicatedIpPoolFilterModel::DedicatedIpPoolFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DedicatedIps::SortRole);
    setDynamicSortFilter(true);
}

void DedicatedIpPoolFilterModel::setPoolSource(DedicatedIpPoolModel *source)
{
    m_source = source;
    setSourceModel(source);
}

void DedicatedIpPoolFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool DedicatedIpPoolFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || !m_source)
        return true;
    const QString name = m_source->index(sourceRow, 0, sourceParent).data(DedicatedIps::NameRole).toString();
    for (const QString &word : m_words) {
        if (!name.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

std::optional<PoolEntry> DedicatedIpPoolFilterModel::poolAt(const QModelIndex &index) const
{
    if (!m_source || !index.isValid() || index.model() != this)
        return std::nullopt;
    return m_source->poolAt(mapToSource(index));
}

QModelIndex DedicatedIpPoolFilterModel::indexOfPool(const QString &name) const
{
    return m_source ? mapFromSource(m_source->indexOfPool(name)) : QModelIndex();
}

} // namespace Items
