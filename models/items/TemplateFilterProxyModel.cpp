#include "models/items/TemplateFilterProxyModel.h"

#include "models/items/TemplateListModel.h"

namespace Items
{

namespace
{

/// Natural order: digit runs compare as numbers ("order-2" before "order-10"), the rest without
/// regard to case. Done by hand because QCollator's numeric mode depends on ICU and the locale.
int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype si = i;
            const qsizetype sj = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            QStringView da = QStringView(a).mid(si, i - si);
            QStringView db = QStringView(b).mid(sj, j - sj);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size() ? -1 : 1;
            if (const int c = da.compare(db); c != 0)
                return c;
            continue;
        }
        const int c = QStringView(a).mid(i, 1).compare(QStringView(b).mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return QString::compare(a, b);
}

} // namespace

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
    return naturalCompare(left.data(TemplateListModel::TemplateNameRole).toString(),
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
