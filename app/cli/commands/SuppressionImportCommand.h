#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `suppression import FILE`: puts every address of a file (SuppressionImportParser's format) on the suppression list,
/// one PutSuppressedDestination each; a file with bad lines sends nothing unless --skip-invalid.
class SuppressionImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionImportCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("suppression"), QStringLiteral("import")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("FILE");
    }
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
