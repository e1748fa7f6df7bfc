#include "app/cli/commands/TemplateShowCommand.h"

#include <QTextStream>

#include "models/ses/SesClient.h"
#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateVariableCollector.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/TablePrinter.h"
#include "app/cli/commands/TemplateCliSupport.h"

namespace Cli
{

namespace
{

/// Every data path the subject, HTML and text parts use, each once, in order of appearance.
QStringList variablesOf(const Ses::EmailTemplateContent &content)
{
    QStringList out;
    for (const QString *part : {&content.subject, &content.html, &content.text}) {
        for (const Ses::TemplateVariable &v :
            Ses::TemplateVariableCollector::collect(Ses::TemplateDocument::parse(*part))) {
            if (!out.contains(v.path))
                out.append(v.path);
        }
    }
    return out;
}

} // namespace

QString TemplateShowCommand::summary() const
{
    return tr("Show a template: subject, text and HTML parts, and the variables they use.");
}

void TemplateShowCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto name = templateNameArgument(context, parser, &code);
    if (!name) {
        done(code);
        return;
    }
    context.ses()->getEmailTemplate(*name, context.ses(), [&context, done](Aws::Result<Ses::EmailTemplate> result) {
        if (!result.ok()) {
            done(result.isCancelled() ? int(ExitCode::ServiceError)
                                      : context.serviceError(QStringLiteral("GetEmailTemplate"), result.error()));
            return;
        }
        const Ses::EmailTemplate &t = result.value();
        if (context.jsonOutput()) {
            context.printJson(t.raw);
            done(ExitCode::Success);
            return;
        }
        const QStringList variables = variablesOf(t.content);
        QStringList tags;
        for (const Ses::Tag &tag : t.tags)
            tags.append(tag.key + QLatin1Char('=') + tag.value);
        TablePrinter::printPairs(context.out(),
            {{tr("Template"), t.templateName},
                {tr("Subject"), t.content.subject},
                {tr("Variables"), variables.isEmpty() ? QStringLiteral("-") : variables.join(QStringLiteral(", "))},
                {tr("Tags"), tags.isEmpty() ? QStringLiteral("-") : tags.join(QStringLiteral(", "))}});
        QTextStream &out = context.out();
        out << Qt::endl
            << tr("Text part:") << Qt::endl
            << (t.content.text.isEmpty() ? tr("(none)") : t.content.text) << Qt::endl;
        out << Qt::endl
            << tr("HTML part:") << Qt::endl
            << (t.content.html.isEmpty() ? tr("(none)") : t.content.html) << Qt::endl;
        done(ExitCode::Success);
    });
}

} // namespace Cli
