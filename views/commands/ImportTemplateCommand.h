#pragma once

#include "models/ses/TemplateTypes.h"

#include "views/commands/Command.h"
#include "views/commands/TemplateServices.h"

namespace Views
{

/// Imports a template from the JSON `aws sesv2 create-email-template --cli-input-json` takes:
/// asks for the file and reads it; a problem is shown with the file, line and column. The
/// template is handed to the editor (importedTemplate()), not saved: the user reviews it first.
class ImportTemplateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportTemplateCommand)

public:
    ImportTemplateCommand(TemplateServices services, QWidget *parentWidget);

    const Ses::EmailTemplate &importedTemplate() const
    {
        return m_template;
    }
    const QString &fileName() const
    {
        return m_fileName;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    TemplateServices m_services;
    Ses::EmailTemplate m_template;
    QString m_fileName;
};

} // namespace Views
