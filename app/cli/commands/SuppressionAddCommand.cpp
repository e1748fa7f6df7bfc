#include "app/cli/commands/SuppressionAddCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/SuppressionCliSupport.h"

namespace Cli
{

QString SuppressionAddCommand::summary() const
{
    return tr("Put an address on the suppression list (or change its reason).");
}

QList<QCommandLineOption> SuppressionAddCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("reason"),
        tr("Why it is suppressed: BOUNCE or COMPLAINT (required)."),
        QStringLiteral("REASON"))};
}

void SuppressionAddCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto address = suppressionAddressArgument(context, parser, &code);
    if (!address) {
        done(code);
        return;
    }
    if (!parser.isSet(QStringLiteral("reason"))) {
        done(context.usageError(tr("--reason BOUNCE|COMPLAINT is required")));
        return;
    }
    const auto reason = suppressionReasonValue(context, parser.value(QStringLiteral("reason")), &code);
    if (!reason) {
        done(code);
        return;
    }
    context.ses()->putSuppressedDestination(*address,
        *reason,
        context.ses(),
        [&context, done, address = *address, reason = *reason](Aws::Result<Aws::Empty> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("PutSuppressedDestination"), result.error()));
                return;
            }
            // Like `aws sesv2 put-suppressed-destination`, JSON output prints nothing on success.
            if (!context.jsonOutput())
                context.out() << tr("Added %1 to the suppression list (%2).").arg(address, reason) << Qt::endl;
            done(ExitCode::Success);
        });
}

} // namespace Cli
