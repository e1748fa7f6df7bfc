#include "app/cli/commands/TemplateDeleteCommand.h"

#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/TemplateCliSupport.h"

namespace Cli
{

QString TemplateDeleteCommand::summary() const
{
    return tr("Delete a template (its local version history is kept).");
}

void TemplateDeleteCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto name = templateNameArgument(context, parser, &code);
    if (!name) {
        done(code);
        return;
    }
    context.ses()->deleteEmailTemplate(
        *name, context.ses(), [&context, done, name = *name](Aws::Result<Aws::Empty> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("DeleteEmailTemplate"), result.error()));
                return;
            }
            if (!context.jsonOutput())
                context.out() << tr("Deleted template %1.").arg(name) << Qt::endl;
            done(ExitCode::Success);
        });
}

} // namespace Cli
