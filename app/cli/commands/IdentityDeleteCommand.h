#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `identity delete NAME`: DeleteEmailIdentity.
class IdentityDeleteCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IdentityDeleteCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("identity"), QStringLiteral("delete")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("NAME");
    }
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
