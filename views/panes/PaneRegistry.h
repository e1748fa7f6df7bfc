#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "views/panes/PaneContext.h"

class QWidget;

namespace Views
{

class Pane;

/// Where panes sit in the navigation list (and which Ctrl+<n> opens them).
enum class PaneOrder {
    Account = 10,
    Identities = 20,
    ConfigurationSets = 30,
    Templates = 40,
    SuppressionList = 50,
    Statistics = 60,
    DedicatedIps = 70,
};

/// The panes the main window shows. One line registers a pane:
///     registry.add<AccountPane>(PaneOrder::Account);
/// The pane class needs a constructor (const PaneContext &, QWidget *parent).
class PaneRegistry
{
public:
    using Factory = std::function<Pane *(const PaneContext &, QWidget *)>;
    struct Entry {
        PaneOrder order;
        Factory create;
    };

    template <typename P> void add(PaneOrder order)
    {
        addFactory(order, [](const PaneContext &context, QWidget *parent) -> Pane * {
            return new P(context, parent);
        });
    }
    void addFactory(PaneOrder order, Factory factory);

    /// Sorted by order.
    const QList<Entry> &entries() const
    {
        return m_entries;
    }

private:
    QList<Entry> m_entries;
};

/// Registers every pane SesDesk ships (views/panes/DefaultPanes.cpp).
void registerDefaultPanes(PaneRegistry &registry);

} // namespace Views
