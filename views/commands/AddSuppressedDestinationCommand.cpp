#include "views/commands/AddSuppressedDestinationCommand.h"

#include "models/aws/AwsJob.h"
#include "models/aws/Clock.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/panes/suppression/AddSuppressedAddressDialog.h"

namespace Views
{

AddSuppressedDestinationCommand::AddSuppressedDestinationCommand(
    std::shared_ptr<Connection::Session> session, const Aws::Clock *clock, QWidget *parentWidget)
    : DialogCommand(parentWidget)
    , m_session(std::move(session))
    , m_clock(clock)
{
}

AddSuppressedAddressDialog *AddSuppressedDestinationCommand::dialog() const
{
    return m_dialog.data();
}

void AddSuppressedDestinationCommand::doStart()
{
    m_dialog = new AddSuppressedAddressDialog(m_session->region(), parentWidget());
    connect(m_dialog, &AddSuppressedAddressDialog::submitRequested, this, &AddSuppressedDestinationCommand::submit);
    openDialog(m_dialog);
}

void AddSuppressedDestinationCommand::submit()
{
    if (busy())
        return;
    const QString address = m_dialog->emailAddress();
    const QString reason = m_dialog->reason();
    m_dialog->setSubmitting(true, tr("Adding %1…").arg(address));
    Q_EMIT progress(0, 0, tr("Adding %1 to the suppression list…").arg(address));
    m_job = m_session->ses()->putSuppressedDestination(
        address, reason, this, [this, address, reason](Aws::Result<Aws::Empty> r) {
            m_job = nullptr;
            if (r.isCancelled())
                return;
            if (r.isError()) {
                // SES's own words: in the sandbox it says suppression list management is not
                // available there, which is the rule the pane's banner explains.
                m_dialog->showSubmitError(tr("SES refused to add %1: %2").arg(address, r.error().toString()));
                return;
            }
            readBack(Ses::SuppressedDestinationSummary{address, reason, m_clock ? m_clock->nowUtc() : QDateTime()});
        });
}

void AddSuppressedDestinationCommand::readBack(const Ses::SuppressedDestinationSummary &put)
{
    m_job = m_session->ses()->getSuppressedDestination(
        put.emailAddress, this, [this, put](Aws::Result<Ses::SuppressedDestination> r) {
            m_job = nullptr;
            if (r.isCancelled())
                return;
            // The put succeeded either way; without the read the local time stands in.
            m_added = r.ok() ? r.value().summary() : put;
            Q_EMIT info(tr("%1 added to the suppression list").arg(m_added.emailAddress));
            succeed();
        });
}

} // namespace Views
