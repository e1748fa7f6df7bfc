#include "views/panes/configurationsets/ConfigurationSetActions.h"

#include <QAction>
#include <QWidget>

#include "models/ses/ConfigurationSetRules.h"

namespace Views
{

ConfigurationSetActions::ConfigurationSetActions(QWidget *pane)
    : QObject(pane)
    , m_create(make(pane, QStringLiteral("createConfigurationSetAction"), QKeySequence(Qt::CTRL | Qt::Key_N)))
    , m_remove(make(pane, QStringLiteral("deleteConfigurationSetAction"), QKeySequence(QKeySequence::Delete)))
    , m_addDestination(make(pane, QStringLiteral("addEventDestinationAction"), QKeySequence(Qt::CTRL | Qt::Key_E)))
    , m_refresh(make(pane, QStringLiteral("refreshConfigurationSetsAction"), {}))
    , m_copy(make(pane, QStringLiteral("copyConfigurationSetAction"), {}))
{
    retranslate();
    update(false, false, false, false);
}

QAction *ConfigurationSetActions::make(QWidget *pane, const QString &objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(pane);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the focus is in this pane: other panes use the same keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    pane->addAction(action);
    return action;
}

void ConfigurationSetActions::update(bool connected, bool selected, bool busy, bool destinationsFull)
{
    m_create->setEnabled(connected && !busy);
    m_remove->setEnabled(connected && selected && !busy);
    m_addDestination->setEnabled(connected && selected && !busy && !destinationsFull);
    m_refresh->setEnabled(connected);
    m_copy->setEnabled(selected);
}

void ConfigurationSetActions::retranslate()
{
    m_create->setText(tr("&Create set…"));
    m_create->setToolTip(tr("Create a configuration set (Ctrl+N)"));
    m_remove->setText(tr("De&lete…"));
    m_remove->setToolTip(tr("Delete the selected configuration set (Del)"));
    m_addDestination->setText(tr("Add &event destination…"));
    m_addDestination->setToolTip(tr("Publish sending events of the selected set to CloudWatch, Firehose, "
                                    "EventBridge, SNS or Pinpoint (Ctrl+E); at most %1 per set")
                                     .arg(Ses::ConfigurationSetRules::MaximumEventDestinations));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("List the configuration sets again (F5)"));
    m_copy->setText(tr("Cop&y name"));
    m_copy->setToolTip(tr("Copy the selected configuration set's name (Ctrl+C)"));
}

} // namespace Views
