#pragma once

#include <QList>
#include <QObject>

#include "models/items/IdentityItems.h"

class QAction;
class QWidget;

namespace Views
{

/// The identity pane's actions and the one place that enables them from the selection
/// (Kleopatra's controller): Create, Details, DNS records, Delete, Refresh, Send test email,
/// Copy. Shortcuts work while the focus is inside the pane.
class IdentityActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityActions)

public:
    explicit IdentityActions(QWidget *pane);

    /// Enables each action for what is selected; connected: a session is open.
    void update(const QList<Items::IdentityEntry> &selection, bool connected);
    void retranslate();

    QAction *create() const
    {
        return m_create;
    }
    QAction *details() const
    {
        return m_details;
    }
    QAction *dnsRecords() const
    {
        return m_dnsRecords;
    }
    QAction *remove() const
    {
        return m_remove;
    }
    QAction *refresh() const
    {
        return m_refresh;
    }
    QAction *sendTestEmail() const
    {
        return m_sendTestEmail;
    }
    QAction *copy() const
    {
        return m_copy;
    }
    QList<QAction *> all() const;

private:
    QAction *make(QWidget *pane, const QString &objectName, const QKeySequence &shortcut);

    QAction *m_create;
    QAction *m_details;
    QAction *m_dnsRecords;
    QAction *m_remove;
    QAction *m_refresh;
    QAction *m_sendTestEmail;
    QAction *m_copy;
};

} // namespace Views
