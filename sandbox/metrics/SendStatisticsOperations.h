#pragma once

#include <QDateTime>
#include <QList>

#include "sandbox/state/SendingLedger.h"

namespace Sandbox
{

struct QueryService;
struct SandboxContext;

/// SES v1's GetSendStatistics and GetSendQuota (Query protocol, namespace
/// http://ses.amazonaws.com/doc/2010-12-01/), from the sending ledger: the 15-minute intervals of
/// the last two weeks that saw any mail (Timestamp, DeliveryAttempts, Bounces, Complaints,
/// Rejects), in no particular order as SES returns them; and the quota with the recipients
/// counted against it in the last 24 hours, the same figure GetAccount's SendQuota shows.
class SendStatisticsOperations
{
public:
    explicit SendStatisticsOperations(SandboxContext &context);
    void registerWith(QueryService &ses);

    /// The buckets GetSendStatistics reports at now, in the order it reports them: a fixed
    /// shuffle (by a hash of the time), so clients cannot rely on an order SES does not promise.
    static QList<SendingLedger::Bucket> reported(const SendingLedger &ledger, const QDateTime &now);

private:
    SandboxContext &m_context;
};

} // namespace Sandbox
