#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "models/ses/IdentityTypes.h"

namespace Ses
{

/// EmailTemplateContent: the subject, text and HTML parts of a template. An empty part is
/// absent: it is left out of every request and export.
struct EmailTemplateContent {
    QString subject;
    QString text;
    QString html;

    QJsonObject toJson() const;
    static EmailTemplateContent fromJson(const QJsonObject &json);

    friend bool operator==(const EmailTemplateContent &, const EmailTemplateContent &) = default;
};

/// An email template as GetEmailTemplate answers and CreateEmailTemplate takes it (TemplateName,
/// TemplateContent, Tags); raw keeps the API's own JSON for --output json.
struct EmailTemplate {
    QString templateName;
    EmailTemplateContent content;
    QList<Tag> tags;
    QJsonObject raw;

    /// The CreateEmailTemplate request body (also GetEmailTemplate's answer shape).
    QJsonObject toJson() const;
    static EmailTemplate fromJson(const QJsonObject &json);
};

/// One entry of ListEmailTemplates (EmailTemplateMetadata).
struct EmailTemplateMetadata {
    QString templateName;
    QDateTime createdTimestamp; ///< UTC

    static EmailTemplateMetadata fromJson(const QJsonObject &json);
};

/// One page of ListEmailTemplates.
struct EmailTemplatePage {
    QList<EmailTemplateMetadata> templates;
    QString nextToken;
    QJsonObject raw;
};

/// Every page of ListEmailTemplates; raw is what the AWS CLI prints when it follows the pages
/// itself ({"TemplatesMetadata": [...all...]}).
struct EmailTemplateList {
    QList<EmailTemplateMetadata> templates;
    QJsonObject raw;
};

/// TestRenderEmailTemplate's answer (TestRenderEmailTemplateResponse): the whole MIME message
/// SES would send. Not EmailTemplateRenderer's RenderedEmailTemplate, the local engine's result.
struct TestRenderEmailTemplateResult {
    QString renderedTemplate;
    QJsonObject raw;
};

} // namespace Ses
