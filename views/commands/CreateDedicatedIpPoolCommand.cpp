#include "views/commands/CreateDedicatedIpPoolCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/panes/dedicatedips/CreateDedicatedIpPoolDialog.h"

namespace Views
{

CreateDedicatedIpPoolCommand::CreateDedicatedIpPoolCommand(
    std::shared_ptr<Connection::Session> session, QStringList takenNames, QWidget *parentWidget)
    : DialogCommand(parentWidget)
    , m_session(std::move(session))
    , m_taken(std::move(takenNames))
{
}

CreateDedicatedIpPoolDialog *CreateDedicatedIpPoolCommand::dialog() const
{
    return m_dialog.data();
}

void CreateDedicatedIpPoolCommand::doStart()
{
    m_dialog = new CreateDedicatedIpPoolDialog(m_session->region(), parentWidget());
    m_dialog->setTakenNames(m_taken);
    connect(m_dialog, &CreateDedicatedIpPoolDialog::submitRequested, this, &CreateDedicatedIpPoolCommand::submit);
    openDialog(m_dialog);
}

void CreateDedicatedIpPoolCommand::submit()
{
    if (busy())
        return;
    const Ses::CreateDedicatedIpPoolRequest request = m_dialog->request();
    m_dialog->setSubmitting(true, tr("Creating %1…").arg(request.poolName));
    Q_EMIT progress(0, 0, tr("Creating the dedicated IP pool %1…").arg(request.poolName));
    m_job = m_session->ses()->createDedicatedIpPool(request, this, [this, request](Aws::Result<Aws::Empty> r) {
        m_job = nullptr;
        if (r.isCancelled())
            return;
        if (r.isError()) {
            const Aws::AwsError &e = r.error();
            if (e.code == QLatin1String("AlreadyExistsException"))
                m_dialog->showSubmitError(tr("Pool name: SES already has a pool named \"%1\" in %2.")
                                              .arg(request.poolName, m_session->region()));
            else if (e.code == QLatin1String("LimitExceededException"))
                m_dialog->showSubmitError(
                    tr("The account has the most dedicated IP pools SES allows in %1 (50, standard and managed "
                       "together): %2")
                        .arg(m_session->region(), e.message));
            else
                m_dialog->showSubmitError(tr("SES refused to create the pool: %1").arg(e.toString()));
            return;
        }
        m_created = request.poolName;
        m_mode = request.scalingMode;
        Q_EMIT info(tr("Dedicated IP pool %1 created").arg(m_created));
        succeed();
    });
}

} // namespace Views
