#include "views/commands/EditEventDestinationCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/panes/configurationsets/EventDestinationDialog.h"

namespace Views
{

EditEventDestinationCommand::EditEventDestinationCommand(std::shared_ptr<Connection::Session> session,
    QString configurationSetName,
    std::optional<Ses::EventDestination> existing,
    QStringList takenNames,
    QWidget *parentWidget)
    : DialogCommand(parentWidget)
    , m_session(std::move(session))
    , m_setName(std::move(configurationSetName))
    , m_existing(std::move(existing))
    , m_taken(std::move(takenNames))
{
}

EventDestinationDialog *EditEventDestinationCommand::dialog() const
{
    return m_dialog.data();
}

void EditEventDestinationCommand::doStart()
{
    m_dialog = new EventDestinationDialog(m_setName, m_session->region(), parentWidget());
    m_dialog->setTakenNames(m_taken);
    if (m_existing)
        m_dialog->setDestination(*m_existing);
    connect(m_dialog, &EventDestinationDialog::submitRequested, this, &EditEventDestinationCommand::submit);
    openDialog(m_dialog);
}

void EditEventDestinationCommand::submit()
{
    if (busy())
        return;
    const Ses::EventDestination destination = m_dialog->destination();
    m_dialog->setSubmitting(true, tr("Saving %1…").arg(destination.name));
    Q_EMIT progress(0, 0, tr("Saving the event destination %1…").arg(destination.name));
    auto done = [this, name = destination.name](Aws::Result<Aws::Empty> r) {
        m_job = nullptr;
        if (r.isCancelled())
            return;
        if (r.isError()) {
            const Aws::AwsError &e = r.error();
            if (e.code == QLatin1String("AlreadyExistsException"))
                m_dialog->showSubmitError(
                    tr("Event destination name: %1 already has a destination named \"%2\".").arg(m_setName, name));
            else if (e.code == QLatin1String("LimitExceededException"))
                m_dialog->showSubmitError(
                    tr("%1 already has the most event destinations SES allows: %2").arg(m_setName, e.message));
            else
                m_dialog->showSubmitError(tr("SES refused the event destination: %1").arg(e.toString()));
            return;
        }
        m_saved = name;
        Q_EMIT info(m_existing ? tr("Event destination %1 saved").arg(name)
                               : tr("Event destination %1 added to %2").arg(name, m_setName));
        succeed();
    };
    m_job = m_existing ? m_session->ses()->updateConfigurationSetEventDestination(m_setName, destination, this, done)
                       : m_session->ses()->createConfigurationSetEventDestination(m_setName, destination, this, done);
}

} // namespace Views
