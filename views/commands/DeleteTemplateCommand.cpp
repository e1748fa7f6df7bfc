#include "views/commands/DeleteTemplateCommand.h"

#include <QWidget>

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

DeleteTemplateCommand::DeleteTemplateCommand(TemplateServices services, QString templateName, QWidget *parentWidget)
    : Command(parentWidget)
    , m_services(std::move(services))
    , m_name(std::move(templateName))
{
}

void DeleteTemplateCommand::doStart()
{
    const auto answer = m_services.messageBoxes->question(parentWidget(),
        tr("Delete template"),
        tr("Delete the template \"%1\" from SES? Sending with it stops working at once. SesDesk keeps its local "
           "version history, from which it can be restored.")
            .arg(m_name),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        finish(Outcome::Cancelled);
        return;
    }
    Q_EMIT progress(0, 0, tr("Deleting template %1…").arg(m_name));
    m_job = m_services.session->ses()->deleteEmailTemplate(m_name, this, [this](Aws::Result<Aws::Empty> result) {
        if (result.isCancelled())
            return;
        if (result.isError()) {
            m_error = result.error();
            finish(Outcome::Failed);
            return;
        }
        Q_EMIT info(tr("Deleted template %1").arg(m_name));
        finish(Outcome::Succeeded);
    });
}

void DeleteTemplateCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Views
