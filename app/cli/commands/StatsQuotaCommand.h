#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `stats quota`: SES v1 GetSendQuota, the 24-hour quota used and the maximum send rate.
class StatsQuotaCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsQuotaCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("stats"), QStringLiteral("quota")};
    }
    QString summary() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
