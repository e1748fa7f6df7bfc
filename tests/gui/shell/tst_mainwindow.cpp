#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/ProfileCatalog.h"
#include "models/connection/SesDeskProfileStore.h"
#include "models/connection/Session.h"
#include "models/items/ActivityLogModel.h"

#include "views/MainWindow.h"
#include "views/panes/AccountPane.h"
#include "views/panes/PaneRegistry.h"
#include "views/widgets/ErrorBanner.h"
#include "views/widgets/QuotaGauge.h"

#include "tests/gui/support/AccountJson.h"
#include "tests/gui/support/FixedAwsProfiles.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ProbePane.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace TestSupport;

/// The shell: the main window builds, connects, switches profiles without leaving stale data,
/// logs calls without secrets, handles shortcuts, and restores its state.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void buildsAndShowsTheAccount();
    void switchingProfileReloadsAndClearsStaleData();
    void switchingRegionReconnects();
    void unsavedChangesAskBeforeSwitching();
    void activityLogListsCallsWithoutSecrets();
    void shortcutsSwitchRefreshAndFind();
    void connectionFailureIsShown();
    void settingsAreRestored();
    void startsOnTheAwsDefaultProfileOnceRead();

private:
    std::unique_ptr<Views::MainWindow> makeWindow();
    bool waitForSession(Views::MainWindow &window);
    static bool waitLoaded(Views::Pane *pane);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<ScriptedHttpServer> m_sandboxServer;
    std::unique_ptr<ScriptedHttpServer> m_prodServer;
    std::unique_ptr<LoopbackSessionFactory> m_factory;
    std::unique_ptr<Connection::SesDeskProfileStore> m_store;
    std::unique_ptr<Connection::ProfileCatalog> m_catalog;
    ScriptedMessageBoxes m_boxes;
};

void TestMainWindow::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_sandboxServer = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_sandboxServer->start());
    m_sandboxServer->setFallback(ScriptedHttpServer::Reply::json(200, AccountJson::sandbox()));
    m_prodServer = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_prodServer->start());
    m_prodServer->setFallback(ScriptedHttpServer::Reply::json(200, AccountJson::production()));

    m_store = std::make_unique<Connection::SesDeskProfileStore>(m_settings.get());
    QVERIFY(
        m_store->save({QStringLiteral("prod"), QStringLiteral("eu-west-1"), {}, QStringLiteral("AKIDTESTGUI0000001")})
            .isEmpty());
    m_catalog = std::make_unique<Connection::ProfileCatalog>(m_store.get(), nullptr, true);
    m_factory = std::make_unique<LoopbackSessionFactory>(&m_network);
    m_factory->addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_sandboxServer->url());
    m_factory->addProfile(
        Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QStringLiteral("prod"), m_prodServer->url());
    m_boxes.clear();
}

void TestMainWindow::cleanup()
{
    m_catalog.reset();
    m_store.reset();
    m_factory.reset();
    m_sandboxServer.reset();
    m_prodServer.reset();
    m_settings.reset();
}

std::unique_ptr<Views::MainWindow> TestMainWindow::makeWindow()
{
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    // Between Account and Identities, so Ctrl+2 opens it.
    registry.add<ProbePane>(static_cast<Views::PaneOrder>(static_cast<int>(Views::PaneOrder::Account) + 5));
    Views::MainWindow::Dependencies deps;
    deps.sessions = m_factory.get();
    deps.profiles = m_catalog.get();
    deps.sesDeskProfiles = m_store.get();
    deps.settings = m_settings.get();
    deps.messageBoxes = &m_boxes;
    auto window = std::make_unique<Views::MainWindow>(deps, registry);
    window->show();
    return window;
}

bool TestMainWindow::waitForSession(Views::MainWindow &window)
{
    QSignalSpy spy(&window, &Views::MainWindow::sessionChanged);
    return spy.wait(5000);
}

bool TestMainWindow::waitLoaded(Views::Pane *pane)
{
    QSignalSpy spy(pane, &Views::Pane::loaded);
    return spy.wait(5000);
}

void TestMainWindow::buildsAndShowsTheAccount()
{
    auto window = makeWindow();
    auto *account = qobject_cast<Views::AccountPane *>(window->pane(QStringLiteral("account")));
    QVERIFY(account);
    QSignalSpy loaded(account, &Views::Pane::loaded);
    window->start(true);
    QVERIFY(loaded.wait(5000));
    QVERIFY(window->session());
    QVERIFY(window->session()->isLocalSandbox());
    QVERIFY(account->account().has_value());
    QVERIFY(!account->account()->productionAccessEnabled);

    auto *header = window->findChild<QLabel *>(QStringLiteral("accountHeaderLabel"));
    QVERIFY(header->text().contains(QStringLiteral("SES sandbox")));
    auto *status = window->findChild<QLabel *>(QStringLiteral("statusProfileLabel"));
    QCOMPARE(status->text(), QStringLiteral("Profile: Local Sandbox"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("localSandboxBadge"))->isVisible());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("statusEndpointLabel"))
                ->text()
                .contains(m_sandboxServer->url().toString()));
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("Local Sandbox"));

    auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    Views::PaneRegistry defaults;
    Views::registerDefaultPanes(defaults);
    QCOMPARE(nav->count(), defaults.entries().size() + 1); // + the probe
    QCOMPARE(nav->item(0)->text(), QStringLiteral("Account"));
    QCOMPARE(nav->item(2)->text(), QStringLiteral("Identities"));
}

void TestMainWindow::switchingProfileReloadsAndClearsStaleData()
{
    auto window = makeWindow();
    auto *account = qobject_cast<Views::AccountPane *>(window->pane(QStringLiteral("account")));
    auto *probe = qobject_cast<ProbePane *>(window->pane(QStringLiteral("probe")));
    window->start(true);
    QVERIFY(waitLoaded(account));
    window->showPane(QStringLiteral("probe"));
    QTRY_COMPARE(probe->loadedFor(), QStringLiteral("Local Sandbox"));
    window->showPane(QStringLiteral("account"));
    auto *gauge = window->findChild<Views::QuotaGauge *>(QStringLiteral("sentLast24HoursGauge"));
    QCOMPARE(gauge->figure(), QStringLiteral("50"));

    // Pick the production profile with the keyboard, as a user would.
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    combo->setFocus();
    QSignalSpy loaded(account, &Views::Pane::loaded);
    QTest::keyClick(combo, Qt::Key_Down);
    // Before the new connection answers, nothing of the old account is left on screen.
    QVERIFY(!account->account().has_value());
    QCOMPARE(gauge->figure(), QStringLiteral("—"));
    QVERIFY(probe->loadedFor().isEmpty());
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("sandboxBanner"))->isVisible());

    QVERIFY(loaded.wait(5000));
    QCOMPARE(window->session()->profileDisplayName(), QStringLiteral("prod"));
    // The SesDesk profile's own region is used.
    QCOMPARE(window->session()->region(), QStringLiteral("eu-west-1"));
    QVERIFY(account->account()->productionAccessEnabled);
    QCOMPARE(gauge->figure(), QStringLiteral("12,345"));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("localSandboxBadge"))->isVisible());
    QCOMPARE(
        window->findChild<QLabel *>(QStringLiteral("statusProfileLabel"))->text(), QStringLiteral("Profile: prod"));

    // The other pane reloads for the new account when shown.
    QVERIFY(probe->isStale());
    window->showPane(QStringLiteral("probe"));
    QTRY_COMPARE(probe->loadedFor(), QStringLiteral("prod"));
    QCOMPARE(probe->loads(), 2);
}

void TestMainWindow::switchingRegionReconnects()
{
    auto window = makeWindow();
    auto *account = window->pane(QStringLiteral("account"));
    window->start(true);
    QVERIFY(waitLoaded(account));
    QCOMPARE(window->session()->region(), QStringLiteral("us-east-1"));
    auto *regions = window->findChild<QComboBox *>(QStringLiteral("regionCombo"));
    regions->setFocus();
    QSignalSpy loaded(account, &Views::Pane::loaded);
    QTest::keyClick(regions, Qt::Key_Down);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(window->session()->region(), regions->currentData().toString());
    QVERIFY(window->session()->region() != QStringLiteral("us-east-1"));
    // The request was signed for the new region.
    const QByteArray auth = m_sandboxServer->requests().last().header("Authorization");
    QVERIFY2(auth.contains("/" + window->session()->region().toLatin1() + "/ses/aws4_request"), auth.constData());
}

void TestMainWindow::unsavedChangesAskBeforeSwitching()
{
    auto window = makeWindow();
    auto *account = window->pane(QStringLiteral("account"));
    auto *probe = qobject_cast<ProbePane *>(window->pane(QStringLiteral("probe")));
    window->start(true);
    QVERIFY(waitLoaded(account));
    probe->setDirty(true);

    m_boxes.enqueue(QMessageBox::Cancel);
    QVERIFY(!window->switchTo(Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QStringLiteral("eu-west-1")));
    QCOMPARE(m_boxes.shown().size(), 1);
    QVERIFY(m_boxes.shown().first().text.contains(QStringLiteral("Probe")));
    QVERIFY(window->session()->isLocalSandbox());
    QCOMPARE(
        window->findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(), QStringLiteral("Local Sandbox"));

    m_boxes.enqueue(QMessageBox::Discard);
    QVERIFY(window->switchTo(Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QStringLiteral("eu-west-1")));
    QVERIFY(waitForSession(*window));
    QCOMPARE(window->session()->profileDisplayName(), QStringLiteral("prod"));
}

void TestMainWindow::activityLogListsCallsWithoutSecrets()
{
    auto window = makeWindow();
    Items::ActivityLogModel *log = window->activityLog();
    QAbstractItemModelTester tester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->start(true);
    QVERIFY(waitLoaded(window->pane(QStringLiteral("account"))));
    QTRY_VERIFY(log->rowCount() >= 1);
    const int row = log->rowCount() - 1;
    QCOMPARE(log->index(row, Items::ActivityLogModel::OperationColumn).data().toString(), QStringLiteral("GetAccount"));
    QCOMPARE(log->index(row, Items::ActivityLogModel::ResultColumn).data().toString(), QStringLiteral("OK (200)"));
    QCOMPARE(log->index(row, Items::ActivityLogModel::RequestIdColumn).data().toString(), QStringLiteral("req-200"));
    QCOMPARE(log->index(row, Items::ActivityLogModel::ConnectionColumn).data().toString(),
        QStringLiteral("Local Sandbox · us-east-1"));

    auto *view = window->findChild<QTableView *>(QStringLiteral("activityLogView"));
    QVERIFY(view);
    QCOMPARE(view->model(), log);
    for (int r = 0; r < log->rowCount(); ++r) {
        for (int c = 0; c < log->columnCount(); ++c) {
            for (int role : {Qt::DisplayRole, Qt::ToolTipRole}) {
                const QString text = log->index(r, c).data(role).toString();
                QVERIFY(!text.contains(LoopbackSessionFactory::testSecret()));
                QVERIFY(!text.contains(QStringLiteral("Signature=")));
            }
        }
    }
    // Copying the selected row from the log works and carries no secret either.
    view->setFocus();
    view->selectRow(row);
    QTest::keySequence(view, QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("GetAccount")), qPrintable(copied));
    QVERIFY(!copied.contains(LoopbackSessionFactory::testSecret()));
}

void TestMainWindow::shortcutsSwitchRefreshAndFind()
{
    auto window = makeWindow();
    auto *probe = qobject_cast<ProbePane *>(window->pane(QStringLiteral("probe")));
    window->start(true);
    QVERIFY(waitLoaded(window->pane(QStringLiteral("account"))));
    QApplication::setActiveWindow(window.get());

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPane(), probe);
    QTRY_COMPARE(probe->loads(), 1);

    QSignalSpy loaded(probe, &Views::Pane::loaded);
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(probe->loads(), 2);
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(probe->loads(), 3);

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), probe->filterWidget());

    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window->currentPane()->id(), QStringLiteral("account"));
}

void TestMainWindow::connectionFailureIsShown()
{
    m_factory->failProfile(Connection::ProfileRef::sesDesk(QStringLiteral("prod")),
        QStringLiteral("SecretNotFound"),
        QStringLiteral("The secret access key of profile “prod” is not stored."));
    auto window = makeWindow();
    window->start(true);
    QVERIFY(waitForSession(*window));
    window->switchTo(Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QStringLiteral("eu-west-1"));
    QVERIFY(waitForSession(*window));
    QVERIFY(!window->session());
    QCOMPARE(window->connectionError().code, QStringLiteral("SecretNotFound"));
    auto *banner = window->findChild<Views::ErrorBanner *>(QStringLiteral("connectionErrorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("is not stored")));
    auto *account = qobject_cast<Views::AccountPane *>(window->pane(QStringLiteral("account")));
    QVERIFY(!account->account().has_value());
}

void TestMainWindow::settingsAreRestored()
{
    QByteArray geometry;
    {
        auto window = makeWindow();
        window->start(false); // no last profile: the first configured one (prod)
        QVERIFY(waitLoaded(window->pane(QStringLiteral("account"))));
        QCOMPARE(window->session()->profileDisplayName(), QStringLiteral("prod"));
        window->switchTo(Connection::ProfileRef::sandbox(), QStringLiteral("ap-northeast-2"));
        QVERIFY(waitLoaded(window->pane(QStringLiteral("account"))));
        window->showPane(QStringLiteral("probe"));
        window->resize(1000, 700);
        QVERIFY(window->close());
    }
    QCOMPARE(m_settings->value(QStringLiteral("Connection/profile")).toString(), QStringLiteral("sandbox"));
    auto window = makeWindow();
    window->start(false);
    QVERIFY(waitForSession(*window));
    QVERIFY(window->session()->isLocalSandbox());
    QCOMPARE(window->session()->region(), QStringLiteral("ap-northeast-2"));
    QCOMPARE(window->currentPane()->id(), QStringLiteral("probe"));
    QCOMPARE(window->size(), QSize(1000, 700));
}

void TestMainWindow::startsOnTheAwsDefaultProfileOnceRead()
{
    // The AWS CLI's files are read on a worker thread; the window waits for them before it
    // picks the profile to open (here the AWS CLI's "default", in its own region).
    FixedAwsProfiles aws({QStringLiteral("dev"), QStringLiteral("default")});
    m_catalog = std::make_unique<Connection::ProfileCatalog>(nullptr, &aws, true);
    QVERIFY(!m_catalog->isLoaded());
    m_factory->addProfile(
        Connection::ProfileRef::awsCli(QStringLiteral("default")), QStringLiteral("default"), m_prodServer->url());
    auto window = makeWindow();
    window->start(false);
    QVERIFY(waitForSession(*window));
    QCOMPARE(window->session()->profile().key(), QStringLiteral("aws:default"));
    QCOMPARE(window->session()->region(), QStringLiteral("eu-central-1"));
    QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(),
        QStringLiteral("default (AWS CLI)"));
    window.reset();
    m_catalog.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
