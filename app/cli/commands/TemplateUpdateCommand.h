#pragma once

#include "app/cli/commands/TemplateSaveCommand.h"

namespace Cli
{

/// `template update --from-file F [--skip-checks] [--no-history]`: UpdateEmailTemplate from the JSON
/// `aws sesv2 create-email-template --cli-input-json` takes (see TemplateSaveCommand).
class TemplateUpdateCommand final : public TemplateSaveCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateUpdateCommand)

public:
    TemplateUpdateCommand()
        : TemplateSaveCommand(Mode::Update)
    {
    }
    QStringList words() const override
    {
        return {QStringLiteral("template"), QStringLiteral("update")};
    }
    QString summary() const override;
};

} // namespace Cli
