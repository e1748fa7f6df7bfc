#include "views/commands/TemplateServices.h"

#include "models/connection/Session.h"

namespace Views
{

Ses::TemplateSaver TemplateServices::saver() const
{
    return Ses::TemplateSaver(session->ses(), history, scope);
}

} // namespace Views
