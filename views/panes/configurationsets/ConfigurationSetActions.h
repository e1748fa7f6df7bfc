#pragma once

#include <QList>
#include <QObject>

class QAction;
class QKeySequence;
class QWidget;

namespace Views
{

/// The Configuration sets pane's actions and the one place that enables them: Create, Delete,
/// Add event destination, Refresh, Copy name. Shortcuts work while the focus is inside the pane.
class ConfigurationSetActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationSetActions)

public:
    explicit ConfigurationSetActions(QWidget *pane);

    /// connected: a session is open; selected: a set is shown; busy: a change runs;
    /// destinationsFull: the shown set has the maximum of event destinations.
    void update(bool connected, bool selected, bool busy, bool destinationsFull);
    void retranslate();

    QAction *create() const
    {
        return m_create;
    }
    QAction *remove() const
    {
        return m_remove;
    }
    QAction *addDestination() const
    {
        return m_addDestination;
    }
    QAction *refresh() const
    {
        return m_refresh;
    }
    QAction *copy() const
    {
        return m_copy;
    }
    QList<QAction *> all() const
    {
        return {m_create, m_remove, m_addDestination, m_refresh, m_copy};
    }

private:
    QAction *make(QWidget *pane, const QString &objectName, const QKeySequence &shortcut);

    QAction *m_create;
    QAction *m_remove;
    QAction *m_addDestination;
    QAction *m_refresh;
    QAction *m_copy;
};

} // namespace Views
