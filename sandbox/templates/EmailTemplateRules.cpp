#include "sandbox/templates/EmailTemplateRules.h"

#include "sandbox/state/NameRules.h"

namespace Sandbox
{

namespace
{

QString partName(Ses::TemplateFinding::Part part)
{
    switch (part) {
    case Ses::TemplateFinding::Part::Subject:
        return QStringLiteral("Subject");
    case Ses::TemplateFinding::Part::Html:
        return QStringLiteral("Html");
    case Ses::TemplateFinding::Part::Text:
        return QStringLiteral("Text");
    default:
        break;
    }
    return QStringLiteral("Template");
}

QString templateLabel(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("The template content") : QStringLiteral("Template %1").arg(name);
}

} // namespace

Check EmailTemplateRules::name(const QString &name)
{
    if (NameRules::isValidName(name))
        return passed();
    return ServiceError::badRequest(
        QStringLiteral("Invalid template name <%1>. The name must contain only ASCII letters (a-z, A-Z), "
                       "numbers (0-9), underscores (_), or dashes (-), and be 64 characters or fewer.")
            .arg(name));
}

Ses::TemplateChecks::Input EmailTemplateRules::parts(const QString &name, const QJsonObject &templateContent)
{
    return Ses::TemplateChecks::Input{name,
        templateContent.value(QLatin1String("Subject")).toString(),
        templateContent.value(QLatin1String("Html")).toString(),
        templateContent.value(QLatin1String("Text")).toString()};
}

Check EmailTemplateRules::content(const QString &name, const QJsonObject &templateContent)
{
    const Ses::TemplateChecks::Input input = parts(name, templateContent);
    if (input.subject.trimmed().isEmpty())
        return ServiceError::badRequest(QStringLiteral("The subject must be specified."));
    if (input.html.isEmpty() && input.text.isEmpty())
        return ServiceError::badRequest(
            QStringLiteral("%1 must have a Text part, an Html part, or both.").arg(templateLabel(name)));
    const qint64 size = Ses::TemplateChecks::templateSize(input);
    if (size > Ses::TemplateChecks::MaxTemplateBytes) {
        return ServiceError::badRequest(QStringLiteral("%1 is %2 bytes; a template (subject, HTML and text parts "
                                                       "together) may be at most 500 KB (%3 bytes).")
                                            .arg(templateLabel(name))
                                            .arg(size)
                                            .arg(Ses::TemplateChecks::MaxTemplateBytes));
    }
    Ses::TemplateChecks::Options options;
    options.checkName = false;
    for (const Ses::TemplateFinding &finding : Ses::TemplateChecks::run(input, options)) {
        using Code = Ses::TemplateFinding::Code;
        if (finding.severity != Ses::TemplateFinding::Severity::Error
            || (finding.code != Code::Syntax && finding.code != Code::OpenTrackerRepeated))
            continue;
        return ServiceError::badRequest(QStringLiteral("%1 is invalid: %2 line %3, column %4: %5")
                                            .arg(templateLabel(name), partName(finding.part))
                                            .arg(finding.location.line)
                                            .arg(finding.location.column)
                                            .arg(finding.message));
    }
    return passed();
}

} // namespace Sandbox
