#pragma once

#include <QKeySequence>
#include <QList>

class QAction;
class QWidget;

namespace Views
{

/// Makes the main window's shared actions: named, with their shortcuts, and added to the
/// window so the shortcuts work whichever child has the focus.
class MainWindowActions
{
public:
    static QAction *make(QWidget *window, const QString &objectName, const QList<QKeySequence> &shortcuts);
};

} // namespace Views
