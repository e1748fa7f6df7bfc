#include "views/panes/AccountPane.h"
#include "views/panes/PaneRegistry.h"
#include "views/panes/TemplatesPane.h"

namespace Views
{

// One line per pane, in any order (PaneOrder sorts them).
void registerDefaultPanes(PaneRegistry &registry)
{
    registry.add<AccountPane>(PaneOrder::Account);
    registry.add<TemplatesPane>(PaneOrder::Templates);
}

} // namespace Views
