#pragma once

#include <QSortFilterProxyModel>

#include "models/items/ConfigurationSetItems.h"

namespace Items
{

class ConfigurationSetListModel;

/// Sorts the configuration sets by name (case-insensitively) and keeps those whose name
/// contains every word typed. Answers configurationSetAt() for its own indexes.
class ConfigurationSetFilterModel final : public QSortFilterProxyModel, public ConfigurationSetItems
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationSetFilterModel)

public:
    explicit ConfigurationSetFilterModel(QObject *parent = nullptr);

    void setConfigurationSetSource(ConfigurationSetListModel *source);
    /// What the user typed; words separated by spaces must all match.
    void setFilterText(const QString &text);

    QString configurationSetAt(const QModelIndex &index) const override;
    QModelIndex indexOfConfigurationSet(const QString &name) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ConfigurationSetListModel *m_source = nullptr;
    QStringList m_words;
};

} // namespace Items
