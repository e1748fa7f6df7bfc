#include "app/cli/commands/SuppressionGetCommand.h"

#include <QTextStream>

#include "models/ses/AwsTimestamp.h"
#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/SuppressionCliSupport.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

QString SuppressionGetCommand::summary() const
{
    return tr("Show why and since when an address is on the suppression list.");
}

void SuppressionGetCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto address = suppressionAddressArgument(context, parser, &code);
    if (!address) {
        done(code);
        return;
    }
    context.ses()->getSuppressedDestination(
        *address, context.ses(), [&context, done](Aws::Result<Ses::SuppressedDestination> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("GetSuppressedDestination"), result.error()));
                return;
            }
            const Ses::SuppressedDestination &d = result.value();
            if (context.jsonOutput()) {
                // As `aws sesv2 get-suppressed-destination` prints it.
                QJsonObject json = suppressedDestinationJson(d.summary());
                QJsonObject attributes;
                if (!d.attributes.messageId.isEmpty())
                    attributes.insert(QStringLiteral("MessageId"), d.attributes.messageId);
                if (!d.attributes.feedbackId.isEmpty())
                    attributes.insert(QStringLiteral("FeedbackId"), d.attributes.feedbackId);
                if (!attributes.isEmpty())
                    json.insert(QStringLiteral("Attributes"), attributes);
                context.printJson(QJsonObject{{QLatin1String("SuppressedDestination"), json}});
            } else {
                QList<QPair<QString, QString>> pairs{{tr("Address"), d.emailAddress},
                    {tr("Reason"), d.reason},
                    {tr("Last updated"), Ses::AwsTimestamp::toIso(d.lastUpdateTime)}};
                if (!d.attributes.messageId.isEmpty())
                    pairs.append({tr("Message ID"), d.attributes.messageId});
                if (!d.attributes.feedbackId.isEmpty())
                    pairs.append({tr("Feedback ID"), d.attributes.feedbackId});
                TablePrinter::printPairs(context.out(), pairs);
            }
            done(ExitCode::Success);
        });
}

} // namespace Cli
