#include "views/panes/PaneRegistry.h"

#include <algorithm>

namespace Views
{

void PaneRegistry::addFactory(PaneOrder order, Factory factory)
{
    m_entries.append({order, std::move(factory)});
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.order < b.order;
    });
}

} // namespace Views
