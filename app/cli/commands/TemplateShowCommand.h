#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `template show NAME`: GetEmailTemplate, with the variables the template uses.
class TemplateShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateShowCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("template"), QStringLiteral("show")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("NAME");
    }
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
