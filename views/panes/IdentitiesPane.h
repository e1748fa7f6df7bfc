#pragma once

#include <memory>

#include <QList>
#include <QPointer>

#include "models/items/IdentityItems.h"

#include "views/dialogs/DnsRecordsDialog.h"
#include "views/dialogs/IdentityDetailsDialog.h"
#include "views/panes/Pane.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace Items
{
class IdentityFilterModel;
class IdentityTableModel;
} // namespace Items

namespace Views
{

class FileDialogs;
class IdentityActions;

/// The verified identities of the account in the current region: a sortable table filtered as
/// the user types, loaded page by page, with the statuses SES reports and their meaning; actions
/// to create, inspect, get the DNS records of, test and delete identities. Pending identities are
/// re-read now and then while the pane is visible, so a status turns "Verified" by itself.
class IdentitiesPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesPane)

public:
    explicit IdentitiesPane(const PaneContext &context, QWidget *parent = nullptr);
    ~IdentitiesPane() override;

    QString id() const override;
    QString title() const override;
    QWidget *filterWidget() const override;
    QString copyText() const override;

    /// Where file choosers (DNS record export, key files) come from; tests pass scripted ones.
    void setFileDialogs(FileDialogs *dialogs);
    FileDialogs *fileDialogs() const;
    /// How often pending identities are re-read while the pane is visible (default 30 s; 0: never).
    void setStatusRefreshInterval(int milliseconds);

    Items::IdentityTableModel *model() const
    {
        return m_model;
    }
    /// The identities selected in the table.
    QList<Items::IdentityEntry> selectedIdentities() const;
    IdentityActions *actions() const
    {
        return m_actions;
    }
    /// The open DNS records / details windows (null when closed); closed on every session change.
    DnsRecordsDialog *dnsRecordsDialog() const
    {
        return m_dnsDialog;
    }
    IdentityDetailsDialog *detailsDialog() const
    {
        return m_detailsDialog;
    }

public Q_SLOTS:
    void createIdentity();
    void showDetails();
    void showDnsRecords();
    void deleteSelected();
    void sendTestEmail();
    /// Opens the DNS records of an identity by name (after creating a domain identity).
    void openDnsRecords(const QString &name);
    void openDetails(const QString &name);

Q_SIGNALS:
    /// The user wants to send a test email from identity (ASCII name). The test-email dialog
    /// (SendTestEmailCommand) is built elsewhere and connects here.
    void sendTestEmailRequested(const QString &identity);
    void identityCreated(const QString &identity);
    void identityDeleted(const QString &identity);

protected:
    void load() override;
    void clearData() override;
    void retranslate() override;

private:
    void onPageLoaded(int rows, bool more);
    void onLoadFailed(const Aws::AwsError &error);
    void updateActions();
    void updateSummary();
    void refreshPending();
    void closeWindows();
    QWidget *buildEmptyState();

    Items::IdentityTableModel *m_model;
    Items::IdentityFilterModel *m_proxy;
    IdentityActions *m_actions;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QStackedWidget *m_body;
    QTableView *m_table;
    QWidget *m_emptyState;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyCreateButton;
    QTimer *m_statusTimer;
    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    FileDialogs *m_fileDialogs;
    QPointer<DnsRecordsDialog> m_dnsDialog;
    QPointer<IdentityDetailsDialog> m_detailsDialog;
    quint64 m_awaitingFirstPage = 0; ///< generation whose first page is awaited; 0: none
};

} // namespace Views
