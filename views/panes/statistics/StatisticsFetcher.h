#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>

#include "models/aws/Result.h"
#include "models/ses/AccountTypes.h"
#include "models/ses/Aggregation.h"
#include "models/ses/ReputationSeries.h"
#include "models/ses/SendStatisticsSeries.h"
#include "models/ses/StatisticsScope.h"
#include "models/ses/TimeRange.h"

namespace Aws
{
class AwsJob;
}
namespace Connection
{
class Session;
}
namespace Ses
{
class CloudWatchClient;
class PagedCall;
class SesV1Client;
class StatisticsStore;
} // namespace Ses

namespace Views
{

/// Everything the Statistics pane shows, fetched for one session: GetSendStatistics merged with
/// the kept history (and kept in turn), the reputation metrics from CloudWatch for a range,
/// period and configuration set (with their history), and GetAccount for the enforcement status
/// and quota. Each fetch calls done once; cancel() drops everything in flight.
class StatisticsFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsFetcher)

public:
    using Done = std::function<void(Aws::Result<Aws::Empty>)>;

    StatisticsFetcher(
        std::shared_ptr<Connection::Session> session, Ses::StatisticsStore *store, QObject *parent = nullptr);
    ~StatisticsFetcher() override;

    void fetchSending(Done done);
    /// A newer call supersedes an unfinished one, whose done then receives "cancelled".
    void fetchReputation(
        const Ses::TimeRange &range, Ses::Aggregation aggregation, const QString &configurationSet, Done done);
    void fetchAccount(std::function<void(Aws::Result<Ses::Account>)> done);
    void cancel();

    const Ses::SendStatisticsSeries &sending() const
    {
        return m_sending;
    }
    const Ses::ReputationSeries &reputation() const
    {
        return m_reputation;
    }
    /// The oldest point SesDesk has (kept or fetched); invalid before the first fetch.
    QDateTime watchingSince() const
    {
        return m_sending.first();
    }

Q_SIGNALS:
    /// The history could not be read or written; what SES returned is still shown.
    void historyWarning(const QString &message);

private:
    void withScope(std::function<void(const Ses::StatisticsScope &)> next);
    void keepSending(const QList<Ses::SendDataPoint> &fresh, Done done);
    void track(Aws::AwsJob *job);

    std::shared_ptr<Connection::Session> m_session;
    QPointer<Ses::StatisticsStore> m_store;
    Ses::SesV1Client *m_v1;
    Ses::CloudWatchClient *m_cloudWatch;
    QObject *m_context; // parent of callbacks; replaced on cancel() so late answers find no one
    QList<QPointer<Aws::AwsJob>> m_jobs;
    QPointer<Ses::PagedCall> m_paged;
    Ses::StatisticsScope m_scope;
    bool m_scopeResolved = false;
    QList<std::function<void(const Ses::StatisticsScope &)>> m_scopeWaiters;
    bool m_sendingHistoryLoaded = false;
    Ses::SendStatisticsSeries m_sending;
    Ses::ReputationSeries m_reputation;
    QString m_reputationKey; // configuration set + period the series holds
    quint64 m_reputationRequest = 0;
    Done m_reputationDone; // of the newest reputation fetch; a newer one cancels it
};

} // namespace Views
