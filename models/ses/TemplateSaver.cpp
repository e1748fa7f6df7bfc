#include "models/ses/TemplateSaver.h"

namespace Ses
{

TemplateSaver::TemplateSaver(SesClient *ses, std::optional<TemplateVersionStore> history, AccountScope scope)
    : m_ses(ses)
    , m_history(std::move(history))
    , m_scope(std::move(scope))
{
}

Callback<Aws::Empty> TemplateSaver::keeping(const QString &name,
    const EmailTemplateContent &content,
    TemplateVersion::Origin origin,
    const QString &note,
    Callback<TemplateSaveResult> done) const
{
    return [history = m_history, scope = m_scope, name, content, origin, note, done](Aws::Result<Aws::Empty> r) {
        if (!r.ok()) {
            done(r.isCancelled() ? Aws::Result<TemplateSaveResult>::cancelled()
                                 : Aws::Result<TemplateSaveResult>(r.error()));
            return;
        }
        TemplateSaveResult result;
        if (history && scope.isValid()) {
            const LocalResult<TemplateVersion> snapshot = history->record(scope, name, content, origin, note);
            if (snapshot.ok())
                result.snapshot = snapshot.value();
            else
                result.historyError = snapshot.error().toString();
        }
        done(result);
    };
}

Aws::AwsJob *TemplateSaver::create(const EmailTemplate &emailTemplate,
    TemplateVersion::Origin origin,
    QObject *context,
    Callback<TemplateSaveResult> done,
    const QString &note) const
{
    return m_ses->createEmailTemplate(emailTemplate,
        context,
        keeping(emailTemplate.templateName, emailTemplate.content, origin, note, std::move(done)));
}

Aws::AwsJob *TemplateSaver::update(const QString &name,
    const EmailTemplateContent &content,
    TemplateVersion::Origin origin,
    QObject *context,
    Callback<TemplateSaveResult> done,
    const QString &note) const
{
    return m_ses->updateEmailTemplate(name, content, context, keeping(name, content, origin, note, std::move(done)));
}

Aws::AwsJob *TemplateSaver::restore(const QString &name,
    const TemplateVersion &version,
    bool templateExists,
    QObject *context,
    Callback<TemplateSaveResult> done) const
{
    const QString note = tr("Restored from version %1").arg(version.version);
    if (templateExists)
        return update(name, version.content, TemplateVersion::Origin::Restored, context, std::move(done), note);
    EmailTemplate t;
    t.templateName = name;
    t.content = version.content;
    return create(t, TemplateVersion::Origin::Restored, context, std::move(done), note);
}

std::optional<TemplateVersion> TemplateSaver::recordBaseline(const EmailTemplate &emailTemplate) const
{
    if (!m_history || !m_scope.isValid())
        return std::nullopt;
    if (m_history->latest(m_scope, emailTemplate.templateName))
        return std::nullopt;
    const LocalResult<TemplateVersion> v = m_history->record(
        m_scope, emailTemplate.templateName, emailTemplate.content, TemplateVersion::Origin::Fetched);
    if (!v.ok())
        return std::nullopt;
    return v.value();
}

} // namespace Ses
