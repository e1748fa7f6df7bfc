#pragma once

#include <optional>

#include <QString>

#include "models/ses/AccountScope.h"
#include "models/ses/TemplateFinding.h"

class QCommandLineParser;

namespace Cli
{

class CliContext;

/// The single NAME argument of the template commands; nullopt after printing a usage error.
std::optional<QString> templateNameArgument(CliContext &context, const QCommandLineParser &parser, int *exitCode);

/// A --data value: JSON text, or "file://PATH" to read it from a file (as the AWS CLI does);
/// checked to be a JSON object. nullopt after printing a usage error.
std::optional<QString> templateDataArgument(CliContext &context, const QString &value, int *exitCode);

/// Where SesDesk keeps local data (template history, test sends): $SESDESK_DATA_DIR, else
/// $XDG_DATA_HOME/SesDesk/SesDesk, else ~/.local/share/SesDesk/SesDesk, the GUI's own folder.
QString dataDirectory(const CliContext &context);

/// The account and region this run's local data belongs to, keyed as the GUI keys profiles
/// ("aws:<profile>", "sandbox"), with the endpoint added when it is overridden so a local
/// server's data never mixes with a real account's.
Ses::AccountScope accountScope(const CliContext &context);

/// Prints findings to stderr as "error: Html:3:5: message"; returns true when one is an error.
bool printFindings(CliContext &context, const Ses::TemplateFindings &findings);

} // namespace Cli
