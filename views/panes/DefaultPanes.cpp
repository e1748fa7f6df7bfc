#include "views/panes/AccountPane.h"
#include "views/panes/ConfigurationSetsPane.h"
#include "views/panes/IdentitiesPane.h"
#include "views/panes/PaneRegistry.h"
#include "views/panes/StatisticsPane.h"
#include "views/panes/TemplatesPane.h"

namespace Views
{

// One line per pane, in any order (PaneOrder sorts them).
void registerDefaultPanes(PaneRegistry &registry)
{
    registry.add<AccountPane>(PaneOrder::Account);
    registry.add<IdentitiesPane>(PaneOrder::Identities);
    registry.add<ConfigurationSetsPane>(PaneOrder::ConfigurationSets);
    registry.add<TemplatesPane>(PaneOrder::Templates);
    registry.add<StatisticsPane>(PaneOrder::Statistics);
}

} // namespace Views
