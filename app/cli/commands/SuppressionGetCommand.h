#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `suppression get ADDRESS`: one entry of the suppression list (GetSuppressedDestination).
class SuppressionGetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionGetCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("suppression"), QStringLiteral("get")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("ADDRESS");
    }
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
