#include "views/panes/dedicatedips/DedicatedIpActions.h"

#include <QAction>
#include <QWidget>

namespace Views
{

DedicatedIpActions::DedicatedIpActions(QWidget *pane)
    : QObject(pane)
    , m_createPool(make(pane, QStringLiteral("createPoolAction"), QKeySequence(Qt::CTRL | Qt::Key_N)))
    , m_deletePool(make(pane, QStringLiteral("deletePoolAction"), QKeySequence(QKeySequence::Delete)))
    , m_convertPool(make(pane, QStringLiteral("convertPoolAction"), {}))
    , m_moveIp(make(pane, QStringLiteral("moveIpAction"), QKeySequence(Qt::CTRL | Qt::Key_M)))
    , m_editWarmup(make(pane, QStringLiteral("editWarmupAction"), QKeySequence(Qt::CTRL | Qt::Key_W)))
    , m_refresh(make(pane, QStringLiteral("refreshDedicatedIpsAction"), {}))
{
    retranslate();
    update({});
}

QAction *DedicatedIpActions::make(QWidget *pane, const QString &objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(pane);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    pane->addAction(action);
    return action;
}

void DedicatedIpActions::update(const State &s)
{
    const bool idle = s.connected && !s.busy;
    m_createPool->setEnabled(idle);
    m_deletePool->setEnabled(idle && s.poolSelected);
    m_convertPool->setEnabled(idle && s.poolSelected && s.poolStandard);
    m_moveIp->setEnabled(idle && s.ipSelected);
    m_editWarmup->setEnabled(idle && s.ipSelected);
    m_refresh->setEnabled(s.connected);
}

void DedicatedIpActions::retranslate()
{
    m_createPool->setText(tr("&Create pool…"));
    m_createPool->setToolTip(tr("Create a standard or managed dedicated IP pool (Ctrl+N)"));
    m_deletePool->setText(tr("De&lete pool…"));
    m_deletePool->setToolTip(tr("Delete the selected pool (Del)"));
    m_convertPool->setText(tr("Con&vert to managed…"));
    m_convertPool->setToolTip(tr("Let SES lease, warm up and scale the IPs of the selected standard pool; this "
                                 "cannot be undone"));
    m_moveIp->setText(tr("&Move IP…"));
    m_moveIp->setToolTip(tr("Move the selected IP to another pool (Ctrl+M)"));
    m_editWarmup->setText(tr("Edit &warm-up…"));
    m_editWarmup->setToolTip(tr("Set the selected IP's warm-up percentage, complete it or start it again (Ctrl+W)"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("List the pools and IPs again (F5)"));
}

} // namespace Views
