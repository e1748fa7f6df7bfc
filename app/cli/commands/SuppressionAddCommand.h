#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `suppression add ADDRESS --reason R`: puts an address on the suppression list (PutSuppressedDestination).
class SuppressionAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionAddCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("suppression"), QStringLiteral("add")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("ADDRESS");
    }
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
