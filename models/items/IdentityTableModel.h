#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

#include "models/items/IdentityItems.h"

namespace Aws
{
class AwsJob;
}
namespace Ses
{
class SesClient;
}

namespace Items
{

/// The identities of one account and region: ListEmailIdentities page by page (canFetchMore /
/// fetchMore follow NextToken, so a view loads more as it scrolls), and for the rows a view shows,
/// GetEmailIdentity's details (DKIM status, default configuration set), a few at a time; the
/// client's rate limiter paces them. Roles carry status enums, never colours.
class IdentityTableModel final : public QAbstractTableModel, public IdentityItems
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityTableModel)

public:
    explicit IdentityTableModel(QObject *parent = nullptr);
    ~IdentityTableModel() override;

    /// The client to list from (null: none). Forgets every row and cancels every call.
    void setClient(Ses::SesClient *client);
    Ses::SesClient *client() const
    {
        return m_client;
    }
    /// PageSize of ListEmailIdentities; 0 (default) leaves it to the service.
    void setPageSize(int pageSize);
    /// How many GetEmailIdentity calls may run at once (default 3).
    void setMaximumConcurrentDetails(int count);

    /// Forgets the rows and loads the first page again.
    void reload();
    /// Forgets the rows and cancels every call.
    void clear();
    bool isLoading() const
    {
        return m_loading;
    }
    /// More pages wait behind NextToken.
    bool hasMore() const
    {
        return !m_nextToken.isEmpty();
    }
    /// The row of an identity (exact name as SES has it), or -1.
    int rowOf(const QString &name) const;
    /// Loads an identity's details again (after a change, or to see a status change).
    void refreshIdentity(const QString &name);
    /// Loads the details of row now (also done automatically for rows a view displays).
    void requestDetails(int row);
    /// Removes an identity (deleted by the user) without reloading.
    void removeIdentity(const QString &name);
    /// Names whose verification or DKIM status is still pending.
    QStringList pendingIdentities() const;

    std::optional<IdentityEntry> identityAt(const QModelIndex &index) const override;
    std::optional<IdentityEntry> identityAt(int row) const;

    /// After a language change: headers and texts are read again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// A page arrived: rows is the row count now, more whether more pages wait.
    void pageLoaded(int rows, bool more);
    /// Listing failed; the rows already loaded stay.
    void loadFailed(const Aws::AwsError &error);
    void loadingChanged(bool loading);
    /// An identity's details arrived (or failed: detailsState says which).
    void detailsLoaded(const QString &name);

private:
    void fetchPage();
    void setLoading(bool loading);
    void cancelAll();
    void scheduleDetails(int row) const;
    void drainDetails();
    void loadDetails(const QString &name);
    void emitRowChanged(int row);
    QVariant displayData(const IdentityEntry &entry, int column) const;
    QVariant sortData(const IdentityEntry &entry, int column) const;

    Ses::SesClient *m_client = nullptr;
    QList<IdentityEntry> m_rows;
    QString m_nextToken;
    int m_pageSize = 0;
    int m_maximumDetails = 3;
    int m_detailsRunning = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
    QList<QPointer<Aws::AwsJob>> m_jobs;
    mutable QStringList m_detailQueue;
    mutable bool m_drainScheduled = false;
};

} // namespace Items
