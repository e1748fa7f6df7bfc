#pragma once

#include <memory>

#include <QList>
#include <QMainWindow>
#include <QMetaObject>

#include "models/aws/AwsError.h"
#include "models/connection/ProfileRef.h"

#include "views/panes/PaneContext.h"

class QAction;
class QNetworkAccessManager;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace Connection
{
class ProfileCatalog;
class SecretStore;
class SesDeskProfileStore;
class Session;
class SessionFactory;
} // namespace Connection
namespace Items
{
class ActivityLogModel;
class ProfileListModel;
} // namespace Items

namespace Views
{

class ActivityLogDock;
class ConnectionStatus;
class ConnectionToolBar;
class ErrorBanner;
class LanguageSettings;
class MessageBoxes;
class Pane;
class PaneRegistry;

/// The main window: it only assembles. A navigation list of the registered panes, the
/// connection switchers, the status bar, the Activity log dock, and the shared actions
/// (refresh, copy, find, Ctrl+<n>). It owns the current Session and hands it to every pane;
/// switching profile or region replaces it, after panes with unsaved changes agreed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Everything the window needs, injected by the composition root (or a test).
    struct Dependencies {
        Connection::SessionFactory *sessions = nullptr;
        Connection::ProfileCatalog *profiles = nullptr;
        Connection::SesDeskProfileStore *sesDeskProfiles = nullptr;
        Connection::SecretStore *secrets = nullptr;
        QSettings *settings = nullptr;
        MessageBoxes *messageBoxes = nullptr;
        const Aws::Clock *clock = nullptr;
        LanguageSettings *language = nullptr; ///< May be null: no Preferences dialog.
        Ses::StatisticsStore *statisticsStore = nullptr; ///< May be null: no statistics history.
        QNetworkAccessManager *network = nullptr; ///< For panes' non-AWS calls; may be null.
        QString dataDirectory = {}; ///< Local data (template history, drafts, test sends); empty: none.
    };

    MainWindow(const Dependencies &dependencies, const PaneRegistry &panes, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Restores geometry and the last pane, then connects: to the Local Sandbox under
    /// forceSandbox, else as Connection::StartupChoice decides.
    void start(bool forceSandbox);
    /// Switches to profile and region (asks panes with unsaved changes first). Returns false
    /// when the user kept the current connection.
    bool switchTo(const Connection::ProfileRef &profile, const QString &region);

    Connection::Session *session() const
    {
        return m_session.get();
    }
    const QList<Pane *> &panes() const
    {
        return m_panes;
    }
    Pane *pane(const QString &id) const;
    Pane *currentPane() const;
    void showPane(const QString &id);
    Items::ActivityLogModel *activityLog() const
    {
        return m_activityLog;
    }
    const Aws::AwsError &connectionError() const
    {
        return m_connectionError;
    }

public Q_SLOTS:
    void refreshCurrentPane();
    void copy();
    void find();
    /// Opens the Profiles dialog (non-modal to the event loop: tests find it by object name).
    void showProfiles();
    void showPreferences();
    /// Opens the Send test email dialog for the current connection, with the sender preset to
    /// identity when given (an address, or an address in a domain identity).
    void sendTestEmail(const QString &identity = {});

Q_SIGNALS:
    /// A switch ended: session() is the new session, or null with connectionError() set.
    void sessionChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseStartupProfile(bool forceSandbox);
    void createActions();
    void createMenus();
    void retranslate();
    void restoreWindowState();
    void saveWindowState();
    bool confirmDiscardAll();
    void installSession(std::shared_ptr<Connection::Session> session);
    void connectionFailed(const Connection::ProfileRef &profile, const QString &region, const Aws::AwsError &error);
    void onPaneChanged(int row);
    QString displayName(const Connection::ProfileRef &profile) const;
    QString connectionLabel() const;

    Dependencies m_deps;
    PaneContext m_paneContext;
    Items::ProfileListModel *m_profileModel;
    Items::ActivityLogModel *m_activityLog;
    ConnectionToolBar *m_toolBar;
    ConnectionStatus *m_status;
    ActivityLogDock *m_activityDock;
    ErrorBanner *m_connectionBanner;
    QListWidget *m_navigation;
    QStackedWidget *m_paneStack;
    QList<Pane *> m_panes;
    QList<QAction *> m_paneActions;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_activityAction = nullptr;
    QAction *m_sendTestEmailAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    std::shared_ptr<Connection::Session> m_session;
    QList<QMetaObject::Connection> m_sessionConnections;
    Connection::ProfileRef m_profile;
    QString m_region;
    Aws::AwsError m_connectionError;
    quint64 m_switchGeneration = 0;
};

} // namespace Views
