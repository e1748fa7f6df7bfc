#include "app/cli/commands/TemplateCreateCommand.h"

namespace Cli
{

QString TemplateCreateCommand::summary() const
{
    return tr("Create a template from a JSON file (the AWS CLI's --cli-input-json format).");
}

} // namespace Cli
