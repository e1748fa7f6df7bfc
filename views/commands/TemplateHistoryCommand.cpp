#include "views/commands/TemplateHistoryCommand.h"

#include <QWidget>

#include "models/aws/AwsJob.h"

#include "views/dialogs/TemplateHistoryDialog.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

TemplateHistoryCommand::TemplateHistoryCommand(
    TemplateServices services, QString templateName, bool templateExists, QWidget *parentWidget)
    : Command(parentWidget)
    , m_services(std::move(services))
    , m_name(std::move(templateName))
    , m_exists(templateExists)
{
}

TemplateHistoryCommand::~TemplateHistoryCommand()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void TemplateHistoryCommand::doStart()
{
    m_dialog = new TemplateHistoryDialog(m_name, parentWidget());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &TemplateHistoryDialog::restoreRequested, this, &TemplateHistoryCommand::restore);
    connect(m_dialog, &QDialog::finished, this, [this] {
        finish(Outcome::Succeeded);
    });
    reloadVersions();
    m_dialog->open();
}

void TemplateHistoryCommand::reloadVersions()
{
    if (!m_services.history) {
        m_dialog->setVersions({});
        return;
    }
    const auto versions = m_services.history->versions(m_services.scope, m_name);
    if (!versions.ok()) {
        m_services.messageBoxes->warning(m_dialog, tr("Template history"), versions.error().toString());
        m_dialog->setVersions({});
        return;
    }
    m_dialog->setVersions(versions.value());
}

void TemplateHistoryCommand::restore(const Ses::TemplateVersion &version)
{
    const auto answer = m_services.messageBoxes->question(m_dialog,
        tr("Restore version"),
        m_exists
            ? tr("Save version %1 of \"%2\" to SES again? It replaces the current content, which stays in the "
                 "history.")
                  .arg(version.version)
                  .arg(m_name)
            : tr("\"%2\" no longer exists in SES. Create it again from version %1?").arg(version.version).arg(m_name),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_dialog->setBusy(true);
    Q_EMIT progress(0, 0, tr("Restoring version %1 of %2…").arg(version.version).arg(m_name));
    m_job = m_services.saver().restore(m_name, version, m_exists, this, [this](Aws::Result<Ses::TemplateSaveResult> r) {
        if (r.isCancelled())
            return;
        if (m_dialog)
            m_dialog->setBusy(false);
        if (r.isError()) {
            m_error = r.error();
            Q_EMIT restoreFailed(m_error);
            m_services.messageBoxes->critical(m_dialog, tr("Restore version"), m_error.toString());
            return;
        }
        m_exists = true;
        if (m_dialog)
            reloadVersions();
        if (r.value().snapshot) {
            Q_EMIT info(tr("Restored %1 as version %2").arg(m_name).arg(r.value().snapshot->version));
            Q_EMIT restored(m_name, *r.value().snapshot);
        }
    });
}

void TemplateHistoryCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
    if (m_dialog)
        m_dialog->close();
}

} // namespace Views
