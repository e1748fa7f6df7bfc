#pragma once

#include <optional>

#include "models/items/DedicatedIpItems.h"

#include "views/commands/Command.h"
#include "views/panes/Pane.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Items
{
class DedicatedIpModel;
class DedicatedIpPoolFilterModel;
class DedicatedIpPoolModel;
} // namespace Items

namespace Views
{

class Banner;
class DedicatedIpActions;
class StatusBadge;

/// The account's dedicated IPs in the region: the pools (standard or managed, created, deleted
/// and converted here) beside the IPs of the selected pool, or of the whole account, with their
/// warm-up status and percentage; IPs move between pools and their warm-up is edited here. The
/// account's automatic warm-up setting is shown above, with a button to change it.
class DedicatedIpsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DedicatedIpsPane)

public:
    explicit DedicatedIpsPane(const PaneContext &context, QWidget *parent = nullptr);
    ~DedicatedIpsPane() override;

    QString id() const override;
    QString title() const override;
    QWidget *filterWidget() const override;
    QString copyText() const override;

    Items::DedicatedIpPoolModel *poolModel() const
    {
        return m_poolModel;
    }
    Items::DedicatedIpModel *ipModel() const
    {
        return m_ipModel;
    }
    DedicatedIpActions *actions() const
    {
        return m_actions;
    }
    /// The account's automatic warm-up setting, once read.
    std::optional<bool> autoWarmupEnabled() const
    {
        return m_autoWarmup;
    }
    std::optional<Items::PoolEntry> selectedPool() const;
    std::optional<Ses::DedicatedIp> selectedIp() const;
    void selectPool(const QString &name);
    /// Lists every IP of the account instead of the selected pool's.
    void setShowAllIps(bool all);

public Q_SLOTS:
    void createPool();
    void deletePool();
    void convertPool();
    void moveIp();
    void editWarmup();
    void toggleAutoWarmup();

Q_SIGNALS:
    /// The IP table was (re)loaded: the selected pool's IPs, or all of them.
    void ipsLoaded();
    /// A command ended (tests wait on it).
    void actionFinished(bool succeeded);

protected:
    void load() override;
    void clearData() override;
    void retranslate() override;

private:
    QWidget *buildEmptyState();
    QWidget *buildIpPanel();
    void onPoolPageLoaded(int rows, bool more);
    void onPoolsFailed(const Aws::AwsError &error);
    void onPoolSelectionChanged();
    void loadIps();
    void showPoolHeader();
    void showWarmupSetting();
    void updateActions();
    void updateSummaries();
    void run(Command *command, const std::function<void(Command::Outcome)> &after);

    Items::DedicatedIpPoolModel *m_poolModel;
    Items::DedicatedIpPoolFilterModel *m_poolProxy;
    Items::DedicatedIpModel *m_ipModel;
    DedicatedIpActions *m_actions;
    QToolBar *m_toolBar;
    Banner *m_warmupBanner;
    QPushButton *m_warmupButton;
    QLineEdit *m_filter;
    QStackedWidget *m_poolStack;
    QTableView *m_poolTable;
    QWidget *m_emptyState;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyCreateButton;
    QLabel *m_poolSummary;
    QLabel *m_poolHeader;
    StatusBadge *m_poolBadge;
    QLabel *m_poolNote;
    QCheckBox *m_allIpsCheck;
    QTableView *m_ipTable;
    QLabel *m_ipSummary;
    std::optional<bool> m_autoWarmup;
    QString m_shownPool; ///< the pool whose IPs are listed; empty: all
    quint64 m_awaitingPools = 0;
    bool m_busy = false;
};

} // namespace Views
