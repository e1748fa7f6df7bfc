#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `account show`: GetAccount, the account's sandbox/production state, quota and settings.
class AccountShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AccountShowCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("account"), QStringLiteral("show")};
    }
    QString summary() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
