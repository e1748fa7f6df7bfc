#include "app/cli/commands/SuppressionListCommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include "models/ses/AwsTimestamp.h"
#include "models/ses/SesClient.h"
#include "models/ses/SuppressionCsvExporter.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/SuppressionCliSupport.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

QString SuppressionListCommand::summary() const
{
    return tr("List the addresses on the account's suppression list.");
}

QList<QCommandLineOption> SuppressionListCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("reason"),
            tr("Only entries with this reason: BOUNCE or COMPLAINT."),
            QStringLiteral("REASON")),
        QCommandLineOption(QStringLiteral("start-date"),
            tr("Only entries updated at or after this ISO 8601 date or time (UTC unless it names an offset)."),
            QStringLiteral("ISO")),
        QCommandLineOption(QStringLiteral("end-date"),
            tr("Only entries updated at or before this ISO 8601 date or time (UTC unless it names an offset)."),
            QStringLiteral("ISO")),
        QCommandLineOption(QStringLiteral("csv"),
            tr("Print CSV (emailAddress,reason,lastUpdateTime), as the Suppression list pane exports it.")),
    };
}

void SuppressionListCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        done(context.usageError(tr("suppression list takes no arguments")));
        return;
    }
    int code = 0;
    Ses::ListSuppressedDestinationsRequest request;
    if (parser.isSet(QStringLiteral("reason"))) {
        const auto reason = suppressionReasonValue(context, parser.value(QStringLiteral("reason")), &code);
        if (!reason) {
            done(code);
            return;
        }
        request.reasons = {*reason};
    }
    if (parser.isSet(QStringLiteral("start-date"))) {
        request.startDate = suppressionDateValue(
            context, QStringLiteral("start-date"), parser.value(QStringLiteral("start-date")), &code);
        if (!request.startDate.isValid()) {
            done(code);
            return;
        }
    }
    if (parser.isSet(QStringLiteral("end-date"))) {
        request.endDate = suppressionDateValue(
            context, QStringLiteral("end-date"), parser.value(QStringLiteral("end-date")), &code);
        if (!request.endDate.isValid()) {
            done(code);
            return;
        }
    }
    if (request.startDate.isValid() && request.endDate.isValid() && request.startDate > request.endDate) {
        done(context.usageError(tr("--start-date is after --end-date")));
        return;
    }
    const bool csv = parser.isSet(QStringLiteral("csv"));

    listAllSuppressedDestinations(
        context.ses(), request, [&context, done, csv](Aws::Result<QList<Ses::SuppressedDestinationSummary>> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("ListSuppressedDestinations"), result.error()));
                return;
            }
            if (csv) {
                context.out() << QString::fromUtf8(Ses::SuppressionCsvExporter::exportList(result.value()));
            } else if (context.jsonOutput()) {
                // As `aws sesv2 list-suppressed-destinations` prints it: every page merged, no NextToken.
                QJsonArray items;
                for (const Ses::SuppressedDestinationSummary &s : result.value())
                    items.append(suppressedDestinationJson(s));
                context.printJson(QJsonObject{{QLatin1String("SuppressedDestinationSummaries"), items}});
            } else {
                TablePrinter table({tr("Address"), tr("Reason"), tr("Last updated")});
                for (const Ses::SuppressedDestinationSummary &s : result.value())
                    table.addRow({s.emailAddress, s.reason, Ses::AwsTimestamp::toIso(s.lastUpdateTime)});
                table.print(context.out());
            }
            done(ExitCode::Success);
        });
}

} // namespace Cli
