#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `template render NAME --data JSON`: TestRenderEmailTemplate, the MIME message SES would send.
class TemplateRenderCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("template"), QStringLiteral("render")};
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
