#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include "models/aws/AwsError.h"

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

/// The NextToken paging every SES list shares, for table models that load lazily: the first
/// page on reload(), the next one when a view asks (canFetchMore / fetchMore), never two at once,
/// and answers of an older reload or client dropped. A subclass starts the call of one page
/// (requestPage) and, in its callback, hands the rows over (acceptPage) or the error (failPage).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    /// The client to list from (null: none). Forgets every row and cancels every call.
    void setClient(Ses::SesClient *client);
    Ses::SesClient *client() const
    {
        return m_client;
    }
    /// PageSize of the list call; 0 leaves it to the service.
    void setPageSize(int pageSize)
    {
        m_pageSize = pageSize;
    }
    int pageSize() const
    {
        return m_pageSize;
    }

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
    /// Pages received since the last reload.
    int pagesLoaded() const
    {
        return m_pages;
    }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// A page arrived: rows is the row count now, more whether more pages wait.
    void pageLoaded(int rows, bool more);
    /// Listing failed; the rows already loaded stay.
    void loadFailed(const Aws::AwsError &error);
    void loadingChanged(bool loading);

protected:
    /// Starts the call for the page at token (empty: the first). Its callback checks
    /// isCurrent(generation) first, then calls acceptPage() or failPage().
    virtual Aws::AwsJob *requestPage(const QString &token, quint64 generation) = 0;
    /// Forgets every row (inside a model reset the base has begun).
    virtual void clearRows() = 0;
    /// Called once the rows of a page are in (beginInsertRows/endInsertRows done by the subclass).
    void acceptPage(const QString &nextToken);
    void failPage(const Aws::AwsError &error);
    bool isCurrent(quint64 generation) const
    {
        return generation == m_generation;
    }
    quint64 generation() const
    {
        return m_generation;
    }
    /// Remembers a call so clear() cancels it (for calls besides the pages).
    void track(Aws::AwsJob *job);

private:
    void fetchPage();
    void setLoading(bool loading);
    void cancelAll();

    Ses::SesClient *m_client = nullptr;
    QString m_nextToken;
    int m_pageSize = 0;
    int m_pages = 0;
    bool m_loading = false;
    quint64 m_generation = 0;
    QList<QPointer<Aws::AwsJob>> m_jobs;
};

} // namespace Items
