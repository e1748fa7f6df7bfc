#pragma once

#include <QObject>
#include <QPointer>

#include "models/ses/AccountScope.h"
#include "models/ses/SandboxMessageFetcher.h"
#include "models/ses/SesClient.h"
#include "models/ses/TestEmail.h"
#include "models/ses/TestSendRecord.h"

namespace Aws
{
class Clock;
}

namespace Ses
{

class TestSendHistory;

/// Sends one test email (SendEmail, never retried once it may have reached SES) and turns the
/// answer into a TestSendRecord, kept in the test-send history; then looks up what became of
/// the message: from the Sandbox's captured-mail store when an outcome source is set, otherwise
/// (a real account) the outcome is Unavailable and event destinations are the way to see it.
class TestSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestSender)

public:
    TestSender(SesClient *ses, const Aws::Clock *clock, QObject *parent = nullptr);

    /// Where records are kept (both may be left unset: nothing is kept).
    void setHistory(const TestSendHistory *history, const AccountScope &scope);
    /// The Sandbox's store; null for a real account.
    void setOutcomeSource(SandboxMessageFetcher *fetcher);
    bool hasOutcomeSource() const
    {
        return m_fetcher != nullptr;
    }

    /// Sends email (which should validate()). done receives the record, accepted or refused
    /// (the refusal's code, message and request id are in it); only a cancel is not a record.
    Aws::AwsJob *send(const TestEmail &email, QObject *context, Callback<TestSendRecord> done);

    /// Whether the record's outcome can still change: not when SES refused it, when it bounced,
    /// complained, auto-replied or was rejected, nor when it was delivered to a scenario that
    /// has nothing more to come (success or a custom recipient).
    static bool isSettled(const TestSendRecord &record);

    /// Looks up the record's outcome and keeps the updated record in the history.
    void checkOutcome(const TestSendRecord &record, QObject *context, Callback<TestSendRecord> done);

Q_SIGNALS:
    /// A record was added or changed (sent, or its outcome looked up).
    void recordChanged(const Ses::TestSendRecord &record);
    /// Keeping a record failed (the send itself is not affected).
    void historyError(const QString &message);

private:
    void keep(const TestSendRecord &record);

    SesClient *m_ses;
    const Aws::Clock *m_clock;
    const TestSendHistory *m_history = nullptr;
    AccountScope m_scope;
    QPointer<SandboxMessageFetcher> m_fetcher;
};

} // namespace Ses
