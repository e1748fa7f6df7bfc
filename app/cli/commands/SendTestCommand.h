#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `send-test --from ADDRESS --scenario S [--label L] [--template NAME --data JSON | --subject S
/// --text T] [--configuration-set NAME]`: a test email to the SES mailbox simulator; prints the
/// MessageId, what the scenario produces and, against the Sandbox, what became of the message.
class SendTestCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SendTestCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("send-test")};
    }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
