#include "views/commands/SaveTemplateCommand.h"

#include <QWidget>

#include "models/aws/AwsJob.h"
#include "models/ses/TemplateChecks.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

SaveTemplateCommand::SaveTemplateCommand(TemplateServices services,
    Ses::EmailTemplate emailTemplate,
    bool create,
    QWidget *parentWidget,
    Ses::TemplateVersion::Origin origin)
    : Command(parentWidget)
    , m_services(std::move(services))
    , m_template(std::move(emailTemplate))
    , m_create(create)
    , m_origin(origin)
{
}

void SaveTemplateCommand::doStart()
{
    Ses::TemplateChecks::Options options;
    options.checkName = m_create;
    const Ses::TemplateFindings findings = Ses::TemplateChecks::run(
        {m_template.templateName, m_template.content.subject, m_template.content.html, m_template.content.text},
        options);
    QStringList errors;
    for (const Ses::TemplateFinding &f : findings) {
        if (f.severity == Ses::TemplateFinding::Severity::Error)
            errors.append(f.message);
    }
    if (!errors.isEmpty()) {
        const auto answer = m_services.messageBoxes->question(parentWidget(),
            tr("Template has problems"),
            tr("The checks found %n problem(s) SES is likely to reject:", nullptr, static_cast<int>(errors.size()))
                + QStringLiteral("\n\n• ") + errors.mid(0, 5).join(QStringLiteral("\n• ")) + QStringLiteral("\n\n")
                + tr("Send it to SES anyway?"),
            QMessageBox::Save | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            finish(Outcome::Cancelled);
            return;
        }
    }
    Q_EMIT progress(0,
        0,
        m_create ? tr("Creating template %1…").arg(m_template.templateName)
                 : tr("Saving template %1…").arg(m_template.templateName));
    auto done = [this](Aws::Result<Ses::TemplateSaveResult> result) {
        if (result.isCancelled())
            return;
        if (result.isError()) {
            m_error = result.error();
            finish(Outcome::Failed);
            return;
        }
        m_snapshot = result.value().snapshot;
        m_historyError = result.value().historyError;
        Q_EMIT info(m_snapshot
                ? tr("Saved template %1 (local version %2)").arg(m_template.templateName).arg(m_snapshot->version)
                : tr("Saved template %1").arg(m_template.templateName));
        finish(Outcome::Succeeded);
    };
    const Ses::TemplateSaver saver = m_services.saver();
    m_job = m_create ? saver.create(m_template, m_origin, this, done)
                     : saver.update(m_template.templateName, m_template.content, m_origin, this, done);
}

void SaveTemplateCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Views
