#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `template delete NAME`: DeleteEmailTemplate (the local history is kept).
class TemplateDeleteCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateDeleteCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("template"), QStringLiteral("delete")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("NAME");
    }
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
