#include "views/panes/identities/IdentityActions.h"

#include <QAction>
#include <QWidget>

namespace Views
{

using Items::Identity::Status;

IdentityActions::IdentityActions(QWidget *pane)
    : QObject(pane)
    , m_create(make(pane, QStringLiteral("createIdentityAction"), QKeySequence(Qt::CTRL | Qt::Key_N)))
    , m_details(make(pane, QStringLiteral("identityDetailsAction"), QKeySequence(Qt::CTRL | Qt::Key_I)))
    , m_dnsRecords(make(pane, QStringLiteral("dnsRecordsAction"), QKeySequence(Qt::CTRL | Qt::Key_D)))
    , m_remove(make(pane, QStringLiteral("deleteIdentityAction"), QKeySequence(QKeySequence::Delete)))
    , m_refresh(make(pane, QStringLiteral("refreshIdentitiesAction"), {}))
    , m_sendTestEmail(make(pane, QStringLiteral("sendTestEmailAction"), QKeySequence(Qt::CTRL | Qt::Key_T)))
    , m_copy(make(pane, QStringLiteral("copyIdentityAction"), {}))
{
    retranslate();
    update({}, false);
}

QAction *IdentityActions::make(QWidget *pane, const QString &objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(pane);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the focus is in this pane: other panes may use the same keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    pane->addAction(action);
    return action;
}

QList<QAction *> IdentityActions::all() const
{
    return {m_create, m_details, m_dnsRecords, m_remove, m_refresh, m_sendTestEmail, m_copy};
}

void IdentityActions::retranslate()
{
    m_create->setText(tr("&Create identity…"));
    m_create->setToolTip(tr("Verify a new domain or email address (Ctrl+N)"));
    m_details->setText(tr("&Details…"));
    m_details->setToolTip(tr("Verification, DKIM, MAIL FROM, feedback and tags of the identity (Ctrl+I)"));
    m_dnsRecords->setText(tr("DNS &records…"));
    m_dnsRecords->setToolTip(tr("The DNS records this identity needs, with a DNS check (Ctrl+D)"));
    m_remove->setText(tr("De&lete…"));
    m_remove->setToolTip(tr("Delete the selected identities (Del)"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("List the identities again (F5)"));
    m_sendTestEmail->setText(tr("Send &test email…"));
    m_sendTestEmail->setToolTip(tr("Send a test email from the selected verified identity (Ctrl+T)"));
    m_copy->setText(tr("Cop&y name"));
    m_copy->setToolTip(tr("Copy the selected identities' names (Ctrl+C)"));
}

void IdentityActions::update(const QList<Items::IdentityEntry> &selection, bool connected)
{
    const bool one = connected && selection.size() == 1;
    m_create->setEnabled(connected);
    m_refresh->setEnabled(connected);
    m_details->setEnabled(one);
    m_dnsRecords->setEnabled(one);
    m_remove->setEnabled(connected && !selection.isEmpty());
    m_copy->setEnabled(!selection.isEmpty());
    m_sendTestEmail->setEnabled(
        one && Items::Identity::statusFromSes(selection.first().summary.verificationStatus) == Status::Success);
}

} // namespace Views
