#include "views/commands/UpdateEventDestinationCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

UpdateEventDestinationCommand::UpdateEventDestinationCommand(std::shared_ptr<Connection::Session> session,
    QString configurationSetName,
    Ses::EventDestination destination,
    Action action,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_session(std::move(session))
    , m_setName(std::move(configurationSetName))
    , m_destination(std::move(destination))
    , m_action(action)
    , m_messageBoxes(messageBoxes)
{
}

QString UpdateEventDestinationCommand::failedAction() const
{
    switch (m_action) {
    case Action::Enable:
        return tr("Enabling the event destination %1 failed").arg(m_destination.name);
    case Action::Disable:
        return tr("Disabling the event destination %1 failed").arg(m_destination.name);
    case Action::Delete:
        break;
    }
    return tr("Deleting the event destination %1 failed").arg(m_destination.name);
}

void UpdateEventDestinationCommand::doStart()
{
    auto callback = [this](Aws::Result<Aws::Empty> r) {
        done(r);
    };
    if (m_action == Action::Delete) {
        const auto answer = m_messageBoxes.question(parentWidget(),
            tr("Delete %1").arg(m_destination.name),
            tr("Delete the event destination %1 of the configuration set %2?\n\nSES stops publishing its events "
               "there at once.")
                .arg(m_destination.name, m_setName),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            finish(Outcome::Cancelled);
            return;
        }
        Q_EMIT progress(0, 1, tr("Deleting %1…").arg(m_destination.name));
        m_job = m_session->ses()->deleteConfigurationSetEventDestination(m_setName, m_destination.name, this, callback);
        return;
    }
    Ses::EventDestination changed = m_destination;
    changed.enabled = m_action == Action::Enable;
    Q_EMIT progress(0, 1, tr("Saving %1…").arg(m_destination.name));
    m_job = m_session->ses()->updateConfigurationSetEventDestination(m_setName, changed, this, callback);
}

void UpdateEventDestinationCommand::done(const Aws::Result<Aws::Empty> &result)
{
    if (result.isCancelled())
        return;
    if (result.isError()) {
        m_error = result.error();
        finish(Outcome::Failed);
        return;
    }
    switch (m_action) {
    case Action::Enable:
        Q_EMIT info(tr("Event publishing to %1 enabled").arg(m_destination.name));
        break;
    case Action::Disable:
        Q_EMIT info(tr("Event publishing to %1 disabled").arg(m_destination.name));
        break;
    case Action::Delete:
        Q_EMIT info(tr("Event destination %1 deleted").arg(m_destination.name));
        break;
    }
    finish(Outcome::Succeeded);
}

void UpdateEventDestinationCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Views
