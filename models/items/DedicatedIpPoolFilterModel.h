#pragma once

#include <QSortFilterProxyModel>

#include "models/items/DedicatedIpItems.h"

namespace Items
{

class DedicatedIpPoolModel;

/// Sorts the pools (names case-insensitively, scaling modes) and keeps those whose name contains
/// every word typed. Answers poolAt() for its own indexes.
class DedicatedIpPoolFilterModel final : public QSortFilterProxyModel, public DedicatedIpPoolItems
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DedicatedIpPoolFilterModel)

public:
    explicit DedicatedIpPoolFilterModel(QObject *parent = nullptr);

    void setPoolSource(DedicatedIpPoolModel *source);
    void setFilterText(const QString &text);

    std::optional<PoolEntry> poolAt(const QModelIndex &index) const override;
    QModelIndex indexOfPool(const QString &name) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DedicatedIpPoolModel *m_source = nullptr;
    QStringList m_words;
};

} // namespace Items
