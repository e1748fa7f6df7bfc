#include "models/ses/TestSendBatch.h"

#include <cmath>

#include <QTimer>

#include "models/aws/AwsJob.h"
#include "models/ses/TestSender.h"

namespace Ses
{

TestSendBatch::TestSendBatch(TestSender *sender,
    TestEmail email,
    QList<MailboxSimulator::Scenario> scenarios,
    std::chrono::milliseconds interval,
    QObject *parent)
    : QObject(parent)
    , m_sender(sender)
    , m_email(std::move(email))
    , m_scenarios(std::move(scenarios))
    , m_interval(interval)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TestSendBatch::sendNext);
}

std::chrono::milliseconds TestSendBatch::intervalFor(double maxSendRate)
{
    if (maxSendRate <= 0)
        return std::chrono::milliseconds(1100);
    return std::chrono::milliseconds(static_cast<qint64>(std::ceil(1000.0 / maxSendRate)) + 100);
}

void TestSendBatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_next = 0;
    m_records.clear();
    Q_EMIT progress(0, total());
    sendNext();
}

void TestSendBatch::cancel()
{
    if (!m_running)
        return;
    m_timer->stop();
    if (m_job)
        m_job->cancel(); // finish() follows from the job's cancelled answer
    else
        finish(true);
}

void TestSendBatch::sendNext()
{
    if (!m_running)
        return;
    if (m_next >= m_scenarios.size() || !m_sender) {
        finish(!m_sender);
        return;
    }
    const TestEmail email = m_email.withScenario(m_scenarios.at(m_next++));
    m_job = m_sender->send(email, this, [this](Aws::Result<TestSendRecord> record) {
        m_job.clear();
        if (record.isCancelled()) {
            finish(true);
            return;
        }
        m_records.append(record.value());
        Q_EMIT recordSent(record.value());
        Q_EMIT progress(static_cast<int>(m_records.size()), total());
        if (m_next >= m_scenarios.size())
            finish(false);
        else
            m_timer->start(m_interval);
    });
}

void TestSendBatch::finish(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    Q_EMIT finished(cancelled);
}

} // namespace Ses
