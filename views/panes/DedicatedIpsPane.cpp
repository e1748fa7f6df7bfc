#include "views/panes/DedicatedIpsPane.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "models/connection/Session.h"
#include "models/items/DedicatedIpModel.h"
#include "models/items/DedicatedIpPoolFilterModel.h"
#include "models/items/DedicatedIpPoolModel.h"
#include "models/ses/SesClient.h"

#include "views/commands/ChangeDedicatedIpPoolCommand.h"
#include "views/commands/CreateDedicatedIpPoolCommand.h"
#include "views/commands/EditDedicatedIpCommand.h"
#include "views/commands/SetAutoWarmupCommand.h"
#include "views/panes/dedicatedips/DedicatedIpActions.h"
#include "views/widgets/AccessibleText.h"
#include "views/widgets/Banner.h"
#include "views/widgets/PercentBarDelegate.h"
#include "views/widgets/StatusBadge.h"
#include "views/widgets/StatusDotDelegate.h"

namespace Views
{

namespace Ips = Items::DedicatedIps;

DedicatedIpsPane::DedicatedIpsPane(const PaneContext &context, QWidget *parent)
    : Pane(context, parent)
    , m_poolModel(new Items::DedicatedIpPoolModel(this))
    , m_poolProxy(new Items::DedicatedIpPoolFilterModel(this))
    , m_ipModel(new Items::DedicatedIpModel(this))
    , m_actions(new DedicatedIpActions(this))
    , m_toolBar(new QToolBar)
    , m_warmupBanner(new Banner)
    , m_warmupButton(new QPushButton)
    , m_filter(new QLineEdit)
    , m_poolStack(new QStackedWidget)
    , m_poolTable(new QTableView)
    , m_emptyState(buildEmptyState())
    , m_poolSummary(new QLabel)
    , m_poolHeader(new QLabel)
    , m_poolBadge(new StatusBadge)
    , m_poolNote(new QLabel)
    , m_allIpsCheck(new QCheckBox)
    , m_ipTable(new QTableView)
    , m_ipSummary(new QLabel)
{
    setObjectName(QStringLiteral("dedicatedIpsPane"));
    m_poolProxy->setPoolSource(m_poolModel);

    m_toolBar->setObjectName(QStringLiteral("dedicatedIpsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_actions->createPool());
    m_toolBar->addAction(m_actions->deletePool());
    m_toolBar->addAction(m_actions->convertPool());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->moveIp());
    m_toolBar->addAction(m_actions->editWarmup());
    for (QAction *action : m_actions->all()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }

    m_warmupBanner->setObjectName(QStringLiteral("autoWarmupBanner"));
    m_warmupButton->setObjectName(QStringLiteral("autoWarmupButton"));
    m_warmupBanner->addButton(m_warmupButton);
    m_warmupBanner->hide();

    m_filter->setObjectName(QStringLiteral("poolFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_poolTable->setObjectName(QStringLiteral("poolTable"));
    m_poolTable->setModel(m_poolProxy);
    m_poolTable->setSortingEnabled(true);
    m_poolTable->sortByColumn(Ips::PoolNameColumn, Qt::AscendingOrder);
    m_poolTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_poolTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_poolTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_poolTable->verticalHeader()->hide();
    m_poolTable->horizontalHeader()->setSectionResizeMode(Ips::PoolNameColumn, QHeaderView::Stretch);
    m_poolTable->horizontalHeader()->setSectionResizeMode(Ips::ScalingModeColumn, QHeaderView::ResizeToContents);
    m_poolTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_poolTable->addActions({m_actions->convertPool(), m_actions->deletePool()});
    m_poolStack->setObjectName(QStringLiteral("poolStack"));
    m_poolStack->addWidget(m_poolTable);
    m_poolStack->addWidget(m_emptyState);
    m_poolSummary->setObjectName(QStringLiteral("poolCountLabel"));
    m_poolSummary->setForegroundRole(QPalette::PlaceholderText);

    auto *pools = new QWidget;
    pools->setObjectName(QStringLiteral("poolPanel"));
    auto *poolLayout = new QVBoxLayout(pools);
    poolLayout->setContentsMargins(8, 4, 0, 8);
    poolLayout->addWidget(m_filter);
    poolLayout->addWidget(m_poolStack, 1);
    poolLayout->addWidget(m_poolSummary);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("dedicatedIpsSplitter"));
    splitter->addWidget(pools);
    splitter->addWidget(buildIpPanel());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    splitter->setChildrenCollapsible(false);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("dedicatedIpsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    auto *banner = new QVBoxLayout;
    banner->setContentsMargins(8, 0, 8, 4);
    banner->addWidget(m_warmupBanner);
    layout->addLayout(banner);
    layout->addWidget(splitter, 1);
    setContentWidget(page);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_poolProxy->setFilterText(text);
        updateSummaries();
    });
    connect(m_poolModel, &Items::DedicatedIpPoolModel::pageLoaded, this, &DedicatedIpsPane::onPoolPageLoaded);
    connect(m_poolModel, &Items::DedicatedIpPoolModel::loadFailed, this, &DedicatedIpsPane::onPoolsFailed);
    connect(m_poolModel, &QAbstractItemModel::dataChanged, this, [this] {
        showPoolHeader();
        updateActions();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_poolModel, signal, this, &DedicatedIpsPane::updateSummaries);
    connect(m_poolTable->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &DedicatedIpsPane::onPoolSelectionChanged);
    connect(
        m_ipTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DedicatedIpsPane::updateActions);
    connect(m_ipModel, &Items::DedicatedIpModel::pageLoaded, this, [this] {
        updateSummaries();
        Q_EMIT ipsLoaded();
    });
    connect(m_ipModel, &Items::DedicatedIpModel::loadFailed, this, [this](const Aws::AwsError &error) {
        showActionError(tr("Listing the dedicated IPs failed"), error);
        updateSummaries();
    });
    connect(m_ipModel, &QAbstractItemModel::rowsRemoved, this, &DedicatedIpsPane::updateSummaries);
    connect(m_allIpsCheck, &QCheckBox::toggled, this, &DedicatedIpsPane::loadIps);
    connect(m_ipTable, &QAbstractItemView::activated, this, &DedicatedIpsPane::editWarmup);

    connect(m_actions->createPool(), &QAction::triggered, this, &DedicatedIpsPane::createPool);
    connect(m_actions->deletePool(), &QAction::triggered, this, &DedicatedIpsPane::deletePool);
    connect(m_actions->convertPool(), &QAction::triggered, this, &DedicatedIpsPane::convertPool);
    connect(m_actions->moveIp(), &QAction::triggered, this, &DedicatedIpsPane::moveIp);
    connect(m_actions->editWarmup(), &QAction::triggered, this, &DedicatedIpsPane::editWarmup);
    connect(m_actions->refresh(), &QAction::triggered, this, &DedicatedIpsPane::reload);
    connect(m_warmupButton, &QPushButton::clicked, this, &DedicatedIpsPane::toggleAutoWarmup);

    retranslate();
    updateActions();
}

DedicatedIpsPane::~DedicatedIpsPane() = default;

QWidget *DedicatedIpsPane::buildEmptyState()
{
    auto *widget = new QWidget;
    widget->setObjectName(QStringLiteral("poolEmptyState"));
    m_emptyLabel = new QLabel(widget);
    m_emptyLabel->setObjectName(QStringLiteral("poolEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyCreateButton = new QPushButton(widget);
    m_emptyCreateButton->setObjectName(QStringLiteral("emptyCreatePoolButton"));
    auto *layout = new QVBoxLayout(widget);
    layout->addStretch();
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_emptyCreateButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_emptyCreateButton, &QPushButton::clicked, this, &DedicatedIpsPane::createPool);
    return widget;
}

QWidget *DedicatedIpsPane::buildIpPanel()
{
    m_poolHeader->setObjectName(QStringLiteral("poolHeaderLabel"));
    QFont font = m_poolHeader->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_poolHeader->setFont(font);
    m_poolBadge->setObjectName(QStringLiteral("poolScalingBadge"));
    m_poolNote->setObjectName(QStringLiteral("poolNoteLabel"));
    m_poolNote->setWordWrap(true);
    m_poolNote->setForegroundRole(QPalette::PlaceholderText);
    m_allIpsCheck->setObjectName(QStringLiteral("showAllIpsCheck"));
    m_ipTable->setObjectName(QStringLiteral("dedicatedIpTable"));
    m_ipTable->setModel(m_ipModel);
    m_ipTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ipTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ipTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ipTable->setAlternatingRowColors(true);
    m_ipTable->verticalHeader()->hide();
    m_ipTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ipTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ipTable->addActions({m_actions->moveIp(), m_actions->editWarmup()});
    m_ipTable->setItemDelegateForColumn(Ips::WarmupStatusColumn,
        new StatusDotDelegate(
            [](const QModelIndex &index) -> std::optional<Tone> {
                switch (static_cast<Ips::WarmupStatus>(index.data(Ips::WarmupStatusRole).toInt())) {
                case Ips::WarmupStatus::Done:
                    return Tone::Positive;
                case Ips::WarmupStatus::InProgress:
                    return Tone::Information;
                case Ips::WarmupStatus::NotApplicable:
                case Ips::WarmupStatus::Unknown:
                    break;
                }
                return std::nullopt;
            },
            this));
    m_ipTable->setItemDelegateForColumn(
        Ips::WarmupPercentageColumn, new PercentBarDelegate(Ips::WarmupPercentageRole, this));
    m_ipSummary->setObjectName(QStringLiteral("ipSummaryLabel"));
    m_ipSummary->setWordWrap(true);
    m_ipSummary->setForegroundRole(QPalette::PlaceholderText);

    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("ipPanel"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_poolHeader);
    header->addWidget(m_poolBadge);
    header->addStretch();
    header->addWidget(m_allIpsCheck);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_poolNote);
    layout->addWidget(m_ipTable, 1);
    layout->addWidget(m_ipSummary);
    return panel;
}

QString DedicatedIpsPane::id() const
{
    return QStringLiteral("dedicatedIps");
}

QString DedicatedIpsPane::title() const
{
    return tr("Dedicated IPs");
}

QWidget *DedicatedIpsPane::filterWidget() const
{
    return m_filter;
}

QString DedicatedIpsPane::copyText() const
{
    if (const auto ip = selectedIp())
        return ip->ip;
    if (const auto pool = selectedPool())
        return pool->name;
    return {};
}

void DedicatedIpsPane::retranslate()
{
    m_actions->retranslate();
    m_poolModel->retranslate();
    m_ipModel->retranslate();
    nameToolButtons(m_toolBar, m_actions->all());
    m_toolBar->setAccessibleName(tr("Dedicated IP actions"));
    m_filter->setPlaceholderText(tr("Filter pools (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter pools"));
    m_poolTable->setAccessibleName(tr("Dedicated IP pools"));
    m_poolSummary->setAccessibleName(tr("Pool count"));
    m_emptyLabel->setAccessibleName(tr("No dedicated IP pools"));
    m_emptyCreateButton->setText(tr("Create pool…"));
    m_emptyCreateButton->setAccessibleName(tr("Create dedicated IP pool"));
    m_poolHeader->setAccessibleName(tr("Pool shown"));
    m_poolNote->setAccessibleName(tr("About the pool"));
    m_allIpsCheck->setText(tr("Show &every IP of the account"));
    m_allIpsCheck->setAccessibleName(tr("Show every dedicated IP of the account"));
    m_ipTable->setAccessibleName(tr("Dedicated IPs"));
    m_ipSummary->setAccessibleName(tr("Dedicated IP count"));
    m_warmupButton->setAccessibleName(tr("Change automatic warm-up"));
    showWarmupSetting();
    showPoolHeader();
    updateSummaries();
}

void DedicatedIpsPane::load()
{
    const quint64 gen = generation();
    m_awaitingPools = gen;
    m_poolModel->setClient(session()->ses());
    m_ipModel->setClient(session()->ses());
    m_poolModel->reload();
    loadIps();
    track(session()->ses()->getAccount(this, [this, gen](Aws::Result<Ses::Account> r) {
        if (!isCurrent(gen) || r.isCancelled())
            return;
        if (r.isError()) {
            showActionError(tr("Reading the automatic warm-up setting failed"), r.error());
            return;
        }
        m_autoWarmup = r.value().dedicatedIpAutoWarmupEnabled;
        showWarmupSetting();
        updateActions();
    }));
}

void DedicatedIpsPane::clearData()
{
    m_awaitingPools = 0;
    m_autoWarmup.reset();
    m_busy = false;
    m_shownPool.clear();
    m_poolModel->setClient(nullptr);
    m_ipModel->setClient(nullptr);
    m_filter->clear();
    {
        const QSignalBlocker blocker(m_allIpsCheck);
        m_allIpsCheck->setChecked(false);
    }
    m_poolStack->setCurrentWidget(m_poolTable);
    showWarmupSetting();
    showPoolHeader();
    updateSummaries();
    // The base installs the new session after this: enable the actions for it then.
    QMetaObject::invokeMethod(this, &DedicatedIpsPane::updateActions, Qt::QueuedConnection);
}

void DedicatedIpsPane::onPoolPageLoaded(int rows, bool)
{
    if (rows == 0) {
        m_emptyLabel->setText(session()
                ? tr("There are no dedicated IP pools in %1. Standard dedicated IPs are leased through an AWS "
                     "Support case (SES Service Limits, Desired Dedicated IP); a managed pool lets SES lease and "
                     "scale them for you.")
                      .arg(session()->region())
                : QString());
        m_poolStack->setCurrentWidget(m_emptyState);
    } else {
        m_poolStack->setCurrentWidget(m_poolTable);
    }
    if (m_awaitingPools != 0 && isCurrent(m_awaitingPools)) {
        m_awaitingPools = 0;
        if (!m_shownPool.isEmpty())
            selectPool(m_shownPool);
        finishLoaded();
    }
    updateSummaries();
    updateActions();
}

void DedicatedIpsPane::onPoolsFailed(const Aws::AwsError &error)
{
    if (m_awaitingPools != 0 && isCurrent(m_awaitingPools)) {
        m_awaitingPools = 0;
        finishError(tr("Listing the dedicated IP pools failed"), error);
        return;
    }
    showActionError(tr("Listing more dedicated IP pools failed"), error);
}

std::optional<Items::PoolEntry> DedicatedIpsPane::selectedPool() const
{
    const QModelIndexList rows = m_poolTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_poolProxy->poolAt(rows.constFirst());
}

std::optional<Ses::DedicatedIp> DedicatedIpsPane::selectedIp() const
{
    const QModelIndexList rows = m_ipTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_ipModel->ipAt(rows.constFirst());
}

void DedicatedIpsPane::selectPool(const QString &name)
{
    const QModelIndex index = m_poolProxy->indexOfPool(name);
    if (!index.isValid())
        return;
    m_poolTable->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_poolTable->setCurrentIndex(index);
}

void DedicatedIpsPane::setShowAllIps(bool all)
{
    m_allIpsCheck->setChecked(all);
}

void DedicatedIpsPane::onPoolSelectionChanged()
{
    const std::optional<Items::PoolEntry> pool = selectedPool();
    const QString name = pool ? pool->name : QString();
    if (name != m_shownPool || m_allIpsCheck->isChecked()) {
        const QSignalBlocker blocker(m_allIpsCheck);
        m_allIpsCheck->setChecked(false);
        m_shownPool = name;
        loadIps();
    }
    showPoolHeader();
    updateActions();
}

void DedicatedIpsPane::loadIps()
{
    if (!session())
        return;
    m_ipModel->setPool(m_allIpsCheck->isChecked() ? QString() : m_shownPool);
    m_ipModel->reload();
    showPoolHeader();
    updateSummaries();
}

void DedicatedIpsPane::showPoolHeader()
{
    const std::optional<Items::PoolEntry> pool = selectedPool();
    if (!session() || m_allIpsCheck->isChecked() || !pool) {
        m_poolHeader->setText(session() ? tr("All dedicated IPs") : QString());
        m_poolBadge->hide();
        m_poolNote->setText(session() ? tr("Every dedicated IP of the account in %1; those in no pool belong to "
                                           "ses-default-dedicated-pool, which SES uses for configuration sets "
                                           "without a pool.")
                                            .arg(session()->region())
                                      : QString());
        return;
    }
    m_poolHeader->setText(pool->name);
    m_poolBadge->show();
    switch (pool->scalingMode) {
    case Ips::ScalingMode::Managed:
        m_poolBadge->setStatus(Ips::scalingModeText(pool->scalingMode), Tone::Information, tr("Scaling mode"));
        m_poolNote->setText(tr("SES leases, warms up and scales this pool's IPs with your sending volume, per "
                               "mailbox provider, and bills per message. Their addresses are not shown, and a "
                               "managed pool cannot become standard again."));
        break;
    case Ips::ScalingMode::Standard:
        m_poolBadge->setStatus(Ips::scalingModeText(pool->scalingMode), Tone::Positive, tr("Scaling mode"));
        m_poolNote->setText(tr("Standard: the IPs you lease (through AWS Support) and move into this pool; their "
                               "addresses are fixed. New IPs warm up over 45 days while automatic warm-up is on."));
        break;
    case Ips::ScalingMode::Unknown:
        m_poolBadge->hide();
        m_poolNote->clear();
        break;
    }
}

void DedicatedIpsPane::showWarmupSetting()
{
    if (!session() || !m_autoWarmup) {
        m_warmupBanner->hide();
        return;
    }
    m_warmupBanner->show();
    if (*m_autoWarmup) {
        m_warmupBanner->setTone(Tone::Information);
        m_warmupBanner->setTitle(tr("Automatic warm-up is on"));
        m_warmupBanner->setText(tr("SES raises the volume of each new standard dedicated IP step by step, to 50,000 "
                                   "messages a day within 45 days, sending the rest through warmed-up IPs or the "
                                   "shared pool meanwhile."));
        m_warmupButton->setText(tr("Turn &off"));
    } else {
        m_warmupBanner->setTone(Tone::Warning);
        m_warmupBanner->setTitle(tr("Automatic warm-up is off"));
        m_warmupBanner->setText(tr("New standard dedicated IPs start with their warm-up complete: warm them up by "
                                   "hand (Edit warm-up), or mailbox providers may throttle or block them."));
        m_warmupButton->setText(tr("Turn &on"));
    }
}

void DedicatedIpsPane::updateActions()
{
    DedicatedIpActions::State state;
    state.connected = session() != nullptr;
    state.busy = m_busy;
    const std::optional<Items::PoolEntry> pool = selectedPool();
    state.poolSelected = pool.has_value();
    state.poolStandard = pool && pool->scalingMode == Ips::ScalingMode::Standard;
    state.ipSelected = selectedIp().has_value();
    m_actions->update(state);
    m_emptyCreateButton->setEnabled(state.connected && !m_busy);
    m_warmupButton->setEnabled(state.connected && !m_busy && m_autoWarmup.has_value());
}

void DedicatedIpsPane::updateSummaries()
{
    QString pools;
    if (session() && !m_poolModel->isLoading()) {
        const int loaded = m_poolModel->rowCount();
        const int shown = m_poolProxy->rowCount();
        pools = shown != loaded ? tr("%1 of %n pools match", nullptr, loaded).arg(shown)
                                : tr("%n pools", nullptr, loaded);
    }
    m_poolSummary->setText(pools);
    QString ips;
    if (session() && !m_ipModel->isLoading()) {
        const int count = m_ipModel->rowCount();
        if (count == 0 && !m_allIpsCheck->isChecked() && !m_shownPool.isEmpty())
            ips = tr("No dedicated IPs in this pool. Move leased IPs into it with Move IP, or ask AWS Support for "
                     "more.");
        else if (count == 0)
            ips = tr("The account has no dedicated IPs in this region; its mail goes out through the shared pool.");
        else
            ips = tr("%n dedicated IPs", nullptr, count);
        if (m_ipModel->hasMore())
            ips += tr(" — more load as you scroll");
    }
    m_ipSummary->setText(ips);
}

void DedicatedIpsPane::run(Command *command, const std::function<void(Command::Outcome)> &after)
{
    m_busy = true;
    updateActions();
    connect(command, &Command::finished, this, [this, after, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        m_busy = false;
        if (after)
            after(outcome);
        updateActions();
        Q_EMIT actionFinished(outcome == Command::Outcome::Succeeded);
    });
    command->start();
}

void DedicatedIpsPane::createPool()
{
    if (!session() || m_busy)
        return;
    auto *command = new CreateDedicatedIpPoolCommand(sessionPtr(), m_poolModel->poolNames(), this);
    run(command, [this, command](Command::Outcome outcome) {
        if (outcome != Command::Outcome::Succeeded)
            return;
        m_filter->clear();
        m_poolModel->addPool({command->createdName(), Ips::scalingModeFromSes(command->createdScalingMode())});
        m_poolStack->setCurrentWidget(m_poolTable);
        selectPool(command->createdName());
        updateSummaries();
    });
}

void DedicatedIpsPane::deletePool()
{
    const std::optional<Items::PoolEntry> pool = selectedPool();
    if (!session() || m_busy || !pool)
        return;
    const bool managed = pool->scalingMode == Ips::ScalingMode::Managed;
    const bool lastManaged = managed && m_poolModel->poolNames(Ips::ScalingMode::Managed).size() == 1;
    auto *command = new ChangeDedicatedIpPoolCommand(sessionPtr(),
        pool->name,
        ChangeDedicatedIpPoolCommand::Action::Delete,
        managed,
        lastManaged,
        *context().messageBoxes,
        this);
    run(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Failed)
            showActionError(command->failedAction(), command->error());
        if (outcome != Command::Outcome::Succeeded)
            return;
        m_poolModel->removePool(command->pool());
        m_poolTable->clearSelection();
        if (m_poolModel->rowCount() == 0)
            onPoolPageLoaded(0, m_poolModel->hasMore());
        loadIps();
    });
}

void DedicatedIpsPane::convertPool()
{
    const std::optional<Items::PoolEntry> pool = selectedPool();
    if (!session() || m_busy || !pool || pool->scalingMode != Ips::ScalingMode::Standard)
        return;
    auto *command = new ChangeDedicatedIpPoolCommand(sessionPtr(),
        pool->name,
        ChangeDedicatedIpPoolCommand::Action::ConvertToManaged,
        false,
        false,
        *context().messageBoxes,
        this);
    run(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Failed)
            showActionError(command->failedAction(), command->error());
        if (outcome != Command::Outcome::Succeeded)
            return;
        m_poolModel->setScalingMode(command->pool(), Ips::ScalingMode::Managed);
        showPoolHeader();
        loadIps();
    });
}

void DedicatedIpsPane::moveIp()
{
    const std::optional<Ses::DedicatedIp> ip = selectedIp();
    if (!session() || m_busy || !ip)
        return;
    auto *command = new EditDedicatedIpCommand(sessionPtr(),
        *ip,
        EditDedicatedIpCommand::Action::Move,
        m_poolModel->poolNames(Ips::ScalingMode::Standard),
        this);
    run(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Succeeded)
            m_ipModel->updateIp(command->updated());
    });
}

void DedicatedIpsPane::editWarmup()
{
    const std::optional<Ses::DedicatedIp> ip = selectedIp();
    if (!session() || m_busy || !ip)
        return;
    auto *command = new EditDedicatedIpCommand(sessionPtr(), *ip, EditDedicatedIpCommand::Action::Warmup, {}, this);
    run(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Succeeded)
            m_ipModel->updateIp(command->updated());
    });
}

void DedicatedIpsPane::toggleAutoWarmup()
{
    if (!session() || m_busy || !m_autoWarmup)
        return;
    auto *command = new SetAutoWarmupCommand(sessionPtr(), !*m_autoWarmup, *context().messageBoxes, this);
    run(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Changing automatic warm-up failed"), command->error());
        if (outcome != Command::Outcome::Succeeded)
            return;
        m_autoWarmup = command->enabled();
        showWarmupSetting();
        loadIps(); // SES reports the warm-up of IPs by this setting
    });
}

} // namespace Views
