#include "views/panes/suppression/SuppressionListActions.h"

#include <QAction>
#include <QWidget>

namespace Views
{

SuppressionListActions::SuppressionListActions(QWidget *pane)
    : QObject(pane)
    , m_add(make(pane, QStringLiteral("addSuppressedAddressAction"), QKeySequence(Qt::CTRL | Qt::Key_N)))
    , m_remove(make(pane, QStringLiteral("removeSuppressedAddressesAction"), QKeySequence(QKeySequence::Delete)))
    , m_import(make(pane, QStringLiteral("importSuppressionListAction"), QKeySequence(Qt::CTRL | Qt::Key_I)))
    , m_export(
          make(pane, QStringLiteral("exportSuppressionListAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)))
    , m_refresh(make(pane, QStringLiteral("refreshSuppressionListAction"), {}))
    , m_copy(make(pane, QStringLiteral("copySuppressedAddressesAction"), {}))
{
    retranslate();
    update(false, false, false, false);
}

QAction *SuppressionListActions::make(QWidget *pane, const QString &objectName, const QKeySequence &shortcut)
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

void SuppressionListActions::update(bool connected, bool selected, bool loaded, bool busy)
{
    m_add->setEnabled(connected && !busy);
    m_remove->setEnabled(connected && selected && !busy);
    m_import->setEnabled(connected && !busy);
    m_export->setEnabled(connected && loaded && !busy);
    m_refresh->setEnabled(connected && !busy);
    m_copy->setEnabled(selected);
}

void SuppressionListActions::retranslate()
{
    m_add->setText(tr("&Add address…"));
    m_add->setToolTip(tr("Put an email address on the account-level suppression list (Ctrl+N)"));
    m_remove->setText(tr("&Remove…"));
    m_remove->setToolTip(tr("Remove the selected addresses from the suppression list (Del)"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add the addresses of a CSV or text file, one a line with an optional reason (Ctrl+I)"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the loaded addresses as CSV (Ctrl+Shift+E)"));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("List the suppressed addresses again (F5)"));
    m_copy->setText(tr("Cop&y addresses"));
    m_copy->setToolTip(tr("Copy the selected addresses, one a line (Ctrl+C)"));
}

} // namespace Views
