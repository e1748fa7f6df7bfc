#include "views/commands/ChangeDedicatedIpPoolCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

ChangeDedicatedIpPoolCommand::ChangeDedicatedIpPoolCommand(std::shared_ptr<Connection::Session> session,
    QString pool,
    Action action,
    bool managed,
    bool lastManaged,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_session(std::move(session))
    , m_pool(std::move(pool))
    , m_action(action)
    , m_managed(managed)
    , m_lastManaged(lastManaged)
    , m_messageBoxes(messageBoxes)
{
}

QString ChangeDedicatedIpPoolCommand::failedAction() const
{
    return m_action == Action::Delete ? tr("Deleting the dedicated IP pool %1 failed").arg(m_pool)
                                      : tr("Converting %1 to a managed pool failed").arg(m_pool);
}

QString ChangeDedicatedIpPoolCommand::question() const
{
    if (m_action == Action::ConvertToManaged)
        return tr("Convert the standard pool %1 to a managed pool?\n\n"
                  "• Its standard dedicated IPs move into the managed pool.\n"
                  "• SES removes IPs the pool's volume does not need.\n"
                  "• Do not convert if other systems allow-list these IPs: they may be removed.\n"
                  "• Billing changes from a fee per IP to a fee per message.\n\n"
                  "Configuration sets and tags stay. A managed pool cannot become standard again.")
            .arg(m_pool);
    if (!m_managed)
        return tr("Delete the dedicated IP pool %1 in %2?\n\nIts IPs stay leased and go to "
                  "ses-default-dedicated-pool; configuration sets that send through this pool no longer find it.")
            .arg(m_pool, m_session->region());
    QString text = tr("Delete the managed dedicated IP pool %1 in %2?\n\nSES releases its IPs, and their charges "
                      "stop, at once.")
                       .arg(m_pool, m_session->region());
    if (m_lastManaged)
        text += QStringLiteral("\n\n")
            + tr("It is the account's last managed pool: deleting it opts the account out of managed dedicated IPs.");
    return text;
}

void ChangeDedicatedIpPoolCommand::doStart()
{
    const auto answer = m_messageBoxes.question(parentWidget(),
        m_action == Action::Delete ? tr("Delete %1").arg(m_pool) : tr("Convert %1 to managed").arg(m_pool),
        question(),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        finish(Outcome::Cancelled);
        return;
    }
    auto done = [this](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            finish(Outcome::Failed);
            return;
        }
        Q_EMIT info(m_action == Action::Delete ? tr("Dedicated IP pool %1 deleted").arg(m_pool)
                                               : tr("%1 is now a managed pool").arg(m_pool));
        finish(Outcome::Succeeded);
    };
    Q_EMIT progress(0, 1, m_action == Action::Delete ? tr("Deleting %1…").arg(m_pool) : tr("Converting %1…").arg(m_pool));
    m_job = m_action == Action::Delete
        ? m_session->ses()->deleteDedicatedIpPool(m_pool, this, done)
        : m_session->ses()->putDedicatedIpPoolScalingAttributes(m_pool, QStringLiteral("MANAGED"), this, done);
}

void ChangeDedicatedIpPoolCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Views
