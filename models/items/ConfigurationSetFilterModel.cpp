#include "models/items/ConfigurationSetFilterModel.h"

#include "models/items/ConfigurationSetListModel.h"

namespace Items
{

ConfigurationSetFilterModel::ConfigurationSetFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ConfigurationSetList::NameRole);
    setDynamicSortFilter(true);
}

void ConfigurationSetFilterModel::setConfigurationSetSource(ConfigurationSetListModel *source)
{
    m_source = source;
    setSourceModel(source);
}

void ConfigurationSetFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ConfigurationSetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || !m_source)
        return true;
    const QString name = m_source->index(sourceRow, 0, sourceParent).data(ConfigurationSetList::NameRole).toString();
    for (const QString &word : m_words) {
        if (!name.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QString ConfigurationSetFilterModel::configurationSetAt(const QModelIndex &index) const
{
    if (!m_source || !index.isValid() || index.model() != this)
        return {};
    return m_source->configurationSetAt(mapToSource(index));
}

QModelIndex ConfigurationSetFilterModel::indexOfConfigurationSet(const QString &name) const
{
    return m_source ? mapFromSource(m_source->indexOfConfigurationSet(name)) : QModelIndex();
}

} // namespace Items
