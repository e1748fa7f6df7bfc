#pragma once

#include <QByteArray>
#include <QJsonObject>

#include "models/ses/MimeMessageBuilder.h"
#include "models/ses/TemplateChecks.h"
#include "models/ses/TemplateRenderResult.h"
#include "models/ses/TemplateRenderer.h"

namespace Ses
{

/// What rendering a whole email template produced: each part, and the MIME message that
/// TestRenderEmailTemplate returns as RenderedTemplate (or a templated send delivers).
struct RenderedEmailTemplate {
    TemplateRenderResult subject;
    TemplateRenderResult html;
    TemplateRenderResult text;
    QByteArray mime;

    /// Every part parsed and rendered (missing values do not count: see missingPaths()).
    bool ok() const
    {
        return subject.ok() && html.ok() && text.ok();
    }
    /// The missing values of all parts, each path once, subject first: SES refuses to send such
    /// a message and reports the first as "Attribute '...' is not present in the rendering data."
    QStringList missingPaths() const;
};

/// Renders the subject, HTML and text parts of a template with one set of data and builds the
/// MIME message from them. The builder comes in with whatever headers the caller wants (Date,
/// Message-ID, From, To...); subject and bodies are set here. An absent part stays absent.
class EmailTemplateRenderer
{
public:
    static RenderedEmailTemplate render(const TemplateChecks::Input &parts,
        const QJsonObject &data,
        MimeMessageBuilder builder,
        const TemplateRenderer::Options &options = TemplateRenderer::Options());
};

} // namespace Ses
