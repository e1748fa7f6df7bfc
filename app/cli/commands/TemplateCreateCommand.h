#pragma once

#include "app/cli/commands/TemplateSaveCommand.h"

namespace Cli
{

/// `template create --from-file F [--skip-checks] [--no-history]`: CreateEmailTemplate from the JSON
/// `aws sesv2 create-email-template --cli-input-json` takes (see TemplateSaveCommand).
class TemplateCreateCommand final : public TemplateSaveCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCreateCommand)

public:
    TemplateCreateCommand()
        : TemplateSaveCommand(Mode::Create)
    {
    }
    QStringList words() const override
    {
        return {QStringLiteral("template"), QStringLiteral("create")};
    }
    QString summary() const override;
};

} // namespace Cli
