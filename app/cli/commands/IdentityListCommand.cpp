#include "app/cli/commands/IdentityListCommand.h"

#include <QJsonArray>
#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/IdentityArgument.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

QString IdentityListCommand::summary() const
{
    return tr("List every email address and domain identity in the region.");
}

void IdentityListCommand::run(CliContext &context, const QCommandLineParser &, std::function<void(int)> done)
{
    context.ses()->listAllEmailIdentities(
        context.ses(), [&context, done](Aws::Result<QList<Ses::IdentitySummary>> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("ListEmailIdentities"), result.error()));
                return;
            }
            if (context.jsonOutput()) {
                // As `aws sesv2 list-email-identities` prints it: every page merged, no NextToken.
                QJsonArray items;
                for (const Ses::IdentitySummary &s : result.value())
                    items.append(s.raw);
                context.printJson(QJsonObject{{QLatin1String("EmailIdentities"), items}});
            } else {
                TablePrinter table({tr("Identity"), tr("Type"), tr("Status"), tr("Sending")});
                for (const Ses::IdentitySummary &s : result.value())
                    table.addRow({s.identityName, s.identityType, s.verificationStatus, yesNo(s.sendingEnabled)});
                table.print(context.out());
            }
            done(ExitCode::Success);
        });
}

} // namespace Cli
