#include "models/items/TemplateFilterProxyModel.h"

#include <QCollator>

#include "models/items/TemplateListModel.h"

namespace Items
{

TemplateFilterProxyModel::TemplateFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TemplateFilterProxyModel::setSourceTemplateModel(TemplateListModel *model)
{
    m_templates = model;
    setSourceModel(model);
}

void TemplateFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateRowsFilter();
}

bool TemplateFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, TemplateListModel::NameColumn, sourceParent);
    return index.data(TemplateListModel::TemplateNameRole).toString().contains(m_filter, Qt::CaseInsensitive);
}

bool TemplateFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == TemplateListModel::CreatedColumn)
        return left.data(TemplateListModel::CreatedRole).toDateTime()
            < right.data(TemplateListModel::CreatedRole).toDateTime();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator.compare(left.data(TemplateListModel::TemplateNameRole).toString(),
               right.data(TemplateListModel::TemplateNameRole).toString())
        < 0;
}

std::optional<Ses::EmailTemplateMetadata> TemplateFilterProxyModel::templateAt(const QModelIndex &index) const
{
    if (!m_templates || !index.isValid() || index.model() != this)
        return std::nullopt;
    return m_templates->templateAt(mapToSource(index));
}

QModelIndex TemplateFilterProxyModel::indexOfTemplate(const QString &name) const
{
    if (!m_templates)
        return {};
    return mapFromSource(m_templates->indexOfTemplate(name));
}

} // namespace Items
