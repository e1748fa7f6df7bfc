#include "app/cli/commands/IdentityArgument.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "models/ses/IdentityName.h"

#include "app/cli/commands/CliContext.h"

namespace Cli
{

std::optional<QString> identityArgument(CliContext &context, const QCommandLineParser &parser, int *exitCode)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        *exitCode = context.usageError(QCoreApplication::translate("Cli", "expected exactly one identity NAME"));
        return std::nullopt;
    }
    const auto name = Ses::IdentityName::parse(args.constFirst());
    if (!name.ok()) {
        *exitCode = context.usageError(name.error().message);
        return std::nullopt;
    }
    return name.value().ascii();
}

QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no");
}

} // namespace Cli
