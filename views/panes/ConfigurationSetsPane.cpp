#include "views/panes/ConfigurationSetsPane.h"

#include <QAction>
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

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/items/ConfigurationSetFilterModel.h"
#include "models/items/ConfigurationSetListModel.h"
#include "models/items/EventDestinationModel.h"
#include "models/ses/ConfigurationSetRules.h"
#include "models/ses/SesClient.h"

#include "views/commands/CreateConfigurationSetCommand.h"
#include "views/commands/DeleteConfigurationSetCommand.h"
#include "views/commands/EditEventDestinationCommand.h"
#include "views/commands/PutConfigurationSetOptionsCommand.h"
#include "views/commands/UpdateEventDestinationCommand.h"
#include "views/panes/configurationsets/ConfigurationSetActions.h"
#include "views/panes/configurationsets/ConfigurationSetView.h"
#include "views/panes/configurationsets/EventDestinationsView.h"
#include "views/widgets/AccessibleText.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

namespace List = Items::ConfigurationSetList;

ConfigurationSetsPane::ConfigurationSetsPane(const PaneContext &context, QWidget *parent)
    : Pane(context, parent)
    , m_model(new Items::ConfigurationSetListModel(this))
    , m_proxy(new Items::ConfigurationSetFilterModel(this))
    , m_actions(new ConfigurationSetActions(this))
    , m_toolBar(new QToolBar)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
    , m_listStack(new QStackedWidget)
    , m_table(new QTableView)
    , m_emptyState(buildEmptyState())
    , m_detailStack(new QStackedWidget)
    , m_placeholder(new QLabel)
    , m_view(new ConfigurationSetView)
{
    setObjectName(QStringLiteral("configurationSetsPane"));
    m_proxy->setConfigurationSetSource(m_model);

    m_toolBar->setObjectName(QStringLiteral("configurationSetsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_actions->create());
    m_toolBar->addAction(m_actions->remove());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->addDestination());
    for (QAction *action : m_actions->all()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }

    m_filter->setObjectName(QStringLiteral("configurationSetFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("configurationSetCountLabel"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("configurationSetTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(List::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_actions->addDestination(), m_actions->copy(), m_actions->remove()});

    m_listStack->setObjectName(QStringLiteral("configurationSetListStack"));
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);

    m_placeholder->setObjectName(QStringLiteral("configurationSetPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detailStack->setObjectName(QStringLiteral("configurationSetDetailStack"));
    m_detailStack->addWidget(m_placeholder);
    m_detailStack->addWidget(m_view);

    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("configurationSetListPanel"));
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(8, 4, 0, 8);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_listStack, 1);
    listLayout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("configurationSetsSplitter"));
    splitter->addWidget(list);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    splitter->setChildrenCollapsible(false);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("configurationSetsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    setContentWidget(page);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateSummary();
    });
    connect(m_model, &Items::ConfigurationSetListModel::pageLoaded, this, &ConfigurationSetsPane::onPageLoaded);
    connect(m_model, &Items::ConfigurationSetListModel::loadFailed, this, &ConfigurationSetsPane::onLoadFailed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConfigurationSetsPane::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConfigurationSetsPane::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConfigurationSetsPane::updateSummary);
    connect(m_table->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &ConfigurationSetsPane::onSelectionChanged);

    connect(m_actions->create(), &QAction::triggered, this, &ConfigurationSetsPane::createConfigurationSet);
    connect(m_actions->remove(), &QAction::triggered, this, &ConfigurationSetsPane::deleteSelected);
    connect(m_actions->addDestination(), &QAction::triggered, this, &ConfigurationSetsPane::addEventDestination);
    connect(m_actions->refresh(), &QAction::triggered, this, &ConfigurationSetsPane::reload);
    connect(m_actions->copy(), &QAction::triggered, this, [this] {
        if (const QString text = copyText(); !text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });

    connect(m_view, &ConfigurationSetView::optionsSaveRequested, this, &ConfigurationSetsPane::saveOptions);
    EventDestinationsView *destinations = m_view->destinationsView();
    connect(destinations, &EventDestinationsView::addRequested, this, &ConfigurationSetsPane::addEventDestination);
    connect(destinations, &EventDestinationsView::editRequested, this, [this](const Ses::EventDestination &d) {
        editDestination(d);
    });
    connect(
        destinations, &EventDestinationsView::setEnabledRequested, this, &ConfigurationSetsPane::setDestinationEnabled);
    connect(destinations, &EventDestinationsView::deleteRequested, this, &ConfigurationSetsPane::deleteDestination);

    retranslate();
    showPlaceholder();
    updateActions();
}

ConfigurationSetsPane::~ConfigurationSetsPane()
{
    if (m_poolListing)
        m_poolListing->cancel();
}

QWidget *ConfigurationSetsPane::buildEmptyState()
{
    auto *widget = new QWidget;
    widget->setObjectName(QStringLiteral("configurationSetEmptyState"));
    m_emptyLabel = new QLabel(widget);
    m_emptyLabel->setObjectName(QStringLiteral("configurationSetEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyCreateButton = new QPushButton(widget);
    m_emptyCreateButton->setObjectName(QStringLiteral("emptyCreateConfigurationSetButton"));
    auto *layout = new QVBoxLayout(widget);
    layout->addStretch();
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_emptyCreateButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_emptyCreateButton, &QPushButton::clicked, this, &ConfigurationSetsPane::createConfigurationSet);
    return widget;
}

QString ConfigurationSetsPane::id() const
{
    return QStringLiteral("configurationSets");
}

QString ConfigurationSetsPane::title() const
{
    return tr("Configuration sets");
}

QWidget *ConfigurationSetsPane::filterWidget() const
{
    return m_filter;
}

QString ConfigurationSetsPane::copyText() const
{
    return selectedConfigurationSet();
}

bool ConfigurationSetsPane::hasUnsavedChanges() const
{
    return m_view->hasUnsavedChanges();
}

void ConfigurationSetsPane::retranslate()
{
    m_actions->retranslate();
    m_model->retranslate();
    nameToolButtons(m_toolBar, m_actions->all());
    m_toolBar->setAccessibleName(tr("Configuration set actions"));
    m_filter->setPlaceholderText(tr("Filter configuration sets (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter configuration sets"));
    m_table->setAccessibleName(tr("Configuration sets"));
    m_summary->setAccessibleName(tr("Configuration set count"));
    m_emptyLabel->setAccessibleName(tr("No configuration sets"));
    m_emptyCreateButton->setText(tr("Create configuration set…"));
    m_emptyCreateButton->setAccessibleName(tr("Create configuration set"));
    m_placeholder->setAccessibleName(tr("No configuration set selected"));
    m_view->retranslate();
    showPlaceholder();
    updateSummary();
}

void ConfigurationSetsPane::load()
{
    m_awaitingFirstPage = generation();
    m_view->setRegion(session()->region());
    m_model->setClient(session()->ses());
    m_model->reload();
    if (m_poolListing)
        m_poolListing->cancel();
    // The pools only fill a choice list; a failure leaves typing the name.
    m_poolListing = session()->ses()->listAllDedicatedIpPools(this, [this, gen = generation()](auto r) {
        if (!isCurrent(gen) || !r.ok())
            return;
        m_poolNames = r.value();
        m_poolNames.sort(Qt::CaseInsensitive);
        m_view->setPoolNames(m_poolNames);
    });
}

void ConfigurationSetsPane::clearData()
{
    m_awaitingFirstPage = 0;
    ++m_detailGeneration;
    if (m_poolListing)
        m_poolListing->cancel();
    m_poolNames.clear();
    m_model->setClient(nullptr);
    m_filter->clear();
    m_shown.clear();
    m_previousSelection.clear();
    m_view->clear();
    m_busy = false;
    m_view->setBusy(false);
    m_listStack->setCurrentWidget(m_table);
    showPlaceholder();
    // The base installs the new session after this: enable the actions for it then.
    QMetaObject::invokeMethod(this, &ConfigurationSetsPane::updateActions, Qt::QueuedConnection);
}

void ConfigurationSetsPane::onPageLoaded(int rows, bool)
{
    if (rows == 0) {
        m_emptyLabel->setText(session() ? tr("There are no configuration sets in %1 yet. A configuration set "
                                             "publishes sending events, picks a dedicated IP pool and sets TLS, "
                                             "tracking and suppression for the mail sent with it.")
                                              .arg(session()->region())
                                        : QString());
        m_listStack->setCurrentWidget(m_emptyState);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    if (m_awaitingFirstPage != 0 && isCurrent(m_awaitingFirstPage)) {
        m_awaitingFirstPage = 0;
        // A reload keeps the set on show, read again; one that is gone is dropped.
        if (!m_shown.isEmpty()) {
            if (m_proxy->indexOfConfigurationSet(m_shown).isValid()) {
                m_revertingSelection = true;
                selectConfigurationSet(m_shown);
                m_revertingSelection = false;
                loadDetails(m_shown);
            } else {
                ++m_detailGeneration;
                m_shown.clear();
                m_view->clear();
                showPlaceholder();
            }
        }
        finishLoaded();
    }
    updateSummary();
    updateActions();
}

void ConfigurationSetsPane::onLoadFailed(const Aws::AwsError &error)
{
    if (m_awaitingFirstPage != 0 && isCurrent(m_awaitingFirstPage)) {
        m_awaitingFirstPage = 0;
        finishError(tr("Listing the configuration sets failed"), error);
        return;
    }
    showActionError(tr("Listing more configuration sets failed"), error);
}

QString ConfigurationSetsPane::selectedConfigurationSet() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_proxy->configurationSetAt(rows.constFirst());
}

void ConfigurationSetsPane::selectConfigurationSet(const QString &name)
{
    const QModelIndex index = m_proxy->indexOfConfigurationSet(name);
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ConfigurationSetsPane::onSelectionChanged()
{
    if (m_revertingSelection)
        return;
    const QString name = selectedConfigurationSet();
    if (name == m_shown && m_view->configurationSet()) {
        updateActions();
        return;
    }
    if (!m_shown.isEmpty() && m_view->hasUnsavedChanges()) {
        const auto answer = context().messageBoxes->question(this,
            tr("Unsaved changes"),
            tr("The options of %1 have unsaved changes. Discard them?").arg(m_shown),
            QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            m_revertingSelection = true;
            selectConfigurationSet(m_shown);
            m_revertingSelection = false;
            return;
        }
    }
    if (name.isEmpty()) {
        m_shown.clear();
        ++m_detailGeneration;
        m_view->clear();
        showPlaceholder();
    } else {
        loadDetails(name);
    }
    updateActions();
}

void ConfigurationSetsPane::showPlaceholder()
{
    if (m_view->configurationSet() && !m_shown.isEmpty()) {
        m_detailStack->setCurrentWidget(m_view);
        return;
    }
    m_placeholder->setText(!session() ? QString()
            : m_shown.isEmpty()       ? tr("Choose a configuration set to see and change its options and event "
                                           "destinations.")
                                      : tr("Loading %1…").arg(m_shown));
    m_detailStack->setCurrentWidget(m_placeholder);
}

void ConfigurationSetsPane::loadDetails(const QString &name)
{
    if (!session())
        return;
    const quint64 gen = ++m_detailGeneration;
    if (name != m_shown)
        m_view->clear();
    m_shown = name;
    showPlaceholder();
    struct Pending {
        std::optional<Ses::ConfigurationSet> set;
        std::optional<QList<Ses::EventDestination>> destinations;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    auto done = [this, gen, name, pending] {
        if (!pending->set || !pending->destinations || gen != m_detailGeneration)
            return;
        m_view->showSet(*pending->set);
        m_view->showDestinations(*pending->destinations);
        if (!m_selectDestination.isEmpty())
            m_view->destinationsView()->selectDestination(std::exchange(m_selectDestination, QString()));
        m_detailStack->setCurrentWidget(m_view);
        updateActions();
        Q_EMIT configurationSetLoaded(name);
    };
    auto fail = [this, gen, name, pending](const Aws::AwsError &error) {
        if (gen != m_detailGeneration || pending->failed)
            return;
        pending->failed = true;
        m_placeholder->setText(tr("%1 could not be loaded.").arg(name));
        m_detailStack->setCurrentWidget(m_placeholder);
        showActionError(tr("Loading the configuration set %1 failed").arg(name), error);
    };
    track(session()->ses()->getConfigurationSet(name, this, [pending, done, fail](auto r) {
        if (r.isCancelled())
            return;
        if (r.isError())
            return fail(r.error());
        pending->set = r.value();
        done();
    }));
    track(session()->ses()->getConfigurationSetEventDestinations(name, this, [pending, done, fail](auto r) {
        if (r.isCancelled())
            return;
        if (r.isError())
            return fail(r.error());
        pending->destinations = r.value();
        done();
    }));
}

void ConfigurationSetsPane::updateActions()
{
    const bool selected = !m_shown.isEmpty() && m_view->configurationSet().has_value();
    const bool full
        = m_view->destinationsView()->model()->rowCount() >= Ses::ConfigurationSetRules::MaximumEventDestinations;
    m_actions->update(session() != nullptr, selected, m_busy, full);
    m_emptyCreateButton->setEnabled(session() != nullptr && !m_busy);
}

void ConfigurationSetsPane::updateSummary()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (session() && !m_model->isLoading()) {
        text = shown != loaded ? tr("%1 of %n configuration sets match", nullptr, loaded).arg(shown)
                               : tr("%n configuration sets", nullptr, loaded);
        if (m_model->hasMore())
            text += tr(" — more load as you scroll");
    }
    m_summary->setText(text);
}

void ConfigurationSetsPane::runOnShownSet(Command *command, const std::function<void(Command::Outcome)> &after)
{
    m_busy = true;
    m_view->setBusy(true);
    updateActions();
    connect(command, &Command::finished, this, [this, after, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        m_busy = false;
        m_view->setBusy(false);
        updateActions();
        if (after)
            after(outcome);
        if (outcome != Command::Outcome::Cancelled && !m_shown.isEmpty())
            loadDetails(m_shown); // show what SES has now, also after a partial failure
        Q_EMIT actionFinished(outcome == Command::Outcome::Succeeded);
    });
    command->start();
}

void ConfigurationSetsPane::createConfigurationSet()
{
    if (!session() || m_busy)
        return;
    auto *command = new CreateConfigurationSetCommand(sessionPtr(), m_model->names(), m_poolNames, this);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        if (outcome == Command::Outcome::Succeeded) {
            const QString name = command->createdName();
            m_filter->clear();
            m_model->addConfigurationSet(name);
            m_listStack->setCurrentWidget(m_table);
            selectConfigurationSet(name);
            updateSummary();
        }
        Q_EMIT actionFinished(outcome == Command::Outcome::Succeeded);
    });
    command->start();
}

void ConfigurationSetsPane::deleteSelected()
{
    const QString name = m_shown;
    if (!session() || m_busy || name.isEmpty() || !m_view->configurationSet())
        return;
    auto *command = new DeleteConfigurationSetCommand(
        sessionPtr(), name, m_view->destinationsView()->model()->rowCount(), *context().messageBoxes, this);
    m_busy = true;
    updateActions();
    connect(command, &Command::finished, this, [this, command, name, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        m_busy = false;
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Deleting the configuration set %1 failed").arg(name), command->error());
        if (outcome == Command::Outcome::Succeeded) {
            ++m_detailGeneration;
            m_shown.clear();
            m_view->clear();
            m_model->removeConfigurationSet(name);
            m_table->clearSelection();
            if (m_model->rowCount() == 0)
                onPageLoaded(0, m_model->hasMore());
            showPlaceholder();
        }
        updateActions();
        Q_EMIT actionFinished(outcome == Command::Outcome::Succeeded);
    });
    command->start();
}

void ConfigurationSetsPane::saveOptions(const Ses::ConfigurationSetOptionsChange &change)
{
    if (!session() || m_busy || m_shown.isEmpty())
        return;
    auto *command = new PutConfigurationSetOptionsCommand(sessionPtr(), m_shown, change, *context().messageBoxes, this);
    runOnShownSet(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Failed)
            showActionError(command->failedAction(), command->error());
    });
}

void ConfigurationSetsPane::addEventDestination()
{
    if (!m_view->configurationSet())
        return;
    m_view->showDestinationsTab();
    editDestination(std::nullopt);
}

void ConfigurationSetsPane::editDestination(const std::optional<Ses::EventDestination> &existing)
{
    if (!session() || m_busy || m_shown.isEmpty())
        return;
    QStringList taken;
    for (const Ses::EventDestination &d : m_view->destinationsView()->model()->destinations())
        taken.append(d.name);
    auto *command = new EditEventDestinationCommand(sessionPtr(), m_shown, existing, taken, this);
    runOnShownSet(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Succeeded)
            m_selectDestination = command->savedName(); // once the set is read again
    });
}

void ConfigurationSetsPane::setDestinationEnabled(const Ses::EventDestination &destination, bool enabled)
{
    if (!session() || m_busy || m_shown.isEmpty())
        return;
    using Action = UpdateEventDestinationCommand::Action;
    auto *command = new UpdateEventDestinationCommand(
        sessionPtr(), m_shown, destination, enabled ? Action::Enable : Action::Disable, *context().messageBoxes, this);
    runOnShownSet(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Failed)
            showActionError(command->failedAction(), command->error());
    });
}

void ConfigurationSetsPane::deleteDestination(const Ses::EventDestination &destination)
{
    if (!session() || m_busy || m_shown.isEmpty())
        return;
    auto *command = new UpdateEventDestinationCommand(sessionPtr(),
        m_shown,
        destination,
        UpdateEventDestinationCommand::Action::Delete,
        *context().messageBoxes,
        this);
    runOnShownSet(command, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Failed)
            showActionError(command->failedAction(), command->error());
    });
}

} // namespace Views
