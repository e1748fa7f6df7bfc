#include "views/panes/AccountPane.h"
#include "views/panes/ConfigurationSetsPane.h"
#include "views/panes/DedicatedIpsPane.h"
#include "views/panes/IdentitiesPane.h"
#include "views/panes/PaneRegistry.h"
#include "views/panes/StatisticsPane.h"
#include "views/panes/SuppressionListPane.h"
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
    registry.add<SuppressionListPane>(PaneOrder::SuppressionList);
    registry.add<StatisticsPane>(PaneOrder::Statistics);
    registry.add<DedicatedIpsPane>(PaneOrder::DedicatedIps);
}

} // namespace Views
