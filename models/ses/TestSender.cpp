#include "models/ses/TestSender.h"

#include <QTimer>
#include <QUuid>

#include "models/aws/AwsJob.h"
#include "models/aws/Clock.h"
#include "models/ses/SandboxMessageFetcher.h"
#include "models/ses/TestSendHistory.h"

namespace Ses
{

TestSender::TestSender(SesClient *ses, const Aws::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ses(ses)
    , m_clock(clock)
{
}

void TestSender::setHistory(const TestSendHistory *history, const AccountScope &scope)
{
    m_history = history;
    m_scope = scope;
}

void TestSender::setOutcomeSource(SandboxMessageFetcher *fetcher)
{
    m_fetcher = fetcher;
}

void TestSender::keep(const TestSendRecord &record)
{
    if (m_history && m_scope.isValid()) {
        const LocalResult<Done> kept = m_history->update(m_scope, record);
        if (!kept.ok())
            Q_EMIT historyError(kept.error().toString());
    }
    Q_EMIT recordChanged(record);
}

Aws::AwsJob *TestSender::send(const TestEmail &email, QObject *context, Callback<TestSendRecord> done)
{
    TestSendRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.sentAt = m_clock->nowUtc();
    record.from = email.from.trimmed();
    record.recipient = email.recipient();
    record.scenario = email.scenario ? MailboxSimulator::keyword(*email.scenario) : QString();
    record.label = email.scenario ? email.label : QString();
    record.contentKind = TestEmail::contentKey(email.content);
    record.templateName = email.content == TestEmail::Content::Template ? email.templateName.trimmed() : QString();
    record.configurationSet = email.configurationSet.trimmed();

    QPointer<TestSender> self(this);
    return m_ses->sendEmail(
        email.toRequest(), context, [self, record, done](Aws::Result<SendEmailResult> result) mutable {
            if (result.isCancelled()) {
                done(Aws::Result<TestSendRecord>::cancelled());
                return;
            }
            if (result.ok()) {
                record.messageId = result.value().messageId;
                record.outcome.status
                    = self && self->m_fetcher ? MessageOutcome::Status::Pending : MessageOutcome::Status::Unavailable;
            } else {
                record.errorCode = result.error().code;
                record.errorMessage = result.error().message;
                record.requestId = result.error().requestId;
            }
            if (self)
                self->keep(record);
            done(record);
        });
}

bool TestSender::isSettled(const TestSendRecord &record)
{
    if (!record.accepted())
        return true;
    switch (record.outcome.status) {
    case MessageOutcome::Status::Unknown:
    case MessageOutcome::Status::Pending:
        return false;
    case MessageOutcome::Status::Delivered: {
        const auto scenario = MailboxSimulator::fromKeyword(record.scenario);
        return !scenario
            || (*scenario != MailboxSimulator::Scenario::Ooto && *scenario != MailboxSimulator::Scenario::Complaint);
    }
    default:
        return true;
    }
}

void TestSender::checkOutcome(const TestSendRecord &record, QObject *context, Callback<TestSendRecord> done)
{
    if (!record.accepted() || !m_fetcher) {
        TestSendRecord unchanged = record;
        if (record.accepted())
            unchanged.outcome.status = MessageOutcome::Status::Unavailable;
        QTimer::singleShot(0, context, [unchanged, done] {
            done(unchanged);
        });
        return;
    }
    QPointer<TestSender> self(this);
    m_fetcher->fetch(record.messageId, context, [self, record, done](Aws::Result<MessageOutcome> outcome) {
        if (!outcome.ok()) {
            if (outcome.isCancelled())
                done(Aws::Result<TestSendRecord>::cancelled());
            else
                done(outcome.error());
            return;
        }
        TestSendRecord updated = record;
        updated.outcome = outcome.value();
        if (self)
            self->keep(updated);
        done(updated);
    });
}

} // namespace Ses
