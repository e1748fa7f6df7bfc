#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QStringList>

#include "models/ses/AccountTypes.h"

#include "views/commands/Command.h"
#include "views/panes/Pane.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Items
{
class SuppressionListModel;
}

namespace Views
{

class Banner;
class FileDialogs;
class SuppressionFilterBar;
class SuppressionListActions;

/// The account-level suppression list of the region: the addresses SES does not send to, with
/// their reason and last update, newest first, loaded page by page as the user scrolls and
/// filtered by SES (reason, date range). An address is looked up (GetSuppressedDestination),
/// added, removed (after a confirmation naming them), imported from a file (a cancellable
/// command with progress that loses nothing) and the loaded list exported as CSV. A banner shows
/// the account's automatic suppression reasons and, while the account is in the SES sandbox, the
/// guide's rule that the list cannot be changed there.
class SuppressionListPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionListPane)

public:
    explicit SuppressionListPane(const PaneContext &context, QWidget *parent = nullptr);
    ~SuppressionListPane() override;

    QString id() const override;
    QString title() const override;
    QWidget *filterWidget() const override;
    QString copyText() const override;

    /// Where file choosers go (tests pass scripted ones); null restores the real dialogs.
    void setFileDialogs(FileDialogs *dialogs);

    Items::SuppressionListModel *model() const
    {
        return m_model;
    }
    SuppressionListActions *actions() const
    {
        return m_actions;
    }
    /// GetAccount's answer, once read.
    const std::optional<Ses::Account> &account() const
    {
        return m_account;
    }
    QStringList selectedAddresses() const;
    void selectAddresses(const QStringList &addresses);
    /// The running command (import, removal...), if any.
    Command *runningCommand() const
    {
        return m_command;
    }
    bool isBusy() const
    {
        return m_command != nullptr;
    }

public Q_SLOTS:
    void addAddress();
    void removeSelected();
    void importFile();
    void exportList();
    /// Looks the typed address up with GetSuppressedDestination.
    void findAddress();
    void cancelCommand();

Q_SIGNALS:
    /// A command ended (tests wait on it): succeeded, failed or cancelled.
    void actionFinished(Views::Command::Outcome outcome);
    /// A lookup ended: found on the list or not (or failed).
    void lookupFinished(bool found);
    /// GetAccount answered (the banner is up to date).
    void accountLoaded();

protected:
    void load() override;
    void clearData() override;
    void retranslate() override;

private:
    void onPageLoaded(int rows, bool more);
    void onLoadFailed(const Aws::AwsError &error);
    void onFilterChanged();
    /// Every reason and date again, the date fields on today.
    void resetFilter();
    void showAccountBanner();
    void updateActions();
    void updateSummary();
    void showMessage(const QString &text);
    /// Runs command with the progress strip; after is called when it ends (in this session).
    void run(Command *command, const std::function<void(Command::Outcome)> &after);

    std::unique_ptr<FileDialogs> m_ownFileDialogs;
    FileDialogs *m_fileDialogs;
    Items::SuppressionListModel *m_model;
    SuppressionListActions *m_actions;
    QToolBar *m_toolBar;
    Banner *m_accountBanner;
    SuppressionFilterBar *m_filterBar;
    QLineEdit *m_findEdit;
    QPushButton *m_findButton;
    QLabel *m_messageLabel; ///< the last lookup or action result
    QStackedWidget *m_listStack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QWidget *m_progressStrip;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    QLabel *m_summary;
    std::optional<Ses::Account> m_account;
    QPointer<Command> m_command;
    quint64 m_awaitingFirstPage = 0;
    quint64 m_lookupGeneration = 0;
};

} // namespace Views
