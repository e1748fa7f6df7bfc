#include "app/cli/commands/AccountShowCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

QString AccountShowCommand::summary() const
{
    return tr("Show the account: sandbox or production, sending quota and settings.");
}

void AccountShowCommand::run(CliContext &context, const QCommandLineParser &, std::function<void(int)> done)
{
    context.ses()->getAccount(context.ses(), [&context, done](Aws::Result<Ses::Account> result) {
        if (!result.ok()) {
            done(result.isCancelled() ? int(ExitCode::ServiceError)
                                      : context.serviceError(QStringLiteral("GetAccount"), result.error()));
            return;
        }
        const Ses::Account &a = result.value();
        if (context.jsonOutput()) {
            context.printJson(a.raw);
            done(ExitCode::Success);
            return;
        }
        auto yesNo = [](bool b) -> QString {
            return b ? tr("yes") : tr("no");
        };
        const double used
            = a.sendQuota.max24HourSend > 0 ? 100.0 * a.sendQuota.sentLast24Hours / a.sendQuota.max24HourSend : 0;
        QList<QPair<QString, QString>> rows{
            {tr("Access"), a.productionAccessEnabled ? tr("production") : tr("sandbox")},
            {tr("Sending enabled"), yesNo(a.sendingEnabled)},
            {tr("Enforcement status"), a.enforcementStatus},
            {tr("Max 24-hour send"), QString::number(a.sendQuota.max24HourSend, 'f', 0)},
            {tr("Sent last 24 hours"),
                QStringLiteral("%1 (%2%)")
                    .arg(QString::number(a.sendQuota.sentLast24Hours, 'f', 0), QString::number(used, 'f', 1))},
            {tr("Max send rate"), QStringLiteral("%1/s").arg(a.sendQuota.maxSendRate)},
            {tr("Suppressed reasons"),
                a.suppressedReasons.isEmpty() ? QStringLiteral("-") : a.suppressedReasons.join(QStringLiteral(", "))},
            {tr("VDM"), a.vdmEnabled ? tr("enabled") : tr("disabled")},
            {tr("Dedicated IP auto warm-up"), yesNo(a.dedicatedIpAutoWarmupEnabled)},
        };
        if (a.hasDetails) {
            rows.append({tr("Mail type"), a.details.mailType});
            rows.append({tr("Website"), a.details.websiteUrl});
            rows.append({tr("Review status"), a.details.reviewDetails.status});
            if (!a.details.reviewDetails.caseId.isEmpty())
                rows.append({tr("Review case"), a.details.reviewDetails.caseId});
        }
        TablePrinter::printPairs(context.out(), rows);
        done(ExitCode::Success);
    });
}

} // namespace Cli
