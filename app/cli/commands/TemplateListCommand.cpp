#include "app/cli/commands/TemplateListCommand.h"

#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

QString TemplateListCommand::summary() const
{
    return tr("List every email template in the region.");
}

void TemplateListCommand::run(CliContext &context, const QCommandLineParser &, std::function<void(int)> done)
{
    context.ses()->listAllEmailTemplates(context.ses(), [&context, done](Aws::Result<Ses::EmailTemplateList> result) {
        if (!result.ok()) {
            done(result.isCancelled() ? int(ExitCode::ServiceError)
                                      : context.serviceError(QStringLiteral("ListEmailTemplates"), result.error()));
            return;
        }
        if (context.jsonOutput()) {
            // As `aws sesv2 list-email-templates` prints a last page: every page merged, no NextToken.
            context.printJson(result.value().raw);
        } else {
            TablePrinter table({tr("Template"), tr("Created")});
            for (const Ses::EmailTemplateMetadata &t : result.value().templates)
                table.addRow({t.templateName,
                    t.createdTimestamp.isValid() ? t.createdTimestamp.toUTC().toString(Qt::ISODate) : QString()});
            table.print(context.out());
        }
        done(ExitCode::Success);
    });
}

} // namespace Cli
