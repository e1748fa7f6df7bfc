#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `identity list`: every email and domain identity (all pages of ListEmailIdentities).
class IdentityListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IdentityListCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("identity"), QStringLiteral("list")};
    }
    QString summary() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
