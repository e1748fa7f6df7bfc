#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `stats reputation`: CloudWatch GetMetricData for AWS/SES Reputation.BounceRate and
/// Reputation.ComplaintRate (the account, or one configuration set), every page, with the
/// latest values classified against the guide's thresholds. --output json prints GetMetricData's
/// answer as `aws cloudwatch get-metric-data` does.
class StatsReputationCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsReputationCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("stats"), QStringLiteral("reputation")};
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
