#pragma once

#include <QStringList>

#include "models/items/ConfigurationSetItems.h"
#include "models/items/PagedTableModel.h"

namespace Items
{

/// The configuration sets of the account in the region, ListConfigurationSets page by page
/// (a view loads more as it scrolls); kept current by create and delete without a reload.
class ConfigurationSetListModel final : public PagedTableModel, public ConfigurationSetItems
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationSetListModel)

public:
    explicit ConfigurationSetListModel(QObject *parent = nullptr);

    /// Adds a set created here (if it is not listed yet).
    void addConfigurationSet(const QString &name);
    bool removeConfigurationSet(const QString &name);
    QStringList names() const
    {
        return m_names;
    }
    /// After a language change: the header is read again.
    void retranslate();

    QString configurationSetAt(const QModelIndex &index) const override;
    QModelIndex indexOfConfigurationSet(const QString &name) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Aws::AwsJob *requestPage(const QString &token, quint64 generation) override;
    void clearRows() override;

private:
    QStringList m_names;
};

} // namespace Items
