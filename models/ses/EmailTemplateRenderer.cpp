#include "models/ses/EmailTemplateRenderer.h"

#include "models/ses/TemplateDocument.h"

namespace Ses
{

QStringList RenderedEmailTemplate::missingPaths() const
{
    QStringList paths;
    for (const TemplateRenderResult *part : {&subject, &html, &text}) {
        for (const TemplateMissingValue &missing : part->missing) {
            if (!paths.contains(missing.path))
                paths.append(missing.path);
        }
    }
    return paths;
}

RenderedEmailTemplate EmailTemplateRenderer::render(const TemplateChecks::Input &parts,
    const QJsonObject &data,
    MimeMessageBuilder builder,
    const TemplateRenderer::Options &options)
{
    const TemplateRenderer renderer(options);
    RenderedEmailTemplate rendered;
    rendered.subject = renderer.render(TemplateDocument::parse(parts.subject), data);
    if (!parts.html.isEmpty())
        rendered.html = renderer.render(TemplateDocument::parse(parts.html), data);
    if (!parts.text.isEmpty())
        rendered.text = renderer.render(TemplateDocument::parse(parts.text), data);
    if (!rendered.ok())
        return rendered;
    builder.setSubject(rendered.subject.text);
    if (!parts.text.isEmpty())
        builder.setTextBody(rendered.text.text);
    if (!parts.html.isEmpty())
        builder.setHtmlBody(rendered.html.text);
    rendered.mime = builder.build();
    return rendered;
}

} // namespace Ses
