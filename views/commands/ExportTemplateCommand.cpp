#include "views/commands/ExportTemplateCommand.h"

#include <QWidget>

#include "models/ses/TemplateJsonFile.h"

#include "views/widgets/FileDialogs.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

ExportTemplateCommand::ExportTemplateCommand(
    TemplateServices services, Ses::EmailTemplate emailTemplate, QWidget *parentWidget)
    : Command(parentWidget)
    , m_services(std::move(services))
    , m_template(std::move(emailTemplate))
{
}

void ExportTemplateCommand::doStart()
{
    m_fileName = m_services.fileDialogs->saveFileName(parentWidget(),
        tr("Export template"),
        m_template.templateName + QStringLiteral(".json"),
        tr("Template JSON (*.json);;All files (*)"));
    if (m_fileName.isEmpty()) {
        finish(Outcome::Cancelled);
        return;
    }
    const Ses::LocalResult<Ses::Done> written = Ses::TemplateJsonFile::write(m_fileName, m_template);
    if (!written.ok()) {
        m_services.messageBoxes->critical(parentWidget(),
            tr("Export template"),
            tr("The template was not exported:\n\n%1").arg(written.error().toString()));
        finish(Outcome::Failed);
        return;
    }
    Q_EMIT info(tr("Exported %1 to %2 (aws sesv2 create-email-template --cli-input-json file://%2)")
                    .arg(m_template.templateName, m_fileName));
    finish(Outcome::Succeeded);
}

void ExportTemplateCommand::doCancel()
{
}

} // namespace Views
