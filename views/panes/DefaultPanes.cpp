#include "views/panes/AccountPane.h"
#include "views/panes/PaneRegistry.h"

namespace Views
{

// One line per pane, in any order (PaneOrder sorts them).
void registerDefaultPanes(PaneRegistry &registry)
{
    registry.add<AccountPane>(PaneOrder::Account);
}

} // namespace Views
