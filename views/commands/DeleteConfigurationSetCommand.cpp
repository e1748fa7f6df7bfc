#include "views/commands/DeleteConfigurationSetCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

DeleteConfigurationSetCommand::DeleteConfigurationSetCommand(std::shared_ptr<Connection::Session> session,
    QString name,
    int eventDestinations,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_session(std::move(session))
    , m_name(std::move(name))
    , m_destinations(eventDestinations)
    , m_messageBoxes(messageBoxes)
{
}

void DeleteConfigurationSetCommand::doStart()
{
    QString text = tr("Delete the configuration set %1 in %2?").arg(m_name, m_session->region());
    if (m_destinations > 0)
        text += QStringLiteral("\n\n")
            + tr(
                "Its %n event destinations are deleted with it; events stop being published.", nullptr, m_destinations);
    text += QStringLiteral("\n\n")
        + tr("Identities that use it as their default configuration set can no longer send: SES answers their "
             "sends with a Bad Request error until they get another default. Mail that names it fails too.");
    const auto answer = m_messageBoxes.question(
        parentWidget(), tr("Delete %1").arg(m_name), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        finish(Outcome::Cancelled);
        return;
    }
    Q_EMIT progress(0, 1, tr("Deleting %1…").arg(m_name));
    m_job = m_session->ses()->deleteConfigurationSet(m_name, this, [this](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            finish(Outcome::Failed);
            return;
        }
        Q_EMIT info(tr("Configuration set %1 deleted").arg(m_name));
        finish(Outcome::Succeeded);
    });
}

void DeleteConfigurationSetCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Views
