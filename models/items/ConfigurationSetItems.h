#pragma once

#include <QModelIndex>
#include <QString>

namespace Items
{

/// Columns and roles of the configuration set list (ConfigurationSetListModel and
/// ConfigurationSetFilterModel).
namespace ConfigurationSetList
{
enum Column { NameColumn, ColumnCount };
enum Role {
    NameRole = Qt::UserRole + 1, ///< QString
};
} // namespace ConfigurationSetList

/// What the Configuration sets pane asks of its list, answered alike by the model and its
/// filter proxy, so the pane never unwraps the proxy.
class ConfigurationSetItems
{
public:
    virtual ~ConfigurationSetItems() = default;
    /// The name of the set in the row of index (any column); empty for an invalid index.
    virtual QString configurationSetAt(const QModelIndex &index) const = 0;
    /// The index (first column) of the named set; invalid when it is not shown.
    virtual QModelIndex indexOfConfigurationSet(const QString &name) const = 0;
};

} // namespace Items
