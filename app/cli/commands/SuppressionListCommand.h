#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `suppression list`: the account's suppression list (every page of ListSuppressedDestinations), filtered by reason
/// and date, as a table, JSON or CSV.
class SuppressionListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionListCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("suppression"), QStringLiteral("list")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return {};
    }
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
