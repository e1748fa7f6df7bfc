#include "views/commands/CreateConfigurationSetCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/panes/configurationsets/CreateConfigurationSetDialog.h"

namespace Views
{

CreateConfigurationSetCommand::CreateConfigurationSetCommand(
    std::shared_ptr<Connection::Session> session, QStringList takenNames, QStringList poolNames, QWidget *parentWidget)
    : DialogCommand(parentWidget)
    , m_session(std::move(session))
    , m_taken(std::move(takenNames))
    , m_pools(std::move(poolNames))
{
}

CreateConfigurationSetDialog *CreateConfigurationSetCommand::dialog() const
{
    return m_dialog.data();
}

void CreateConfigurationSetCommand::doStart()
{
    m_dialog = new CreateConfigurationSetDialog(m_session->region(), parentWidget());
    m_dialog->setTakenNames(m_taken);
    m_dialog->setPoolNames(m_pools);
    connect(m_dialog, &CreateConfigurationSetDialog::submitRequested, this, &CreateConfigurationSetCommand::submit);
    openDialog(m_dialog);
}

void CreateConfigurationSetCommand::submit()
{
    if (busy())
        return;
    const Ses::ConfigurationSet set = m_dialog->configurationSet();
    m_dialog->setSubmitting(true, tr("Creating %1…").arg(set.name));
    Q_EMIT progress(0, 0, tr("Creating the configuration set %1…").arg(set.name));
    m_job = m_session->ses()->createConfigurationSet(set, this, [this, name = set.name](Aws::Result<Aws::Empty> r) {
        m_job = nullptr;
        if (r.isCancelled())
            return;
        if (r.isError()) {
            const Aws::AwsError &e = r.error();
            if (e.code == QLatin1String("AlreadyExistsException"))
                m_dialog->showSubmitError(
                    tr("Configuration set name: SES already has a configuration set named \"%1\" in %2.")
                        .arg(name, m_session->region()),
                    true);
            else
                m_dialog->showSubmitError(tr("SES refused to create the configuration set: %1").arg(e.toString()));
            return;
        }
        m_created = name;
        Q_EMIT configurationSetCreated(name);
        Q_EMIT info(tr("Configuration set %1 created").arg(name));
        succeed();
    });
}

} // namespace Views
