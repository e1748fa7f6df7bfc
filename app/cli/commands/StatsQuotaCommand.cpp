#include "app/cli/commands/StatsQuotaCommand.h"

#include <QTextStream>

#include "models/ses/QuotaUsage.h"
#include "models/ses/SesClient.h"
#include "models/ses/SesV1Client.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/Session.h"
#include "app/cli/commands/StatsSupport.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

QString StatsQuotaCommand::summary() const
{
    return tr("Show the 24-hour sending quota, how much of it is used, and the maximum send rate.");
}

void StatsQuotaCommand::run(CliContext &context, const QCommandLineParser &, std::function<void(int)> done)
{
    auto *v1 = new Ses::SesV1Client(context.session()->aws(), context.ses());
    v1->getSendQuota(v1, [&context, v1, done](Aws::Result<Ses::SendQuotaResult> r) {
        v1->deleteLater();
        if (!r.ok()) {
            done(r.isCancelled() ? int(ExitCode::ServiceError)
                                 : context.serviceError(QStringLiteral("GetSendQuota"), r.error()));
            return;
        }
        if (context.jsonOutput()) {
            context.printJson(r.value().raw);
            done(ExitCode::Success);
            return;
        }
        const Ses::QuotaUsage usage(r.value().quota);
        TablePrinter::printPairs(context.out(),
            {
                {tr("Max 24-hour send"),
                    usage.isUnlimited() ? tr("unlimited") : QString::number(usage.quota().max24HourSend, 'f', 0)},
                {tr("Sent last 24 hours"),
                    QStringLiteral("%1 (%2)").arg(QString::number(usage.quota().sentLast24Hours, 'f', 0),
                        StatsSupport::percent(usage.usedFraction()))},
                {tr("Remaining"), usage.remaining() ? QString::number(*usage.remaining(), 'f', 0) : tr("unlimited")},
                {tr("Max send rate"), tr("%1 per second").arg(usage.quota().maxSendRate)},
            });
        done(ExitCode::Success);
    });
}

} // namespace Cli
