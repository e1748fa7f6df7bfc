#pragma once

#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/ses/TemplateTypes.h"

#include "views/commands/Command.h"
#include "views/commands/TemplateServices.h"

namespace Aws
{
class AwsJob;
}

namespace Views
{

/// Renders the editor's template with sample data through SES (TestRenderEmailTemplate), so
/// the preview is what SES will send. SES only renders stored templates: a saved, unchanged
/// template is rendered by its name; edits are rendered through a temporary template
/// (SesDeskPreview-<random>) that is deleted again right after, whatever happened.
class PreviewTemplateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewTemplateCommand)

public:
    PreviewTemplateCommand(TemplateServices services,
        Ses::EmailTemplate emailTemplate,
        bool storedAsIs,
        QString templateData,
        QWidget *parentWidget);

    const QString &renderedMime() const
    {
        return m_rendered;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }
    /// The temporary template's name ("" when the stored template was rendered).
    const QString &scratchName() const
    {
        return m_scratch;
    }
    static bool isScratchName(const QString &name);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void render(const QString &name);
    void cleanUp(Outcome outcome);

    TemplateServices m_services;
    Ses::EmailTemplate m_template;
    bool m_storedAsIs;
    QString m_data;
    QString m_scratch;
    QString m_rendered;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
