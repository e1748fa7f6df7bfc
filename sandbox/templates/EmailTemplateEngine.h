#pragma once

#include <QJsonObject>
#include <QString>

#include "sandbox/hooks/TemplateRenderer.h"

namespace Sandbox
{

class EmailTemplateRepository;
struct SandboxConfig;

/// A template as a send names it: the stored template's name (empty for inline content) and
/// its EmailTemplateContent.
struct TemplateSource {
    QString name;
    QJsonObject content;
};

/// Renders templates for sending the way SES does, with the models/ses Handlebars engine (the
/// same one SesDesk's editor previews with): finds the template by TemplateName, TemplateArn or
/// inline TemplateContent, reads TemplateData, renders subject, HTML and text without escaping
/// (the guide: SES does not HTML-escape values), removes {{ses:openTracker}} (the Sandbox does
/// not track opens) and reports the first missing value as SES's rendering failure. Installed
/// as the send path's TemplateRenderer hook.
class EmailTemplateEngine final : public TemplateRenderer
{
public:
    EmailTemplateEngine(EmailTemplateRepository &templates, const SandboxConfig &config);

    Outcome<RenderedContent> render(
        const QJsonObject &templateMember, const QString &templateData, const QDateTime &now) override;

    /// The stored or inline template a Template member names; NotFoundException when a named
    /// template does not exist.
    Outcome<TemplateSource> resolve(const QJsonObject &templateMember) const;

    /// TemplateData as a JSON object; BadRequestException (SES's InvalidRenderingParameter)
    /// saying where and why it is not one.
    static Outcome<QJsonObject> parseData(const QString &templateData);

    static ServiceError notFound(const QString &nameOrArn);

private:
    EmailTemplateRepository &m_templates;
    const SandboxConfig &m_config;
};

} // namespace Sandbox
