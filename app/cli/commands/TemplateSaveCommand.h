#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// The shared work of `template create` and `template update`: read the template from the JSON
/// that `aws sesv2 create-email-template --cli-input-json` takes, run the editor's pre-save
/// checks (errors stop it unless --skip-checks), save it, and keep a snapshot in the local
/// version history.
class TemplateSaveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateSaveCommand)

public:
    enum class Mode { Create, Update };

    explicit TemplateSaveCommand(Mode mode)
        : m_mode(mode)
    {
    }
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;

private:
    Mode m_mode;
};

} // namespace Cli
