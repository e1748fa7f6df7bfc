#include "app/cli/commands/SuppressionRemoveCommand.h"

#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/SuppressionCliSupport.h"

namespace Cli
{

QString SuppressionRemoveCommand::summary() const
{
    return tr("Take an address off the suppression list.");
}

void SuppressionRemoveCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto address = suppressionAddressArgument(context, parser, &code);
    if (!address) {
        done(code);
        return;
    }
    context.ses()->deleteSuppressedDestination(
        *address, context.ses(), [&context, done, address = *address](Aws::Result<Aws::Empty> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("DeleteSuppressedDestination"), result.error()));
                return;
            }
            // Like `aws sesv2 delete-suppressed-destination`, JSON output prints nothing on success.
            if (!context.jsonOutput())
                context.out() << tr("Removed %1 from the suppression list.").arg(address) << Qt::endl;
            done(ExitCode::Success);
        });
}

} // namespace Cli
