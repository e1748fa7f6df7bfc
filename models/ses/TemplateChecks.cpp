#include "models/ses/TemplateChecks.h"

#include <functional>

#include <QCoreApplication>
#include <QRegularExpression>

#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateHelpers.h"

namespace Ses
{

namespace
{

using Finding = TemplateFinding;

QString tr(const char *text)
{
    return QCoreApplication::translate("Ses::TemplateChecks", text);
}

Finding finding(Finding::Severity severity,
    Finding::Part part,
    Finding::Code code,
    const QString &message,
    const TemplateSourceLocation &location = {},
    int length = 0)
{
    Finding f;
    f.severity = severity;
    f.part = part;
    f.code = code;
    f.location = location;
    f.length = length;
    f.message = message;
    return f;
}

/// Calls visit for every node of the program, including those inside blocks and partial bodies.
void walk(const TemplateProgram &program, const std::function<void(const TemplateNode &)> &visit)
{
    for (const TemplateNode &node : program.body) {
        visit(node);
        if (node.program)
            walk(*node.program, visit);
        if (node.inverse)
            walk(*node.inverse, visit);
    }
}

QList<const TemplateNode *> placeholders(const TemplateDocument &document, const QString &name)
{
    QList<const TemplateNode *> found;
    walk(document.program(), [&](const TemplateNode &node) {
        const TemplatePath &path = node.call.name.path;
        if (node.kind == TemplateNode::Kind::Mustache && !node.call.hasArguments() && path.isSimple()
            && path.parts.front() == name) {
            found.append(&node);
        }
    });
    return found;
}

QString partName(Finding::Part part)
{
    switch (part) {
    case Finding::Part::Subject:
        return tr("subject");
    case Finding::Part::Html:
        return tr("HTML part");
    case Finding::Part::Text:
        return tr("text part");
    case Finding::Part::Name:
    case Finding::Part::Template:
        break;
    }
    return {};
}

} // namespace

qint64 TemplateChecks::templateSize(const Input &input)
{
    return input.subject.toUtf8().size() + input.html.toUtf8().size() + input.text.toUtf8().size();
}

bool TemplateChecks::hasErrors(const TemplateFindings &findings)
{
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Error)
            return true;
    }
    return false;
}

TemplateFindings TemplateChecks::run(const Input &input)
{
    return run(input, Options());
}

TemplateFindings TemplateChecks::run(const Input &input, const Options &options)
{
    TemplateFindings findings;
    using S = Finding::Severity;
    using P = Finding::Part;
    using C = Finding::Code;

    if (options.checkName) {
        static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9_-]{1,%1}$").arg(MaxNameLength));
        if (input.name.isEmpty()) {
            findings.append(finding(S::Error, P::Name, C::NameMissing, tr("Enter a name for the template.")));
        } else if (!nameRule.match(input.name).hasMatch()) {
            findings.append(finding(S::Warning,
                P::Name,
                C::NameInvalid,
                tr("SES documents template names as up to 64 letters, digits, hyphens (-) and "
                   "underscores (_); SES may reject this name.")));
        }
    }

    if (input.subject.trimmed().isEmpty())
        findings.append(finding(S::Error, P::Subject, C::SubjectMissing, tr("The subject must be specified.")));
    if (input.html.isEmpty() && input.text.isEmpty()) {
        findings.append(
            finding(S::Error, P::Template, C::BodyMissing, tr("A template needs an HTML part, a text part, or both.")));
    } else if (input.text.isEmpty()) {
        findings.append(finding(S::Info,
            P::Text,
            C::PartMissing,
            tr("There is no text part: recipients whose mail program does not show HTML will "
               "see an empty message.")));
    } else if (input.html.isEmpty()) {
        findings.append(
            finding(S::Info, P::Html, C::PartMissing, tr("There is no HTML part: the message is plain text.")));
    }

    const qint64 size = templateSize(input);
    if (size > MaxTemplateBytes) {
        findings.append(finding(S::Error,
            P::Template,
            C::TooLarge,
            tr("The template is %1 bytes; SES accepts at most 500 KB (%2 bytes) for the subject, "
               "HTML and text parts together.")
                .arg(size)
                .arg(MaxTemplateBytes)));
    }

    const struct {
        P part;
        const QString &text;
    } parts[] = {{P::Subject, input.subject}, {P::Html, input.html}, {P::Text, input.text}};

    int openTrackers = 0;
    for (const auto &[part, text] : parts) {
        if (text.isEmpty())
            continue;
        const TemplateDocument document = TemplateDocument::parse(text);
        for (const TemplateDiagnostic &d : document.diagnostics())
            findings.append(finding(S::Error, part, C::Syntax, d.message, d.location, d.length));

        for (const TemplateNode *node : placeholders(document, TemplateHelpers::OpenTracker)) {
            if (++openTrackers > 1) {
                findings.append(finding(S::Error,
                    part,
                    C::OpenTrackerRepeated,
                    tr("{{ses:openTracker}} may appear only once in a template; SES rejects more "
                       "with 400 BadRequestException."),
                    node->location,
                    node->length));
            }
            if (part != P::Html) {
                findings.append(finding(S::Warning,
                    part,
                    C::OpenTrackerOutsideHtml,
                    tr("{{ses:openTracker}} marks where the open-tracking image goes, which only "
                       "works in the HTML part."),
                    node->location,
                    node->length));
            }
        }

        const QList<const TemplateNode *> unsubscribe = placeholders(document, TemplateHelpers::UnsubscribeUrl);
        for (qsizetype i = 0; i < unsubscribe.size(); ++i) {
            const TemplateNode *node = unsubscribe.at(i);
            if (part == P::Subject) {
                findings.append(finding(S::Warning,
                    part,
                    C::UnsubscribeUrlInSubject,
                    tr("SES replaces {{amazonSESUnsubscribeUrl}} only in the HTML and text parts, "
                       "not in the subject."),
                    node->location,
                    node->length));
            } else if (i >= MaxUnsubscribeUrls) {
                findings.append(finding(S::Warning,
                    part,
                    C::UnsubscribeUrlRepeated,
                    tr("SES replaces only the first two {{amazonSESUnsubscribeUrl}} in the %1; "
                       "this one will stay as it is.")
                        .arg(partName(part)),
                    node->location,
                    node->length));
            }
        }

        if (options.inlineContent && document.isValid()) {
            walk(document.program(), [&](const TemplateNode &node) {
                if (node.kind == TemplateNode::Kind::Block || node.kind == TemplateNode::Kind::Partial
                    || node.kind == TemplateNode::Kind::InlinePartial) {
                    findings.append(finding(S::Warning,
                        part,
                        C::NotSimpleSubstitution,
                        tr("Template content sent with the email supports only simple "
                           "substitutions such as {{name}}; save it as a template to use "
                           "blocks and partials."),
                        node.location,
                        node.openLength));
                }
            });
        }
    }
    return findings;
}

} // namespace Ses
