#include "sandbox/templates/EmailTemplateEngine.h"

#include "models/ses/TemplateData.h"
#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateHelpers.h"
#include "models/ses/TemplateRenderer.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/state/ResourceArn.h"
#include "sandbox/templates/EmailTemplateRepository.h"
#include "sandbox/templates/EmailTemplateRules.h"

namespace Sandbox
{

namespace
{

struct PartResult {
    QString text;
    QStringList missing;
    QString error;
};

PartResult renderPart(const Ses::TemplateRenderer &renderer, const QString &source, const QJsonObject &data)
{
    PartResult out;
    if (source.isEmpty())
        return out;
    const Ses::TemplateRenderResult result = renderer.render(Ses::TemplateDocument::parse(source), data);
    if (!result.ok()) {
        out.error = result.errors.first().message;
        return out;
    }
    out.text = result.text;
    for (const Ses::TemplateMissingValue &missing : result.missing)
        out.missing.append(missing.path);
    // The Sandbox does not track opens: the tracking image SES would put here is left out.
    out.text.remove(QStringLiteral("{{") + Ses::TemplateHelpers::OpenTracker + QStringLiteral("}}"));
    return out;
}

} // namespace

EmailTemplateEngine::EmailTemplateEngine(EmailTemplateRepository &templates, const SandboxConfig &config)
    : m_templates(templates)
    , m_config(config)
{
}

ServiceError EmailTemplateEngine::notFound(const QString &nameOrArn)
{
    return ServiceError::notFound(QStringLiteral("Template %1 does not exist.").arg(nameOrArn));
}

Outcome<TemplateSource> EmailTemplateEngine::resolve(const QJsonObject &templateMember) const
{
    const QJsonObject content = templateMember.value(QLatin1String("TemplateContent")).toObject();
    QString name = templateMember.value(QLatin1String("TemplateName")).toString();
    const QString arnText = templateMember.value(QLatin1String("TemplateArn")).toString();
    if (!content.isEmpty()) {
        if (!name.isEmpty() || !arnText.isEmpty())
            return ServiceError::badRequest(
                QStringLiteral("Specify either TemplateContent or a TemplateName / TemplateArn, not both."));
        if (const Check check = EmailTemplateRules::content(QString(), content); !check)
            return check.error();
        return TemplateSource{QString(), content};
    }
    if (!arnText.isEmpty()) {
        const std::optional<ResourceArn> arn = ResourceArn::parse(arnText);
        if (!arn || arn->resourceType != QLatin1String("template"))
            return ServiceError::badRequest(QStringLiteral("Invalid template ARN: %1").arg(arnText));
        if (arn->region != m_config.region || arn->accountId != m_config.accountId)
            return notFound(arnText);
        if (!name.isEmpty() && name != arn->resourceName)
            return ServiceError::badRequest(
                QStringLiteral("TemplateName %1 and TemplateArn %2 name different templates.").arg(name, arnText));
        name = arn->resourceName;
    }
    if (name.isEmpty())
        return ServiceError::badRequest(
            QStringLiteral("The template must be given by TemplateName, TemplateArn or TemplateContent."));
    const std::optional<QJsonObject> stored = m_templates.find(name);
    if (!stored)
        return notFound(name);
    return TemplateSource{name, stored->value(QLatin1String("TemplateContent")).toObject()};
}

Outcome<QJsonObject> EmailTemplateEngine::parseData(const QString &templateData)
{
    const Ses::TemplateData::ParseResult parsed = Ses::TemplateData::parse(templateData);
    if (!parsed.ok) {
        // The parser's message already says where (line and column) and why.
        return ServiceError::badRequest(QStringLiteral("Template rendering data is invalid: %1").arg(parsed.message));
    }
    return parsed.data;
}

Outcome<RenderedContent> EmailTemplateEngine::render(
    const QJsonObject &templateMember, const QString &templateData, const QDateTime &)
{
    const Outcome<TemplateSource> source = resolve(templateMember);
    if (!source)
        return source.error();
    const Outcome<QJsonObject> data = parseData(templateData);
    if (!data)
        return data.error();

    const Ses::TemplateChecks::Input parts = EmailTemplateRules::parts(source->name, source->content);
    const Ses::TemplateRenderer renderer; // Escaping::None, SES placeholders kept: as SES renders.
    const PartResult subject = renderPart(renderer, parts.subject, data.value());
    const PartResult html = renderPart(renderer, parts.html, data.value());
    const PartResult text = renderPart(renderer, parts.text, data.value());
    for (const PartResult *part : {&subject, &html, &text}) {
        if (!part->error.isEmpty()) {
            return ServiceError::badRequest(
                QStringLiteral("%1 could not be rendered: %2")
                    .arg(source->name.isEmpty() ? QStringLiteral("The template content")
                                                : QStringLiteral("Template %1").arg(source->name),
                        part->error));
        }
    }
    RenderedContent rendered;
    rendered.subject = subject.text;
    rendered.html = html.text;
    rendered.text = text.text;
    rendered.templateName = source->name;
    for (const PartResult *part : {&subject, &html, &text}) {
        if (!part->missing.isEmpty()) {
            rendered.renderingFailure = Ses::TemplateRenderer::sesMissingAttributeMessage(part->missing.first());
            break;
        }
    }
    return rendered;
}

} // namespace Sandbox
