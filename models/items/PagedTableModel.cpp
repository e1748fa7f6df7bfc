#include "models/items/PagedTableModel.h"

#include "models/aws/AwsJob.h"

namespace Items
{

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PagedTableModel::~PagedTableModel()
{
    cancelAll();
}

void PagedTableModel::setClient(Ses::SesClient *client)
{
    clear();
    m_client = client;
}

void PagedTableModel::clear()
{
    cancelAll();
    ++m_generation;
    m_nextToken.clear();
    m_pages = 0;
    beginResetModel();
    clearRows();
    endResetModel();
    setLoading(false);
}

void PagedTableModel::reload()
{
    clear();
    if (m_client)
        fetchPage();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_loading && !m_nextToken.isEmpty();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void PagedTableModel::fetchPage()
{
    setLoading(true);
    track(requestPage(m_nextToken, m_generation));
}

void PagedTableModel::acceptPage(const QString &nextToken)
{
    m_nextToken = nextToken;
    ++m_pages;
    setLoading(false);
    Q_EMIT pageLoaded(rowCount(), hasMore());
}

void PagedTableModel::failPage(const Aws::AwsError &error)
{
    setLoading(false);
    Q_EMIT loadFailed(error);
}

void PagedTableModel::track(Aws::AwsJob *job)
{
    m_jobs.removeAll(nullptr);
    if (job)
        m_jobs.append(job);
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PagedTableModel::cancelAll()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<Aws::AwsJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

} // namespace Items
