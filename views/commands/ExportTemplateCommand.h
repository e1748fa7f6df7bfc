#pragma once

#include "models/ses/TemplateTypes.h"

#include "views/commands/Command.h"
#include "views/commands/TemplateServices.h"

namespace Views
{

/// Exports a template as the JSON `aws sesv2 create-email-template --cli-input-json` takes,
/// so it moves to another account or into version control: asks where, writes atomically.
class ExportTemplateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportTemplateCommand)

public:
    ExportTemplateCommand(TemplateServices services, Ses::EmailTemplate emailTemplate, QWidget *parentWidget);

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
