#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `identity create NAME [--dkim-key-length L] [--configuration-set C] [--tag K=V]...`
class IdentityCreateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCreateCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("identity"), QStringLiteral("create")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("NAME");
    }
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
