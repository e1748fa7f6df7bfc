#include "views/panes/IdentitiesPane.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "models/connection/Session.h"
#include "models/items/IdentityFilterModel.h"
#include "models/items/IdentityTableModel.h"
#include "models/ses/SesClient.h"

#include "views/commands/CreateIdentityCommand.h"
#include "views/commands/DeleteIdentityCommand.h"
#include "views/dialogs/DnsRecordsDialog.h"
#include "views/dialogs/IdentityDetailsDialog.h"
#include "views/panes/identities/IdentityActions.h"
#include "views/panes/identities/IdentityTones.h"
#include "views/widgets/AccessibleText.h"
#include "views/widgets/FileDialogs.h"
#include "views/widgets/StatusDotDelegate.h"

namespace Views
{

namespace Identity = Items::Identity;

IdentitiesPane::IdentitiesPane(const PaneContext &context, QWidget *parent)
    : Pane(context, parent)
    , m_model(new Items::IdentityTableModel(this))
    , m_proxy(new Items::IdentityFilterModel(this))
    , m_actions(new IdentityActions(this))
    , m_toolBar(new QToolBar)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
    , m_body(new QStackedWidget)
    , m_table(new QTableView)
    , m_emptyState(buildEmptyState())
    , m_statusTimer(new QTimer(this))
    , m_ownFileDialogs(std::make_unique<FileDialogs>())
    , m_fileDialogs(m_ownFileDialogs.get())
{
    setObjectName(QStringLiteral("identitiesPane"));
    m_proxy->setIdentitySource(m_model);

    m_toolBar->setObjectName(QStringLiteral("identitiesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_actions->create());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->details());
    m_toolBar->addAction(m_actions->dnsRecords());
    m_toolBar->addAction(m_actions->sendTestEmail());
    m_toolBar->addAction(m_actions->remove());
    for (QAction *action : m_actions->all()) {
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setAccessibleName(accessibleTextOf(action->text()));
        }
    }

    m_filter->setObjectName(QStringLiteral("identityFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("identitySummaryLabel"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("identityTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Identity::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(Identity::NameColumn, QHeaderView::Stretch);
    // Size columns from the rows on screen only: asking every row would fetch every identity's
    // details (the model loads them for the rows a view displays).
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    for (int column :
        {Identity::TypeColumn, Identity::VerificationColumn, Identity::DkimColumn, Identity::SendingColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Identity::ConfigurationSetColumn, QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_actions->details(),
        m_actions->dnsRecords(),
        m_actions->sendTestEmail(),
        m_actions->copy(),
        m_actions->remove()});
    auto *statusDelegate = new StatusDotDelegate(
        [](const QModelIndex &index) {
            const int role
                = index.column() == Identity::DkimColumn ? Identity::DkimStatusRole : Identity::VerificationStatusRole;
            return IdentityTones::toneFor(static_cast<Identity::Status>(index.data(role).toInt()));
        },
        this);
    m_table->setItemDelegateForColumn(Identity::VerificationColumn, statusDelegate);
    m_table->setItemDelegateForColumn(Identity::DkimColumn, statusDelegate);

    m_body->setObjectName(QStringLiteral("identityBody"));
    m_body->addWidget(m_table);
    m_body->addWidget(m_emptyState);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("identitiesPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 4, 8, 8);
    auto *top = new QHBoxLayout;
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_summary);
    setContentWidget(page);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateSummary();
    });
    connect(m_model, &Items::IdentityTableModel::pageLoaded, this, &IdentitiesPane::onPageLoaded);
    connect(m_model, &Items::IdentityTableModel::loadFailed, this, &IdentitiesPane::onLoadFailed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IdentitiesPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &IdentitiesPane::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IdentitiesPane::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IdentitiesPane::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, &IdentitiesPane::showDetails);

    connect(m_actions->create(), &QAction::triggered, this, &IdentitiesPane::createIdentity);
    connect(m_actions->details(), &QAction::triggered, this, &IdentitiesPane::showDetails);
    connect(m_actions->dnsRecords(), &QAction::triggered, this, &IdentitiesPane::showDnsRecords);
    connect(m_actions->remove(), &QAction::triggered, this, &IdentitiesPane::deleteSelected);
    connect(m_actions->refresh(), &QAction::triggered, this, &IdentitiesPane::reload);
    connect(m_actions->sendTestEmail(), &QAction::triggered, this, &IdentitiesPane::sendTestEmail);
    connect(m_actions->copy(), &QAction::triggered, this, [this] {
        if (const QString text = copyText(); !text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });

    m_statusTimer->setObjectName(QStringLiteral("identityStatusTimer"));
    m_statusTimer->setInterval(30000);
    connect(m_statusTimer, &QTimer::timeout, this, &IdentitiesPane::refreshPending);

    retranslate();
    updateActions();
}

IdentitiesPane::~IdentitiesPane()
{
    closeWindows();
}

QWidget *IdentitiesPane::buildEmptyState()
{
    auto *widget = new QWidget;
    widget->setObjectName(QStringLiteral("identityEmptyState"));
    m_emptyLabel = new QLabel(widget);
    m_emptyLabel->setObjectName(QStringLiteral("identityEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyCreateButton = new QPushButton(widget);
    m_emptyCreateButton->setObjectName(QStringLiteral("emptyCreateIdentityButton"));
    auto *layout = new QVBoxLayout(widget);
    layout->addStretch();
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_emptyCreateButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_emptyCreateButton, &QPushButton::clicked, this, &IdentitiesPane::createIdentity);
    return widget;
}

QString IdentitiesPane::id() const
{
    return QStringLiteral("identities");
}

QString IdentitiesPane::title() const
{
    return tr("Identities");
}

QWidget *IdentitiesPane::filterWidget() const
{
    return m_filter;
}

void IdentitiesPane::setFileDialogs(FileDialogs *dialogs)
{
    m_fileDialogs = dialogs ? dialogs : m_ownFileDialogs.get();
}

FileDialogs *IdentitiesPane::fileDialogs() const
{
    return m_fileDialogs;
}

void IdentitiesPane::setStatusRefreshInterval(int milliseconds)
{
    m_statusTimer->setInterval(milliseconds);
    if (milliseconds <= 0)
        m_statusTimer->stop();
    else if (session())
        m_statusTimer->start();
}

void IdentitiesPane::retranslate()
{
    m_actions->retranslate();
    m_model->retranslate();
    m_filter->setPlaceholderText(tr("Filter identities (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter identities"));
    m_table->setAccessibleName(tr("Identities"));
    m_toolBar->setAccessibleName(tr("Identity actions"));
    m_summary->setAccessibleName(tr("Identity count"));
    m_emptyLabel->setAccessibleName(tr("No identities"));
    m_emptyCreateButton->setText(tr("Create identity…"));
    m_emptyCreateButton->setAccessibleName(tr("Create identity"));
    nameToolButtons(m_toolBar, m_actions->all());
    updateSummary();
}

void IdentitiesPane::load()
{
    m_awaitingFirstPage = generation();
    m_model->setClient(session()->ses());
    m_model->reload();
    if (m_statusTimer->interval() > 0)
        m_statusTimer->start();
}

void IdentitiesPane::clearData()
{
    m_awaitingFirstPage = 0;
    m_statusTimer->stop();
    m_model->setClient(nullptr);
    m_filter->clear();
    closeWindows();
    m_body->setCurrentWidget(m_table);
    updateActions();
}

void IdentitiesPane::closeWindows()
{
    // They show the old session's identity: never leave them open across a switch.
    if (m_dnsDialog)
        m_dnsDialog->close();
    if (m_detailsDialog)
        m_detailsDialog->close();
}

void IdentitiesPane::onPageLoaded(int rows, bool)
{
    if (rows == 0) {
        m_emptyLabel->setText(session() ? tr("There are no identities in %1 yet. Verify a domain or an email "
                                             "address to send mail from it.")
                                              .arg(session()->region())
                                        : QString());
        m_body->setCurrentWidget(m_emptyState);
    } else {
        m_body->setCurrentWidget(m_table);
    }
    if (m_awaitingFirstPage != 0 && isCurrent(m_awaitingFirstPage)) {
        m_awaitingFirstPage = 0;
        finishLoaded();
    }
    updateSummary();
    updateActions();
}

void IdentitiesPane::onLoadFailed(const Aws::AwsError &error)
{
    if (m_awaitingFirstPage != 0 && isCurrent(m_awaitingFirstPage)) {
        m_awaitingFirstPage = 0;
        finishError(tr("Loading the identities failed"), error);
        return;
    }
    showActionError(tr("Loading more identities failed"), error);
}

QList<Items::IdentityEntry> IdentitiesPane::selectedIdentities() const
{
    QList<Items::IdentityEntry> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (std::optional<Items::IdentityEntry> entry = m_proxy->identityAt(index))
            out.append(*entry);
    }
    return out;
}

void IdentitiesPane::updateActions()
{
    m_actions->update(selectedIdentities(), session() != nullptr);
}

void IdentitiesPane::updateSummary()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (!session() || m_model->isLoading())
        text = QString();
    else if (shown != loaded)
        text = tr("%1 of %n identities match the filter", nullptr, loaded).arg(shown);
    else
        text = tr("%n identities", nullptr, loaded);
    if (m_model->hasMore())
        text += tr(" — more load as you scroll");
    m_summary->setText(text);
}

void IdentitiesPane::refreshPending()
{
    if (!isVisible() || !session())
        return;
    const QStringList pending = m_model->pendingIdentities();
    for (const QString &name : pending)
        m_model->refreshIdentity(name);
}

QString IdentitiesPane::copyText() const
{
    QStringList names;
    for (const Items::IdentityEntry &e : selectedIdentities())
        names << e.name();
    return names.join(QLatin1Char('\n'));
}

void IdentitiesPane::createIdentity()
{
    if (!session())
        return;
    auto *command = new CreateIdentityCommand(sessionPtr(), *context().messageBoxes, m_fileDialogs, this);
    connect(command, &CreateIdentityCommand::identityCreated, this, [this, gen = generation()](const QString &name) {
        if (!isCurrent(gen))
            return;
        Q_EMIT identityCreated(name);
    });
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        if (outcome == Command::Outcome::Failed)
            showActionError(command->failedAction(), command->error());
        if (!command->createdIdentity().isEmpty()) {
            const QString name = command->createdIdentity();
            const bool domain = command->createdDomain();
            reload();
            if (domain) {
                openDnsRecords(name);
                const CreateIdentityWizard::Plan &plan = command->plan();
                if (!plan.byoDkimSelector.isEmpty())
                    m_dnsDialog->setByoDkim(plan.byoDkimSelector, plan.byoDkimPublicKey);
            }
        }
    });
    command->start();
}

void IdentitiesPane::showDetails()
{
    const QList<Items::IdentityEntry> selected = selectedIdentities();
    if (selected.size() == 1)
        openDetails(selected.first().name());
}

void IdentitiesPane::showDnsRecords()
{
    const QList<Items::IdentityEntry> selected = selectedIdentities();
    if (selected.size() == 1)
        openDnsRecords(selected.first().name());
}

void IdentitiesPane::openDnsRecords(const QString &name)
{
    if (!session())
        return;
    if (m_dnsDialog)
        m_dnsDialog->close();
    m_dnsDialog = new DnsRecordsDialog(sessionPtr(), name, m_fileDialogs, *context().messageBoxes, this);
    m_dnsDialog->show();
}

void IdentitiesPane::openDetails(const QString &name)
{
    if (!session())
        return;
    if (m_detailsDialog)
        m_detailsDialog->close();
    m_detailsDialog = new IdentityDetailsDialog(sessionPtr(), name, *context().messageBoxes, this);
    connect(
        m_detailsDialog, &IdentityDetailsDialog::identityChanged, this, [this, gen = generation()](const QString &n) {
            if (isCurrent(gen))
                m_model->refreshIdentity(n);
        });
    connect(m_detailsDialog, &IdentityDetailsDialog::dnsRecordsRequested, this, &IdentitiesPane::openDnsRecords);
    connect(m_detailsDialog,
        &IdentityDetailsDialog::ownDkimKeySet,
        this,
        [this](const QString &n, const QString &selector, const QString &publicKey) {
            // SES never returns a BYODKIM key: show its record now, while SesDesk knows it.
            openDnsRecords(n);
            if (m_dnsDialog)
                m_dnsDialog->setByoDkim(selector, publicKey);
        });
    m_detailsDialog->show();
}

void IdentitiesPane::deleteSelected()
{
    const QList<Items::IdentityEntry> selected = selectedIdentities();
    if (!session() || selected.isEmpty())
        return;
    auto *command = new DeleteIdentityCommand(sessionPtr(), selected, *context().messageBoxes, this);
    connect(command, &DeleteIdentityCommand::identityDeleted, this, [this, gen = generation()](const QString &name) {
        if (!isCurrent(gen))
            return;
        if (m_detailsDialog && m_detailsDialog->identityName() == name)
            m_detailsDialog->close();
        if (m_dnsDialog && m_dnsDialog->identityName() == name)
            m_dnsDialog->close();
        m_model->removeIdentity(name);
        Q_EMIT identityDeleted(name);
    });
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Deleting %1 failed").arg(command->failedIdentity()), command->error());
        if (m_model->rowCount() == 0 && outcome != Command::Outcome::Cancelled)
            onPageLoaded(0, false);
        updateActions();
    });
    command->start();
}

void IdentitiesPane::sendTestEmail()
{
    const QList<Items::IdentityEntry> selected = selectedIdentities();
    if (selected.size() == 1)
        Q_EMIT sendTestEmailRequested(selected.first().name());
}

} // namespace Views
