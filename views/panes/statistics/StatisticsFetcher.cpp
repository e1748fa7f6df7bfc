#include "views/panes/statistics/StatisticsFetcher.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/CloudWatchClient.h"
#include "models/ses/ReputationQuery.h"
#include "models/ses/SesClient.h"
#include "models/ses/SesV1Client.h"
#include "models/ses/StatisticsScopeResolver.h"
#include "models/ses/StatisticsStore.h"

namespace Views
{

using Kind = Ses::ReputationMetric::Kind;

StatisticsFetcher::StatisticsFetcher(
    std::shared_ptr<Connection::Session> session, Ses::StatisticsStore *store, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_store(store)
    , m_v1(new Ses::SesV1Client(m_session->aws(), this))
    , m_cloudWatch(new Ses::CloudWatchClient(m_session->aws(), this))
    , m_context(new QObject(this))
{
}

StatisticsFetcher::~StatisticsFetcher()
{
    cancel();
}

void StatisticsFetcher::track(Aws::AwsJob *job)
{
    m_jobs.append(job);
}

void StatisticsFetcher::cancel()
{
    for (const QPointer<Aws::AwsJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    if (m_paged)
        m_paged->cancel();
    m_reputationDone = nullptr;
    m_scopeWaiters.clear();
    // Callbacks are bound to the old context: once it is gone no late answer lands, including
    // the history store's. Deleted later: this may run inside one of those callbacks.
    m_context->deleteLater();
    m_context = new QObject(this);
}

void StatisticsFetcher::withScope(std::function<void(const Ses::StatisticsScope &)> next)
{
    if (m_scopeResolved || !m_store) {
        next(m_scope);
        return;
    }
    // One GetCallerIdentity per session, however many fetches wait for it.
    m_scopeWaiters.append(std::move(next));
    if (m_scopeWaiters.size() > 1)
        return;
    auto *resolver = new Ses::StatisticsScopeResolver(m_session->aws(), m_context);
    resolver->resolve(m_context, [this, resolver](Ses::StatisticsScope scope) {
        resolver->deleteLater();
        m_scope = scope;
        m_scopeResolved = true;
        const auto waiters = std::exchange(m_scopeWaiters, {});
        for (const auto &waiter : waiters)
            waiter(m_scope);
    });
}

void StatisticsFetcher::fetchSending(Done done)
{
    track(m_v1->getSendStatistics(m_context, [this, done](Aws::Result<Ses::SendStatistics> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            done(r.error());
            return;
        }
        m_sending.merge(r.value().points);
        keepSending(r.value().points, done);
    }));
}

void StatisticsFetcher::keepSending(const QList<Ses::SendDataPoint> &fresh, Done done)
{
    if (!m_store) {
        done(Aws::Empty{});
        return;
    }
    withScope([this, fresh, done](const Ses::StatisticsScope &scope) {
        if (!scope.isValid() || !m_store) {
            done(Aws::Empty{});
            return;
        }
        m_store->saveSendPoints(scope, fresh, m_context, [this, scope, fresh, done](Aws::Result<int> saved) {
            if (saved.isError())
                Q_EMIT historyWarning(saved.error().message);
            if (m_sendingHistoryLoaded || !m_store) {
                done(Aws::Empty{});
                return;
            }
            m_store->loadSendPoints(
                scope.key(), {}, m_context, [this, fresh, done](Aws::Result<QList<Ses::SendDataPoint>> kept) {
                    if (kept.ok()) {
                        // Kept points first; SES's fresh answer wins where both exist.
                        Ses::SendStatisticsSeries merged(kept.value());
                        merged.merge(m_sending.points());
                        merged.merge(fresh);
                        m_sending = merged;
                        m_sendingHistoryLoaded = true;
                    } else if (kept.isError()) {
                        Q_EMIT historyWarning(kept.error().message);
                    }
                    done(Aws::Empty{});
                });
        });
    });
}

void StatisticsFetcher::fetchReputation(
    const Ses::TimeRange &range, Ses::Aggregation aggregation, const QString &configurationSet, Done done)
{
    const QString key = configurationSet + QLatin1Char('|') + aggregation.key();
    if (key != m_reputationKey) {
        m_reputation = {};
        m_reputationKey = key;
    }
    if (m_reputationDone) {
        Done superseded = std::move(m_reputationDone);
        m_reputationDone = nullptr;
        superseded(Aws::Result<Aws::Empty>::cancelled());
    }
    if (m_paged)
        m_paged->cancel();
    const quint64 id = ++m_reputationRequest;
    m_reputationDone = std::move(done);
    auto finish = [this, id](Aws::Result<Aws::Empty> r) {
        if (id != m_reputationRequest || !m_reputationDone)
            return;
        Done d = std::move(m_reputationDone);
        m_reputationDone = nullptr;
        d(r);
    };
    m_paged = m_cloudWatch->getAllMetricData(Ses::ReputationQuery::build(range, aggregation, configurationSet),
        m_context,
        [this, id, aggregation, configurationSet, finish](Aws::Result<Ses::GetMetricDataResult> r) {
            if (r.isCancelled() || id != m_reputationRequest)
                return;
            if (r.isError()) {
                finish(r.error());
                return;
            }
            Ses::ReputationSeries fresh;
            fresh.merge(r.value());
            m_reputation.merge(r.value());
            if (!m_store) {
                finish(Aws::Empty{});
                return;
            }
            withScope([this, id, fresh, aggregation, configurationSet, finish](const Ses::StatisticsScope &scope) {
                if (!scope.isValid() || !m_store || id != m_reputationRequest) {
                    finish(Aws::Empty{});
                    return;
                }
                auto pending = std::make_shared<int>(4);
                auto step = [pending, finish] {
                    if (--*pending == 0)
                        finish(Aws::Empty{});
                };
                for (Kind kind : {Ses::ReputationMetric::BounceRate, Ses::ReputationMetric::ComplaintRate}) {
                    m_store->saveReputationPoints(scope,
                        kind,
                        configurationSet,
                        aggregation.seconds(),
                        fresh.points(kind),
                        m_context,
                        [this, step](Aws::Result<int> saved) {
                            if (saved.isError())
                                Q_EMIT historyWarning(saved.error().message);
                            step();
                        });
                }
                for (Kind kind : {Ses::ReputationMetric::BounceRate, Ses::ReputationMetric::ComplaintRate}) {
                    m_store->loadReputationPoints(scope.key(),
                        kind,
                        configurationSet,
                        aggregation.seconds(),
                        {},
                        m_context,
                        [this, kind, id, fresh, step](Aws::Result<QList<Ses::ReputationPoint>> kept) {
                            if (kept.ok() && id == m_reputationRequest) {
                                // Kept values first; CloudWatch's fresh answer wins.
                                m_reputation.merge(kind, kept.value());
                                m_reputation.merge(kind, fresh.points(kind));
                            } else if (kept.isError()) {
                                Q_EMIT historyWarning(kept.error().message);
                            }
                            step();
                        });
                }
            });
        });
}

void StatisticsFetcher::fetchAccount(std::function<void(Aws::Result<Ses::Account>)> done)
{
    track(m_session->ses()->getAccount(m_context, [done](Aws::Result<Ses::Account> r) {
        if (!r.isCancelled())
            done(r);
    }));
}

} // namespace Views
