#include "app/cli/commands/TemplateRenderCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/TemplateCliSupport.h"

namespace Cli
{

QString TemplateRenderCommand::summary() const
{
    return tr("Render a template with data (TestRenderEmailTemplate) and print the MIME message.");
}

QList<QCommandLineOption> TemplateRenderCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("data"),
            tr("The template data: a JSON object, or file://PATH to read it from a file."),
            QStringLiteral("JSON")),
    };
}

void TemplateRenderCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto name = templateNameArgument(context, parser, &code);
    if (!name) {
        done(code);
        return;
    }
    if (!parser.isSet(QStringLiteral("data"))) {
        done(context.usageError(tr("--data JSON is required (use '{}' for a template without variables)")));
        return;
    }
    const auto data = templateDataArgument(context, parser.value(QStringLiteral("data")), &code);
    if (!data) {
        done(code);
        return;
    }
    context.ses()->testRenderEmailTemplate(
        *name, *data, context.ses(), [&context, done](Aws::Result<Ses::TestRenderEmailTemplateResult> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("TestRenderEmailTemplate"), result.error()));
                return;
            }
            if (context.jsonOutput())
                context.printJson(result.value().raw);
            else
                context.out() << result.value().renderedTemplate << Qt::endl;
            done(ExitCode::Success);
        });
}

} // namespace Cli
