#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include "sandbox/protocol/Outcome.h"
#include "sandbox/state/SendingLedger.h"

namespace Sandbox
{

class OperationRegistry;
struct SandboxContext;

/// Fills a new Sandbox account with a realistic, deterministic demo (--demo-data), relative to
/// the injected clock's now, so every pane and chart of SesDesk has something true to show:
/// - production access (granted review) with the production quota;
/// - identities in every state: a verified domain with Easy DKIM and a custom MAIL FROM domain,
///   a second verified domain, a pending and a failed domain, an IDN domain (bücher.example in
///   Punycode), a verified and a pending address;
/// - configuration sets with reputation metrics, event destinations (SNS, CloudWatch, Firehose),
///   a dedicated IP pool with two leased IPs (one warmed up, one warming), and a paused set;
/// - email templates, among them a Korean one and ones using {{#each}} and {{#if}};
/// - one contact list with two topics and contacts in every subscription state;
/// - a suppression list of 3,000 addresses (BOUNCE and COMPLAINT) added over the past year;
/// - two weeks of 15-minute sending statistics with a daily and weekly rhythm, a marketing
///   blast with a bounce spike, an afternoon with a complaint spike, an outage with no sends,
///   and the per-configuration-set counts, so the reputation metrics (computed from the same
///   ledger) are consistent with them;
/// - SesDesk's reputation alarms, a few captured messages to the mailbox simulator.
/// Everything goes through the Sandbox's own operation handlers and stores, in the caller's
/// transaction. The random source is seeded, so two fills at the same time give the same account
/// (DKIM tokens and message ids included). An account filled once is not filled again.
class DemoAccount
{
public:
    static constexpr quint32 kSeed = 20260302;

    DemoAccount(SandboxContext &context, OperationRegistry &sesv2, OperationRegistry &cloudWatch);

    bool fill(QString *error);

    /// The demo's sending history for one stream ("transactional", "marketing", or "" for mail
    /// without a configuration set) in the 15-minute interval starting at bucket: a pure function
    /// of its arguments, exposed so tests can check the statistics against what was meant.
    static SendingCounters traffic(const QString &stream, const QDateTime &bucket, const QDateTime &now);

    /// When the outage without any sends starts, and how long it lasts.
    static QDateTime outageStart(const QDateTime &now);
    static constexpr int kOutageSeconds = 5 * 3600;
    /// The marketing blast whose list was bad (bounce spike) and the one that drew complaints.
    static QDateTime bounceSpikeStart(const QDateTime &now);
    static QDateTime complaintSpikeStart(const QDateTime &now);

private:
    Check run(OperationRegistry &registry, const QString &operation, const QJsonObject &input, const QDateTime &when);
    Check account();
    Check identities();
    Check configurationSets();
    Check templates();
    Check contacts();
    Check suppressionList();
    Check statistics();
    Check alarms();
    Check messages();

    SandboxContext &m_context;
    OperationRegistry &m_sesv2;
    OperationRegistry &m_cloudWatch;
    QDateTime m_now;
    QRandomGenerator m_random;
};

} // namespace Sandbox
