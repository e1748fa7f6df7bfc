#pragma once

#include <QList>
#include <QObject>

class QAction;
class QKeySequence;
class QWidget;

namespace Views
{

/// The Dedicated IPs pane's actions and the one place that enables them: create, delete and
/// convert a pool; move an IP and edit its warm-up; refresh.
class DedicatedIpActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DedicatedIpActions)

public:
    explicit DedicatedIpActions(QWidget *pane);

    struct State {
        bool connected = false;
        bool busy = false;
        bool poolSelected = false;
        bool poolStandard = false; ///< the selected pool's scaling mode is known to be STANDARD
        bool ipSelected = false;
    };
    void update(const State &state);
    void retranslate();

    QAction *createPool() const
    {
        return m_createPool;
    }
    QAction *deletePool() const
    {
        return m_deletePool;
    }
    QAction *convertPool() const
    {
        return m_convertPool;
    }
    QAction *moveIp() const
    {
        return m_moveIp;
    }
    QAction *editWarmup() const
    {
        return m_editWarmup;
    }
    QAction *refresh() const
    {
        return m_refresh;
    }
    QList<QAction *> all() const
    {
        return {m_createPool, m_deletePool, m_convertPool, m_moveIp, m_editWarmup, m_refresh};
    }

private:
    QAction *make(QWidget *pane, const QString &objectName, const QKeySequence &shortcut);

    QAction *m_createPool;
    QAction *m_deletePool;
    QAction *m_convertPool;
    QAction *m_moveIp;
    QAction *m_editWarmup;
    QAction *m_refresh;
};

} // namespace Views
