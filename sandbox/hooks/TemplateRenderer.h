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
};

/// Renders the Template member of SendEmail / SendBulkEmail content (TemplateName, TemplateArn
/// or inline TemplateContent) with replacement data. Installed through SandboxHooks by the
/// email-template family; without one, templated sending answers that it is unavailable.
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
