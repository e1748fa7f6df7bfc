#include "models/items/ConfigurationSetListModel.h"

#include "models/ses/SesClient.h"

namespace Items
{

using namespace ConfigurationSetList;

ConfigurationSetListModel::ConfigurationSetListModel(QObject *parent)
    : PagedTableModel(parent)
{
}

Aws::AwsJob *ConfigurationSetListModel::requestPage(const QString &token, quint64 generation)
{
    return client()->listConfigurationSets(
        token, pageSize(), this, [this, generation](Aws::Result<Ses::ConfigurationSetPage> page) {
            if (!isCurrent(generation) || page.isCancelled())
                return;
            if (page.isError()) {
                failPage(page.error());
                return;
            }
            QStringList fresh;
            for (const QString &name : page.value().configurationSets) {
                if (!m_names.contains(name) && !fresh.contains(name))
                    fresh.append(name);
            }
            if (!fresh.isEmpty()) {
                const int first = static_cast<int>(m_names.size());
                beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
                m_names.append(fresh);
                endInsertRows();
            }
            acceptPage(page.value().nextToken);
        });
}

void ConfigurationSetListModel::clearRows()
{
    m_names.clear();
}

void ConfigurationSetListModel::addConfigurationSet(const QString &name)
{
    if (m_names.contains(name))
        return;
    const int row = static_cast<int>(m_names.size());
    beginInsertRows({}, row, row);
    m_names.append(name);
    endInsertRows();
}

bool ConfigurationSetListModel::removeConfigurationSet(const QString &name)
{
    const int row = static_cast<int>(m_names.indexOf(name));
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_names.removeAt(row);
    endRemoveRows();
    return true;
}

void ConfigurationSetListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString ConfigurationSetListModel::configurationSetAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_names.size())
        return {};
    return m_names.at(index.row());
}

QModelIndex ConfigurationSetListModel::indexOfConfigurationSet(const QString &name) const
{
    const qsizetype row = m_names.indexOf(name);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), NameColumn);
}

int ConfigurationSetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int ConfigurationSetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigurationSetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &name = m_names.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case NameRole:
        return name;
    default:
        return {};
    }
}

QVariant ConfigurationSetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section != NameColumn)
        return {};
    return tr("Configuration set");
}

} // namespace Items
