#pragma once

#include <optional>

#include <QString>

class QCommandLineParser;

namespace Cli
{

class CliContext;

/// The single NAME argument of the identity commands, converted to SES's ASCII form (IDN
/// domains in Punycode); nullopt after printing a usage error into *exitCode.
std::optional<QString> identityArgument(CliContext &context, const QCommandLineParser &parser, int *exitCode);

/// "yes"/"no" for table output.
QString yesNo(bool value);

} // namespace Cli
