#include "views/commands/RequestProductionAccessCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/dialogs/ProductionAccessDialog.h"

namespace Views
{

RequestProductionAccessCommand::RequestProductionAccessCommand(
    std::shared_ptr<Connection::Session> session, Ses::Account account, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(std::move(session))
    , m_account(std::move(account))
{
}

RequestProductionAccessCommand::~RequestProductionAccessCommand()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void RequestProductionAccessCommand::doStart()
{
    m_dialog = new ProductionAccessDialog(parentWidget());
    m_dialog->setObjectName(QStringLiteral("productionAccessDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_account.hasDetails)
        m_dialog->setDetails(m_account.details);
    connect(m_dialog, &QDialog::accepted, this, &RequestProductionAccessCommand::submit);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        finish(Outcome::Cancelled);
    });
    m_dialog->open();
}

void RequestProductionAccessCommand::submit()
{
    const Ses::PutAccountDetailsRequest request = m_dialog->request();
    Q_EMIT progress(0, 0, tr("Sending the production-access request…"));
    m_job = m_session->ses()->putAccountDetails(request, this, [this](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            finish(Outcome::Failed);
            return;
        }
        Q_EMIT info(tr("Production access requested; AWS reviews it, usually within 24 hours"));
        finish(Outcome::Succeeded);
    });
}

void RequestProductionAccessCommand::doCancel()
{
    if (m_dialog)
        m_dialog->close();
    if (m_job)
        m_job->cancel();
}

} // namespace Views
