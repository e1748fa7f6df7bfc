#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// A template rendered for one destination.
struct RenderedContent {
    QString subject;
    QString text; ///< Empty when the template has no text part.
    QString html; ///< Empty when the template has no HTML part.
    QString templateName; ///< The stored template used; empty for inline TemplateContent.
    /// Set when SES would accept the message but not send it (a value missing from the data):
    /// the errorMessage of the Rendering Failure event, "Attribute 'x' is not present in the
    /// rendering data.".
    QString renderingFailure;
};

/// Renders the Template member of SendEmail / SendBulkEmail content (TemplateName, TemplateArn
/// or inline TemplateContent) with replacement data. Installed through SandboxHooks by the
/// email-template family; without one, templated sending answers that it is unavailable.
/// Errors SES answers the send call with (an unknown template, data that is not a JSON object,
/// a template that does not parse) are errors; a value missing from the data is not (SES accepts
/// such a message and reports a Rendering Failure event instead).
class TemplateRenderer
{
public:
    virtual ~TemplateRenderer() = default;
    /// @param templateData the JSON text of the replacement data ("{}" when none).
    virtual Outcome<RenderedContent> render(
        const QJsonObject &templateMember, const QString &templateData, const QDateTime &now)
        = 0;
};

} // namespace Sandbox
