#include "views/commands/RenameTemplateCommand.h"

#include <QWidget>

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/dialogs/TemplateNameDialog.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

RenameTemplateCommand::RenameTemplateCommand(
    TemplateServices services, QString templateName, QStringList takenNames, Mode mode, QWidget *parentWidget)
    : Command(parentWidget)
    , m_services(std::move(services))
    , m_oldName(std::move(templateName))
    , m_taken(std::move(takenNames))
    , m_mode(mode)
{
}

RenameTemplateCommand::~RenameTemplateCommand()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void RenameTemplateCommand::doStart()
{
    const bool rename = m_mode == Mode::Rename;
    m_dialog = new TemplateNameDialog(rename ? tr("New name for the template \"%1\":").arg(m_oldName)
                                             : tr("Name of the copy of \"%1\":").arg(m_oldName),
        rename ? m_oldName : m_oldName + QStringLiteral("-copy"),
        m_taken,
        parentWidget());
    m_dialog->setWindowTitle(rename ? tr("Rename template") : tr("Duplicate template"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &RenameTemplateCommand::nameChosen);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        finish(Outcome::Cancelled);
    });
    m_dialog->open();
}

void RenameTemplateCommand::nameChosen()
{
    m_newName = m_dialog->name();
    if (m_mode == Mode::Rename) {
        const auto answer = m_services.messageBoxes->question(parentWidget(),
            tr("Rename template"),
            tr("SES cannot rename a template. SesDesk will create \"%1\" with the content and tags of \"%2\", then "
               "delete \"%2\". Anything that sends with the name \"%2\" stops working.")
                .arg(m_newName, m_oldName),
            QMessageBox::Ok | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Ok) {
            finish(Outcome::Cancelled);
            return;
        }
    }
    Q_EMIT progress(0, 3, tr("Reading template %1…").arg(m_oldName));
    m_job = m_services.session->ses()->getEmailTemplate(m_oldName, this, [this](Aws::Result<Ses::EmailTemplate> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            fail(r.error());
            return;
        }
        copy(r.value());
    });
}

void RenameTemplateCommand::copy(const Ses::EmailTemplate &source)
{
    Ses::EmailTemplate target = source;
    target.templateName = m_newName;
    Q_EMIT progress(1, 3, tr("Creating template %1…").arg(m_newName));
    const QString note
        = m_mode == Mode::Rename ? tr("Renamed from %1").arg(m_oldName) : tr("Copied from %1").arg(m_oldName);
    Ses::TemplateSaver saver = m_services.saver();
    if (m_mode == Mode::Rename && m_services.history) {
        // The old name's history becomes the new name's, then the copy is its next version.
        m_services.history->rename(m_services.scope, m_oldName, m_newName);
    }
    m_job = saver.create(
        target,
        Ses::TemplateVersion::Origin::Saved,
        this,
        [this](Aws::Result<Ses::TemplateSaveResult> r) {
            if (r.isCancelled())
                return;
            if (r.isError()) {
                if (m_mode == Mode::Rename && m_services.history)
                    m_services.history->rename(m_services.scope, m_newName, m_oldName);
                fail(r.error());
                return;
            }
            m_created = true;
            if (m_mode == Mode::Rename) {
                deleteOld();
                return;
            }
            Q_EMIT info(tr("Copied template %1 to %2").arg(m_oldName, m_newName));
            finish(Outcome::Succeeded);
        },
        note);
}

void RenameTemplateCommand::deleteOld()
{
    Q_EMIT progress(2, 3, tr("Deleting template %1…").arg(m_oldName));
    m_job = m_services.session->ses()->deleteEmailTemplate(m_oldName, this, [this](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            fail(r.error());
            return;
        }
        Q_EMIT info(tr("Renamed template %1 to %2").arg(m_oldName, m_newName));
        finish(Outcome::Succeeded);
    });
}

void RenameTemplateCommand::fail(const Aws::AwsError &error)
{
    m_error = error;
    finish(Outcome::Failed);
}

void RenameTemplateCommand::doCancel()
{
    if (m_dialog)
        m_dialog->close();
    if (m_job)
        m_job->cancel();
}

} // namespace Views
