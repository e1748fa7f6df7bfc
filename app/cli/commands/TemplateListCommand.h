#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `template list`: every email template in the region (all pages of ListEmailTemplates).
class TemplateListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateListCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("template"), QStringLiteral("list")};
    }
    QString summary() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
