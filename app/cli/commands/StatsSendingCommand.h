#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `stats sending`: SES v1 GetSendStatistics, merged with the local history, sorted, bucketed
/// (--period), cut to a range, with totals, bounce and complaint rates and the quota used.
/// --output json without --period/--range prints the API's answer as `aws ses
/// get-send-statistics` does.
class StatsSendingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsSendingCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("stats"), QStringLiteral("sending")};
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
