#include "models/items/TemplateListModel.h"

#include <QLocale>

namespace Items
{

namespace
{

bool nameLess(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

} // namespace

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_templates.size());
}

int TemplateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ses::EmailTemplateMetadata &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return t.templateName;
        if (index.column() == CreatedColumn)
            return t.createdTimestamp.isValid()
                ? QLocale().toString(t.createdTimestamp.toLocalTime(), QLocale::ShortFormat)
                : QString();
        break;
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn && t.createdTimestamp.isValid())
            return QLocale().toString(t.createdTimestamp.toLocalTime(), QLocale::LongFormat);
        break;
    case TemplateNameRole:
        return t.templateName;
    case CreatedRole:
        return t.createdTimestamp;
    default:
        break;
    }
    return {};
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CreatedColumn:
        return tr("Created");
    default:
        break;
    }
    return {};
}

std::optional<Ses::EmailTemplateMetadata> TemplateListModel::templateAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_templates.size())
        return std::nullopt;
    return m_templates.at(index.row());
}

QModelIndex TemplateListModel::indexOfTemplate(const QString &name) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).templateName == name)
            return index(static_cast<int>(i), NameColumn);
    }
    return {};
}

void TemplateListModel::setTemplates(QList<Ses::EmailTemplateMetadata> templates)
{
    std::sort(templates.begin(), templates.end(), [](const auto &a, const auto &b) {
        return nameLess(a.templateName, b.templateName);
    });
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
}

qsizetype TemplateListModel::insertionRow(const QString &name) const
{
    const auto it
        = std::lower_bound(m_templates.cbegin(), m_templates.cend(), name, [](const auto &t, const QString &n) {
              return nameLess(t.templateName, n);
          });
    return it - m_templates.cbegin();
}

void TemplateListModel::addTemplate(const Ses::EmailTemplateMetadata &metadata)
{
    const QModelIndex existing = indexOfTemplate(metadata.templateName);
    if (existing.isValid()) {
        m_templates[existing.row()] = metadata;
        Q_EMIT dataChanged(index(existing.row(), 0), index(existing.row(), ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(insertionRow(metadata.templateName));
    beginInsertRows({}, row, row);
    m_templates.insert(row, metadata);
    endInsertRows();
}

bool TemplateListModel::removeTemplate(const QString &name)
{
    const QModelIndex existing = indexOfTemplate(name);
    if (!existing.isValid())
        return false;
    beginRemoveRows({}, existing.row(), existing.row());
    m_templates.removeAt(existing.row());
    endRemoveRows();
    return true;
}

void TemplateListModel::clear()
{
    setTemplates({});
}

QStringList TemplateListModel::templateNames() const
{
    QStringList names;
    names.reserve(m_templates.size());
    for (const auto &t : m_templates)
        names.append(t.templateName);
    return names;
}

} // namespace Items
