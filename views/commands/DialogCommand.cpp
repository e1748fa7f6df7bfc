#include "views/commands/DialogCommand.h"

#include <QDialog>

#include "models/aws/AwsJob.h"

namespace Views
{

DialogCommand::DialogCommand(QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
{
}

DialogCommand::~DialogCommand()
{
    if (m_openDialog)
        m_openDialog->deleteLater();
}

void DialogCommand::openDialog(QDialog *dialog)
{
    m_openDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_job)
            m_job->cancel();
        finish(m_succeeded ? Outcome::Succeeded : Outcome::Cancelled);
    });
    dialog->open();
}

void DialogCommand::succeed()
{
    m_succeeded = true;
    if (m_openDialog)
        m_openDialog->accept();
    finish(Outcome::Succeeded);
}

void DialogCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
    if (m_openDialog)
        m_openDialog->close();
}

} // namespace Views
