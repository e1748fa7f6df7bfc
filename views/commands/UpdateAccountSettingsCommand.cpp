#include "views/commands/UpdateAccountSettingsCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

UpdateAccountSettingsCommand::UpdateAccountSettingsCommand(std::shared_ptr<Connection::Session> session,
    Values saved,
    Values edited,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(std::move(session))
    , m_saved(std::move(saved))
    , m_edited(std::move(edited))
    , m_messageBoxes(messageBoxes)
{
}

void UpdateAccountSettingsCommand::doStart()
{
    if (m_saved.sendingEnabled && !m_edited.sendingEnabled) {
        const auto answer = m_messageBoxes.question(parentWidget(),
            tr("Pause sending"),
            tr("Pause email sending for this account in region %1? Every send call will be rejected until "
               "sending is resumed.")
                .arg(m_session->region()),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            finish(Outcome::Cancelled);
            return;
        }
    }
    Ses::SesClient *ses = m_session->ses();
    QStringList savedReasons = m_saved.suppressedReasons;
    QStringList editedReasons = m_edited.suppressedReasons;
    savedReasons.sort();
    editedReasons.sort();
    const auto onDone = [this](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            finish(Outcome::Failed);
            return;
        }
        runNext();
    };
    if (savedReasons != editedReasons) {
        m_steps.append([this, ses, editedReasons, onDone] {
            return ses->putAccountSuppressionAttributes(editedReasons, this, onDone);
        });
    }
    if (m_saved.vdmEnabled != m_edited.vdmEnabled) {
        m_steps.append([this, ses, onDone] {
            Ses::VdmAttributes vdm;
            vdm.vdmEnabled = m_edited.vdmEnabled;
            return ses->putAccountVdmAttributes(vdm, this, onDone);
        });
    }
    if (m_saved.sendingEnabled != m_edited.sendingEnabled) {
        m_steps.append([this, ses, onDone] {
            return ses->putAccountSendingAttributes(m_edited.sendingEnabled, this, onDone);
        });
    }
    m_total = static_cast<int>(m_steps.size());
    runNext();
}

void UpdateAccountSettingsCommand::runNext()
{
    if (m_steps.isEmpty()) {
        Q_EMIT info(tr("Account settings saved"));
        finish(Outcome::Succeeded);
        return;
    }
    Q_EMIT progress(m_total - static_cast<int>(m_steps.size()), m_total, tr("Saving account settings…"));
    const Step step = m_steps.takeFirst();
    m_job = step();
}

void UpdateAccountSettingsCommand::doCancel()
{
    m_steps.clear();
    if (m_job)
        m_job->cancel();
}

} // namespace Views
