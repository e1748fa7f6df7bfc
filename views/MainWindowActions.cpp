#include "views/MainWindowActions.h"

#include <QAction>
#include <QWidget>

namespace Views
{

QAction *MainWindowActions::make(QWidget *window, const QString &objectName, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(window);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

} // namespace Views
