#include "app/cli/commands/IdentityDeleteCommand.h"

#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/IdentityArgument.h"

namespace Cli
{

QString IdentityDeleteCommand::summary() const
{
    return tr("Delete an identity.");
}

void IdentityDeleteCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto name = identityArgument(context, parser, &code);
    if (!name) {
        done(code);
        return;
    }
    context.ses()->deleteEmailIdentity(
        *name, context.ses(), [&context, done, name = *name](Aws::Result<Aws::Empty> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("DeleteEmailIdentity"), result.error()));
                return;
            }
            // Like `aws sesv2 delete-email-identity`, JSON output prints nothing on success.
            if (!context.jsonOutput())
                context.out() << tr("Deleted identity %1.").arg(name) << Qt::endl;
            done(ExitCode::Success);
        });
}

} // namespace Cli
