#include "views/commands/SetAutoWarmupCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

SetAutoWarmupCommand::SetAutoWarmupCommand(
    std::shared_ptr<Connection::Session> session, bool enabled, MessageBoxes &messageBoxes, QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_session(std::move(session))
    , m_enabled(enabled)
    , m_messageBoxes(messageBoxes)
{
}

void SetAutoWarmupCommand::doStart()
{
    if (!m_enabled) {
        const auto answer = m_messageBoxes.question(parentWidget(),
            tr("Turn off automatic warm-up"),
            tr("Turn off automatic warm-up of standard dedicated IPs in %1?\n\nDedicated IPs leased from now on "
               "start with their warm-up complete, and unwarmed IPs may deliver slowly or be throttled by mailbox "
               "providers. IPs warming up now keep warming up.")
                .arg(m_session->region()),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            finish(Outcome::Cancelled);
            return;
        }
    }
    Q_EMIT progress(0, 1, tr("Saving the automatic warm-up setting…"));
    m_job = m_session->ses()->putAccountDedicatedIpWarmupAttributes(m_enabled, this, [this](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            finish(Outcome::Failed);
            return;
        }
        Q_EMIT info(m_enabled ? tr("Automatic warm-up turned on") : tr("Automatic warm-up turned off"));
        finish(Outcome::Succeeded);
    });
}

void SetAutoWarmupCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Views
