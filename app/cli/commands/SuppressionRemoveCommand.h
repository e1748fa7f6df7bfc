#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `suppression remove ADDRESS`: takes an address off the suppression list (DeleteSuppressedDestination).
class SuppressionRemoveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionRemoveCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("suppression"), QStringLiteral("remove")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("ADDRESS");
    }
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
