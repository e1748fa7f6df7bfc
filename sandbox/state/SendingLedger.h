#pragma once

#include <QDateTime>
#include <QList>

#include "sandbox/state/TokenBucket.h"

namespace Sandbox
{

class StateStore;

/// Counts for one 15-minute interval, as GetSendStatistics reports them plus what quotas and
/// reputation need. Simulator mail counts in the statistics but not in QuotaRecipients or the
/// Reputation* counts (the guide: it uses neither the daily quota nor affects reputation).
struct SendingCounters {
    qint64 deliveryAttempts = 0;
    qint64 bounces = 0; ///< Hard bounces.
    qint64 complaints = 0;
    qint64 rejects = 0;
    qint64 quotaRecipients = 0; ///< Recipients counted against the 24-hour quota.
    qint64 reputationSends = 0;
    qint64 reputationBounces = 0;
    qint64 reputationComplaints = 0;

    SendingCounters &operator+=(const SendingCounters &other);
};

/// The sending history and pace of the account: persistent 15-minute counters (two weeks for
/// GetSendStatistics, 24 hours for the quota) and an in-memory token bucket for MaxSendRate.
class SendingLedger
{
public:
    struct Bucket {
        QDateTime start;
        SendingCounters counters;
    };

    explicit SendingLedger(StateStore &store);

    static QDateTime bucketStart(const QDateTime &time);

    bool record(const QDateTime &when, const SendingCounters &delta);
    /// The same counts for mail sent under a configuration set with reputation metrics enabled
    /// (CloudWatch's per-set reputation metrics, dimension ses:configuration-set).
    bool recordForConfigurationSet(const QString &setName, const QDateTime &when, const SendingCounters &delta);
    /// Recipients counted against the quota in the 24 hours before now.
    qint64 sentLast24Hours(const QDateTime &now) const;
    /// Buckets whose start lies in [from, to), oldest first.
    QList<Bucket> buckets(const QDateTime &from, const QDateTime &to) const;
    /// A configuration set's buckets whose start lies in [from, to), oldest first.
    QList<Bucket> configurationSetBuckets(const QString &setName, const QDateTime &from, const QDateTime &to) const;

    /// Takes recipients from the per-second budget (bursts up to max(50, 5 × rate), so any
    /// single message of up to 50 recipients fits an idle account).
    bool takeSendingRate(int recipients, double maxSendRate, const QDateTime &now);

private:
    StateStore &m_store;
    TokenBucket m_rate;
};

} // namespace Sandbox
