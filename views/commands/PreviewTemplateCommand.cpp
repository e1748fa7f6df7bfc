#include "views/commands/PreviewTemplateCommand.h"

#include <QRandomGenerator>
#include <QWidget>

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

namespace Views
{

namespace
{
const QLatin1String ScratchPrefix("SesDeskPreview-");
} // namespace

PreviewTemplateCommand::PreviewTemplateCommand(TemplateServices services,
    Ses::EmailTemplate emailTemplate,
    bool storedAsIs,
    QString templateData,
    QWidget *parentWidget)
    : Command(parentWidget)
    , m_services(std::move(services))
    , m_template(std::move(emailTemplate))
    , m_storedAsIs(storedAsIs)
    , m_data(templateData.trimmed().isEmpty() ? QStringLiteral("{}") : std::move(templateData))
{
}

bool PreviewTemplateCommand::isScratchName(const QString &name)
{
    return name.startsWith(ScratchPrefix);
}

void PreviewTemplateCommand::doStart()
{
    if (m_storedAsIs) {
        render(m_template.templateName);
        return;
    }
    m_scratch = ScratchPrefix + QString::number(QRandomGenerator::global()->generate64(), 16);
    Ses::EmailTemplate scratch;
    scratch.templateName = m_scratch;
    scratch.content = m_template.content;
    Q_EMIT progress(0, 3, tr("Uploading the edits for rendering…"));
    m_job = m_services.session->ses()->createEmailTemplate(scratch, this, [this](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            m_scratch.clear(); // nothing was created
            finish(Outcome::Failed);
            return;
        }
        render(m_scratch);
    });
}

void PreviewTemplateCommand::render(const QString &name)
{
    Q_EMIT progress(1, 3, tr("Rendering through SES…"));
    m_job = m_services.session->ses()->testRenderEmailTemplate(
        name, m_data, this, [this](Aws::Result<Ses::TestRenderEmailTemplateResult> r) {
            if (r.isCancelled())
                return;
            if (r.isError()) {
                m_error = r.error();
                cleanUp(Outcome::Failed);
                return;
            }
            m_rendered = r.value().renderedTemplate;
            cleanUp(Outcome::Succeeded);
        });
}

void PreviewTemplateCommand::cleanUp(Outcome outcome)
{
    if (m_scratch.isEmpty()) {
        finish(outcome);
        return;
    }
    // The temporary template goes whatever the rendering gave; the client (not this command)
    // is the context so it is deleted even when the command was cancelled meanwhile.
    Q_EMIT progress(2, 3, tr("Removing the temporary template…"));
    Ses::SesClient *ses = m_services.session->ses();
    QPointer<PreviewTemplateCommand> self(this);
    ses->deleteEmailTemplate(m_scratch, ses, [self, outcome](Aws::Result<Aws::Empty>) {
        if (self)
            self->finish(outcome);
    });
    m_scratch.clear();
}

void PreviewTemplateCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
    if (!m_scratch.isEmpty()) {
        Ses::SesClient *ses = m_services.session->ses();
        ses->deleteEmailTemplate(m_scratch, ses, [](Aws::Result<Aws::Empty>) {});
        m_scratch.clear();
    }
}

} // namespace Views
