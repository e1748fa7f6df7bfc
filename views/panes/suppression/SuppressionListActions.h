#pragma once

#include <QList>
#include <QObject>

class QAction;
class QKeySequence;
class QWidget;

namespace Views
{

/// The Suppression list pane's actions and the one place that enables them: Add, Remove,
/// Import, Export, Refresh, Copy addresses. Shortcuts work while the focus is inside the pane.
class SuppressionListActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionListActions)

public:
    explicit SuppressionListActions(QWidget *pane);

    /// connected: a session is open; selected: rows are selected; loaded: some entries are
    /// loaded; busy: a change runs.
    void update(bool connected, bool selected, bool loaded, bool busy);
    void retranslate();

    QAction *add() const
    {
        return m_add;
    }
    QAction *remove() const
    {
        return m_remove;
    }
    QAction *importFile() const
    {
        return m_import;
    }
    QAction *exportFile() const
    {
        return m_export;
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
        return {m_add, m_remove, m_import, m_export, m_refresh, m_copy};
    }

private:
    QAction *make(QWidget *pane, const QString &objectName, const QKeySequence &shortcut);

    QAction *m_add;
    QAction *m_remove;
    QAction *m_import;
    QAction *m_export;
    QAction *m_refresh;
    QAction *m_copy;
};

} // namespace Views
