#include "views/commands/ImportTemplateCommand.h"

#include <QWidget>

#include "models/ses/TemplateJsonFile.h"

#include "views/widgets/FileDialogs.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

ImportTemplateCommand::ImportTemplateCommand(TemplateServices services, QWidget *parentWidget)
    : Command(parentWidget)
    , m_services(std::move(services))
{
}

void ImportTemplateCommand::doStart()
{
    m_fileName = m_services.fileDialogs->openFileName(
        parentWidget(), tr("Import template"), tr("Template JSON (*.json);;All files (*)"));
    if (m_fileName.isEmpty()) {
        finish(Outcome::Cancelled);
        return;
    }
    // A template file is at most a few MB; reading it is quick enough not to need a thread.
    const Ses::LocalResult<Ses::EmailTemplate> read = Ses::TemplateJsonFile::read(m_fileName);
    if (!read.ok()) {
        m_services.messageBoxes->critical(parentWidget(),
            tr("Import template"),
            tr("The file cannot be imported:\n\n%1").arg(read.error().toString()));
        finish(Outcome::Failed);
        return;
    }
    m_template = read.value();
    Q_EMIT info(tr("Imported %1 from %2; review it and save").arg(m_template.templateName, m_fileName));
    finish(Outcome::Succeeded);
}

void ImportTemplateCommand::doCancel()
{
}

} // namespace Views
