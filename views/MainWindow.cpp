#include "views/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QVBoxLayout>

#include "models/aws/AwsClient.h"
#include "models/connection/DefaultSessionFactory.h"
#include "models/connection/ProfileCatalog.h"
#include "models/connection/Session.h"
#include "models/connection/SessionFactory.h"
#include "models/connection/StartupChoice.h"
#include "models/items/ActivityLogModel.h"
#include "models/items/ProfileListModel.h"

#include "views/ActivityLogDock.h"
#include "views/ConnectionStatus.h"
#include "views/ConnectionToolBar.h"
#include "views/MainWindowActions.h"
#include "views/commands/SendTestEmailCommand.h"
#include "views/dialogs/PreferencesDialog.h"
#include "views/dialogs/ProfileDialog.h"
#include "views/panes/IdentitiesPane.h"
#include "views/panes/Pane.h"
#include "views/panes/PaneRegistry.h"
#include "views/widgets/ErrorBanner.h"

namespace Views
{

namespace
{
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString PaneKey = QStringLiteral("MainWindow/pane");
const QString ProfileKey = QStringLiteral("Connection/profile");
const QString RegionKey = QStringLiteral("Connection/region");
constexpr int PaneIdRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(const Dependencies &dependencies, const PaneRegistry &panes, QWidget *parent)
    : QMainWindow(parent)
    , m_deps(dependencies)
    , m_paneContext{dependencies.messageBoxes,
          dependencies.settings,
          dependencies.clock,
          dependencies.statisticsStore,
          dependencies.network,
          dependencies.dataDirectory}
    , m_profileModel(new Items::ProfileListModel(dependencies.profiles, this))
    , m_activityLog(new Items::ActivityLogModel(this))
    , m_toolBar(new ConnectionToolBar(m_profileModel, this))
    , m_status(new ConnectionStatus(this))
    , m_activityDock(new ActivityLogDock(m_activityLog, this))
    , m_connectionBanner(new ErrorBanner(this))
    , m_navigation(new QListWidget(this))
    , m_paneStack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_paneStack->setObjectName(QStringLiteral("paneStack"));
    m_connectionBanner->setObjectName(QStringLiteral("connectionErrorBanner"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setMinimumWidth(140);
    m_navigation->setMaximumWidth(260);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);

    for (const PaneRegistry::Entry &entry : panes.entries()) {
        Pane *pane = entry.create(m_paneContext, m_paneStack);
        pane->setObjectName(pane->id() + QStringLiteral("Pane"));
        m_panes.append(pane);
        m_paneStack->addWidget(pane);
        if (auto *identities = qobject_cast<IdentitiesPane *>(pane))
            connect(identities, &IdentitiesPane::sendTestEmailRequested, this, [this](const QString &identity) {
                sendTestEmail(identity);
            });
        auto *item = new QListWidgetItem(pane->title(), m_navigation);
        item->setData(PaneIdRole, pane->id());
    }

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_connectionBanner);
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_paneStack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({180, 1000});
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    addToolBar(Qt::TopToolBarArea, m_toolBar);
    statusBar()->addPermanentWidget(m_status, 1);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPaneChanged);
    connect(m_toolBar, &ConnectionToolBar::profileRequested, this, [this](const Connection::ProfileRef &profile) {
        const std::optional<Connection::ProfileEntry> entry = m_deps.profiles->find(profile);
        // A profile with its own region opens there; otherwise stay in the current region.
        const QString region = entry && !entry->region.isEmpty() && !profile.isSandbox() ? entry->region : m_region;
        switchTo(profile, region);
    });
    connect(m_toolBar, &ConnectionToolBar::regionRequested, this, [this](const QString &region) {
        switchTo(m_profile, region);
    });
    connect(m_connectionBanner, &ErrorBanner::retryRequested, this, [this] {
        switchTo(m_profile, m_region);
    });

    createActions();
    createMenus();
    retranslate();
    resize(1180, 780);
    // The pane is what users came for: the log starts as a short strip they can enlarge.
    resizeDocks({m_activityDock}, {150}, Qt::Vertical);
}

MainWindow::~MainWindow()
{
    // Panes go before the session they watch, so no callback reaches a half-destroyed window.
    for (Pane *pane : std::as_const(m_panes))
        pane->setSession(nullptr);
    for (const QMetaObject::Connection &c : std::as_const(m_sessionConnections))
        disconnect(c);
}

void MainWindow::createActions()
{
    m_refreshAction = MainWindowActions::make(
        this, QStringLiteral("refreshAction"), {QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentPane);
    m_copyAction = MainWindowActions::make(this, QStringLiteral("copyAction"), {QKeySequence::Copy});
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copy);
    m_findAction = MainWindowActions::make(this, QStringLiteral("findAction"), {QKeySequence::Find});
    connect(m_findAction, &QAction::triggered, this, &MainWindow::find);
    m_profilesAction = MainWindowActions::make(
        this, QStringLiteral("profilesAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);
    m_preferencesAction
        = MainWindowActions::make(this, QStringLiteral("preferencesAction"), {QKeySequence::Preferences});
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setVisible(m_deps.language != nullptr);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_quitAction = MainWindowActions::make(this, QStringLiteral("quitAction"), {QKeySequence::Quit});
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    m_sendTestEmailAction = MainWindowActions::make(
        this, QStringLiteral("sendTestEmailMenuAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    m_sendTestEmailAction->setEnabled(false);
    connect(m_sendTestEmailAction, &QAction::triggered, this, [this] {
        sendTestEmail();
    });
    m_activityAction = m_activityDock->toggleViewAction();
    m_activityAction->setObjectName(QStringLiteral("toggleActivityLogAction"));
    m_activityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    for (int i = 0; i < m_panes.size(); ++i) {
        QList<QKeySequence> keys;
        if (i < 9)
            keys.append(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        QAction *action = MainWindowActions::make(this, m_panes.at(i)->id() + QStringLiteral("PaneAction"), keys);
        connect(action, &QAction::triggered, this, [this, i] {
            m_navigation->setCurrentRow(i);
        });
        m_paneActions.append(action);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_profilesAction);
    m_fileMenu->addAction(m_preferencesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_activityAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_paneActions);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_sendTestEmailAction);
    m_toolBar->addAction(m_profilesAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->widgetForAction(m_profilesAction)->setObjectName(QStringLiteral("profilesToolButton"));
    m_toolBar->widgetForAction(m_refreshAction)->setObjectName(QStringLiteral("refreshToolButton"));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SesDesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_sendTestEmailAction->setText(tr("Send &test email…"));
    m_sendTestEmailAction->setToolTip(tr("Send a test email to the SES mailbox simulator from a verified identity"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Reload the current pane (F5)"));
    m_copyAction->setText(tr("&Copy"));
    m_findAction->setText(tr("&Find"));
    m_findAction->setToolTip(tr("Focus the current pane's filter"));
    m_quitAction->setText(tr("&Quit"));
    m_profilesAction->setText(tr("&Profiles…"));
    m_profilesAction->setToolTip(tr("Create and edit SesDesk profiles; list the AWS CLI's"));
    m_preferencesAction->setText(tr("P&references…"));
    m_activityAction->setText(tr("&Activity log"));
    m_navigation->setAccessibleName(tr("Panes"));
    m_paneStack->setAccessibleName(tr("Current pane"));
    for (int i = 0; i < m_panes.size(); ++i) {
        m_navigation->item(i)->setText(m_panes.at(i)->title());
        m_paneActions.at(i)->setText(m_panes.at(i)->title());
    }
    m_toolBar->retranslate();
    m_status->retranslate();
    m_activityDock->retranslate();
}

void MainWindow::start(bool forceSandbox)
{
    restoreWindowState();
    if (!m_deps.profiles->isLoaded()) {
        // Which profile to open depends on the AWS CLI's files, still being read.
        connect(
            m_deps.profiles,
            &Connection::ProfileCatalog::loaded,
            this,
            [this, forceSandbox] {
                chooseStartupProfile(forceSandbox);
            },
            Qt::SingleShotConnection);
        return;
    }
    chooseStartupProfile(forceSandbox);
}

void MainWindow::chooseStartupProfile(bool forceSandbox)
{
    const Connection::StartupChoice choice = Connection::StartupChoice::choose(*m_deps.profiles,
        m_deps.settings->value(ProfileKey).toString(),
        m_deps.settings->value(RegionKey).toString(),
        forceSandbox);
    switchTo(choice.profile, choice.region);
}

bool MainWindow::confirmDiscardAll()
{
    for (Pane *pane : std::as_const(m_panes)) {
        if (pane->hasUnsavedChanges()) {
            showPane(pane->id());
            if (!pane->confirmDiscard())
                return false;
        }
    }
    return true;
}

bool MainWindow::switchTo(const Connection::ProfileRef &profile, const QString &region)
{
    if (!confirmDiscardAll()) {
        m_toolBar->setCurrent(m_profile, m_region);
        return false;
    }
    const quint64 generation = ++m_switchGeneration;
    // The old account's data goes now, before the new connection answers.
    for (const QMetaObject::Connection &c : std::as_const(m_sessionConnections))
        disconnect(c);
    m_sessionConnections.clear();
    for (Pane *pane : std::as_const(m_panes))
        pane->setSession(nullptr);
    m_session.reset();
    m_sendTestEmailAction->setEnabled(false);
    m_connectionBanner->hide();
    m_connectionError = {};
    m_profile = profile;
    m_region = region;
    m_toolBar->setCurrent(profile, region);
    m_status->setConnecting(displayName(profile), region);
    m_status->setActivity(0);
    m_deps.sessions->open(profile,
        region,
        this,
        [this, generation, profile, region](Aws::Result<std::shared_ptr<Connection::Session>> result) {
            if (generation != m_switchGeneration || result.isCancelled())
                return;
            if (result.isError()) {
                connectionFailed(profile, region, result.error());
                return;
            }
            installSession(std::move(result).value());
        });
    return true;
}

void MainWindow::installSession(std::shared_ptr<Connection::Session> session)
{
    m_session = std::move(session);
    m_region = m_session->region();
    m_toolBar->setCurrent(m_profile, m_region);
    m_status->setSession(m_session.get());
    m_deps.settings->setValue(ProfileKey, m_profile.key());
    m_deps.settings->setValue(RegionKey, m_region);
    const QString label = connectionLabel();
    m_sessionConnections.append(connect(
        m_session->aws(), &Aws::AwsClient::callFinished, m_activityLog, [this, label](const Aws::CallRecord &record) {
            m_activityLog->append(record, label);
        }));
    m_sessionConnections.append(
        connect(m_session->aws(), &Aws::AwsClient::activityChanged, m_status, &ConnectionStatus::setActivity));
    for (Pane *pane : std::as_const(m_panes))
        pane->setSession(m_session);
    m_sendTestEmailAction->setEnabled(true);
    if (Pane *pane = currentPane())
        pane->reload();
    Q_EMIT sessionChanged();
}

void MainWindow::sendTestEmail(const QString &identity)
{
    if (!m_session)
        return;
    std::optional<Ses::TestEmail> preset;
    if (!identity.isEmpty()) {
        Ses::TestEmail email;
        email.from = identity.contains(QLatin1Char('@')) ? identity : QStringLiteral("test@") + identity;
        preset = email;
    }
    auto *command = new SendTestEmailCommand(m_session, m_paneContext, this, preset);
    connect(command, &Command::info, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    command->start();
}

void MainWindow::connectionFailed(
    const Connection::ProfileRef &profile, const QString &region, const Aws::AwsError &error)
{
    m_connectionError = error;
    m_status->setFailed(displayName(profile), region, error);
    m_connectionBanner->showError(tr("Could not connect to %1 in %2").arg(displayName(profile), region), error);
    Q_EMIT sessionChanged();
}

QString MainWindow::displayName(const Connection::ProfileRef &profile) const
{
    if (const std::optional<Connection::ProfileEntry> entry = m_deps.profiles->find(profile))
        return entry->displayName;
    return profile.isSandbox() ? Connection::DefaultSessionFactory::sandboxDisplayName() : profile.name;
}

QString MainWindow::connectionLabel() const
{
    return tr("%1 · %2").arg(m_session->profileDisplayName(), m_session->region());
}

Pane *MainWindow::pane(const QString &id) const
{
    for (Pane *p : m_panes) {
        if (p->id() == id)
            return p;
    }
    return nullptr;
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_paneStack->currentWidget());
}

void MainWindow::showPane(const QString &id)
{
    for (int i = 0; i < m_panes.size(); ++i) {
        if (m_panes.at(i)->id() == id)
            m_navigation->setCurrentRow(i);
    }
}

void MainWindow::onPaneChanged(int row)
{
    if (row < 0 || row >= m_panes.size())
        return;
    Pane *pane = m_panes.at(row);
    m_paneStack->setCurrentWidget(pane);
    m_deps.settings->setValue(PaneKey, pane->id());
    // Panes other than the visible one reload when first shown after a switch.
    if (pane->session() && pane->isStale())
        pane->reload();
}

void MainWindow::refreshCurrentPane()
{
    Pane *pane = currentPane();
    if (!pane)
        return;
    if (!pane->session()) {
        switchTo(m_profile, m_region);
        return;
    }
    if (pane->hasUnsavedChanges() && !pane->confirmDiscard())
        return;
    pane->reload();
}

void MainWindow::copy()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *edit = qobject_cast<QLineEdit *>(focus); edit && edit->hasSelectedText()) {
        edit->copy();
        return;
    }
    if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        text->copy();
        return;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        plain->copy();
        return;
    }
    if (auto *label = qobject_cast<QLabel *>(focus); label && label->hasSelectedText()) {
        QApplication::clipboard()->setText(label->selectedText());
        return;
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(focus); view && view->model()) {
        const QModelIndexList rows
            = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
        if (!rows.isEmpty()) {
            QStringList lines;
            for (const QModelIndex &row : rows) {
                QStringList cells;
                for (int c = 0; c < view->model()->columnCount(row.parent()); ++c)
                    cells.append(view->model()->index(row.row(), c, row.parent()).data().toString());
                lines.append(cells.join(QLatin1Char('\t')));
            }
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
            return;
        }
    }
    if (Pane *pane = currentPane()) {
        const QString text = pane->copyText();
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    }
}

void MainWindow::find()
{
    Pane *pane = currentPane();
    QWidget *filter = pane ? pane->filterWidget() : nullptr;
    if (!filter)
        return;
    filter->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(filter))
        edit->selectAll();
}

void MainWindow::showProfiles()
{
    m_deps.profiles->refresh();
    auto *dialog
        = new ProfileDialog(m_deps.sesDeskProfiles, m_deps.secrets, m_deps.profiles, m_deps.messageBoxes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->select(m_profile.key());
    connect(dialog, &ProfileDialog::deleted, this, [this](const QString &name) {
        // The profile in use is gone: its data must go too.
        if (m_profile == Connection::ProfileRef::sesDesk(name))
            switchTo(Connection::ProfileRef::sandbox(), m_region);
    });
    connect(dialog, &ProfileDialog::saved, this, [this](const QString &name) {
        // New keys or endpoint for the profile in use: reconnect with them.
        if (m_profile == Connection::ProfileRef::sesDesk(name))
            switchTo(m_profile, m_region);
    });
    dialog->open();
}

void MainWindow::showPreferences()
{
    if (!m_deps.language)
        return;
    auto *dialog = new PreferencesDialog(m_deps.language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_deps.settings->value(GeometryKey).toByteArray());
    restoreState(m_deps.settings->value(StateKey).toByteArray());
    const QString paneId = m_deps.settings->value(PaneKey).toString();
    if (pane(paneId))
        showPane(paneId);
    else if (!m_panes.isEmpty())
        m_navigation->setCurrentRow(0);
}

void MainWindow::saveWindowState()
{
    m_deps.settings->setValue(GeometryKey, saveGeometry());
    m_deps.settings->setValue(StateKey, saveState());
    if (Pane *pane = currentPane())
        m_deps.settings->setValue(PaneKey, pane->id());
    m_deps.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscardAll()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Profile names such as "Local Sandbox" are translated where the catalog builds them.
        m_deps.profiles->refresh();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Views
