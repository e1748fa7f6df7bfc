#include "app/cli/commands/TemplateUpdateCommand.h"

namespace Cli
{

QString TemplateUpdateCommand::summary() const
{
    return tr("Update a template from a JSON file (the same format as template create).");
}

} // namespace Cli
