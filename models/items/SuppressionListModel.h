#pragma once

#include <optional>

#include <QList>

#include "models/items/PagedTableModel.h"
#include "models/items/SuppressionListItems.h"
#include "models/ses/SuppressionTypes.h"

namespace Items
{

/// The account-level suppression list of the region, newest first as SES lists it:
/// ListSuppressedDestinations page by page as a view scrolls (canFetchMore / fetchMore),
/// filtered by SES itself (reasons, time range). Kept current by adds and removals without a
/// reload. Addresses compare case-insensitively, as SES does.
class SuppressionListModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionListModel)

public:
    explicit SuppressionListModel(QObject *parent = nullptr);

    /// The filter sent with every page; takes effect at the next reload().
    void setFilter(const SuppressionList::Filter &filter)
    {
        m_filter = filter;
    }
    const SuppressionList::Filter &filter() const
    {
        return m_filter;
    }

    std::optional<Ses::SuppressedDestinationSummary> entryAt(const QModelIndex &index) const;
    /// The row of address (any case), -1 when not loaded.
    int rowOf(const QString &emailAddress) const;
    const QList<Ses::SuppressedDestinationSummary> &entries() const
    {
        return m_entries;
    }
    /// After a put: replaces the address's row, or adds it on top when it matches the filter
    /// (an entry that no longer matches leaves).
    void upsert(const Ses::SuppressedDestinationSummary &entry);
    /// After a delete; false when the address was not loaded.
    bool removeAddress(const QString &emailAddress);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Aws::AwsJob *requestPage(const QString &token, quint64 generation) override;
    void clearRows() override;

private:
    SuppressionList::Filter m_filter;
    QList<Ses::SuppressedDestinationSummary> m_entries;
};

} // namespace Items
