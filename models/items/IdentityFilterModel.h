#pragma once

#include <QSortFilterProxyModel>

#include "models/items/IdentityItems.h"

namespace Items
{

class IdentityTableModel;

/// Sorts the identity table (statuses in a meaningful order, names case-insensitively) and
/// filters it as the user types: a row stays when its Unicode or ASCII name, its type or its
/// default configuration set contains every word typed. Answers identityAt() for its own
/// indexes, so panes never map back to the source.
class IdentityFilterModel final : public QSortFilterProxyModel, public IdentityItems
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityFilterModel)

public:
    explicit IdentityFilterModel(QObject *parent = nullptr);

    void setIdentitySource(IdentityTableModel *source);
    IdentityTableModel *identitySource() const
    {
        return m_source;
    }
    /// What the user typed; words separated by spaces must all match.
    void setFilterText(const QString &text);
    QString filterText() const
    {
        return m_words.join(QLatin1Char(' '));
    }

    std::optional<IdentityEntry> identityAt(const QModelIndex &index) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    IdentityTableModel *m_source = nullptr;
    QStringList m_words;
};

} // namespace Items
