#include "views/commands/PutConfigurationSetOptionsCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

using Group = Ses::ConfigurationSetOptionsChange::Group;

PutConfigurationSetOptionsCommand::PutConfigurationSetOptionsCommand(std::shared_ptr<Connection::Session> session,
    QString name,
    Ses::ConfigurationSetOptionsChange change,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_session(std::move(session))
    , m_name(std::move(name))
    , m_change(std::move(change))
    , m_messageBoxes(messageBoxes)
{
}

QString PutConfigurationSetOptionsCommand::groupName() const
{
    switch (m_change.group) {
    case Group::Delivery:
        return tr("delivery options");
    case Group::Reputation:
        return tr("reputation options");
    case Group::Sending:
        return tr("sending status");
    case Group::Suppression:
        return tr("suppression options");
    case Group::Tracking:
        return tr("tracking options");
    case Group::Vdm:
        return tr("Virtual Deliverability Manager options");
    }
    return {};
}

QString PutConfigurationSetOptionsCommand::failedAction() const
{
    return tr("Saving the %1 of %2 failed").arg(groupName(), m_name);
}

void PutConfigurationSetOptionsCommand::doStart()
{
    if (m_change.group == Group::Sending && !m_change.sendingEnabled) {
        const auto answer = m_messageBoxes.question(parentWidget(),
            tr("Pause sending for %1").arg(m_name),
            tr("Pause sending for the configuration set %1?\n\nSES refuses every message sent with it "
               "(SendingPausedException), also from identities whose default it is, until sending is enabled "
               "again.")
                .arg(m_name),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            finish(Outcome::Cancelled);
            return;
        }
    }
    Q_EMIT progress(0, 1, tr("Saving the %1 of %2…").arg(groupName(), m_name));
    m_job = m_session->ses()->putConfigurationSetOptions(m_name, m_change, this, [this](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            finish(Outcome::Failed);
            return;
        }
        Q_EMIT info(tr("Saved the %1 of %2").arg(groupName(), m_name));
        finish(Outcome::Succeeded);
    });
}

void PutConfigurationSetOptionsCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Views
