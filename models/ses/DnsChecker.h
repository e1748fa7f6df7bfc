#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "models/ses/DnsCheckResult.h"
#include "models/ses/DnsRecordDiagnoser.h"
#include "models/ses/DnsRecordSet.h"

class QDnsLookup;

namespace Ses
{

/// Checks every record of a set against the DNS with QDnsLookup, asynchronously and cancellably:
/// first the record's own queries, then, for records not found, the doubled names an appending
/// DNS provider produces. Each record's verdict (DnsRecordDiagnoser) is reported as soon as its
/// answers are in. start() again, or recheck(), repeats the check on demand.
///
/// Qt 6.4's QDnsLookup asks name servers on port 53 only.
class DnsChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsChecker)

public:
    explicit DnsChecker(QObject *parent = nullptr);
    ~DnsChecker() override;

    /// Ask this name server instead of the system's resolver; a null address restores the system's.
    void setNameserver(const QHostAddress &address);
    QHostAddress nameserver() const
    {
        return m_nameserver;
    }
    /// How many queries may be in flight at once (default 4).
    void setMaximumConcurrentLookups(int count);

    /// Checks set's records (cancelling a check still running). Results arrive through
    /// recordChecked(), then finished().
    void start(const DnsRecordSet &set);
    /// Checks the last set again.
    void recheck();
    /// Stops a running check; emits cancelled() and nothing else for it.
    void cancel();
    bool isRunning() const
    {
        return m_running;
    }

    const DnsRecordSet &recordSet() const
    {
        return m_set;
    }
    /// One result per record of recordSet(), NotChecked until its verdict is in.
    QList<DnsCheckResult> results() const
    {
        return m_results;
    }

Q_SIGNALS:
    void started(int recordCount);
    void progress(int lookupsDone, int lookupsTotal);
    void recordChecked(int index, const Ses::DnsCheckResult &result);
    void finished();
    void cancelled();

private:
    using Query = DnsRecordDiagnoser::Query;

    void enqueue(const QList<Query> &queries);
    void launchPending();
    void onLookupFinished(QDnsLookup *lookup, const Query &query);
    void roundFinished();
    void abortLookups();

    QHostAddress m_nameserver;
    int m_maximumConcurrent = 4;
    DnsRecordSet m_set;
    QList<DnsCheckResult> m_results;
    QList<bool> m_decided;
    DnsRecordDiagnoser::Answers m_answers;
    QSet<QString> m_ambiguous; ///< Keys answered "invalid reply": no data, or no answer at all.
    bool m_serverAnswered = false;
    QList<Query> m_pending;
    QList<QPointer<QDnsLookup>> m_active;
    int m_generation = 0;
    int m_round = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace Ses
