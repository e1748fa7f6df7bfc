#pragma once

#include <chrono>

#include <QList>
#include <QObject>
#include <QPointer>

#include "models/ses/TestEmail.h"
#include "models/ses/TestSendRecord.h"

class QTimer;

namespace Aws
{
class AwsJob;
}

namespace Ses
{

class TestSender;

/// "Run all scenarios": sends the same test email to several mailbox-simulator scenarios one
/// after another, paced to the account's maximum send rate (simulator mail is still limited by
/// it; the sandbox allows one message per second). Can be cancelled between and during sends.
class TestSendBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestSendBatch)

public:
    TestSendBatch(TestSender *sender,
        TestEmail email,
        QList<MailboxSimulator::Scenario> scenarios,
        std::chrono::milliseconds interval,
        QObject *parent = nullptr);

    /// The pause between sends for a maximum send rate in messages per second (with a margin,
    /// so a rate of 1 gives a little over a second).
    static std::chrono::milliseconds intervalFor(double maxSendRate);

    void start();
    void cancel();
    bool isRunning() const
    {
        return m_running;
    }
    const QList<TestSendRecord> &records() const
    {
        return m_records;
    }
    int total() const
    {
        return static_cast<int>(m_scenarios.size());
    }

Q_SIGNALS:
    void recordSent(const Ses::TestSendRecord &record);
    void progress(int sent, int total);
    void finished(bool cancelled);

private:
    void sendNext();
    void finish(bool cancelled);

    QPointer<TestSender> m_sender;
    TestEmail m_email;
    QList<MailboxSimulator::Scenario> m_scenarios;
    std::chrono::milliseconds m_interval;
    QTimer *m_timer;
    QPointer<Aws::AwsJob> m_job;
    QList<TestSendRecord> m_records;
    int m_next = 0;
    bool m_running = false;
};

} // namespace Ses
