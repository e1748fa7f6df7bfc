#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/ProfileCatalog.h"
#include "models/connection/Session.h"
#include "models/items/ActivityLogModel.h"

#include "views/MainWindow.h"
#include "views/dialogs/ProductionAccessDialog.h"
#include "views/panes/AccountPane.h"
#include "views/panes/PaneRegistry.h"
#include "views/widgets/Banner.h"
#include "views/widgets/ErrorBanner.h"
#include "views/widgets/QuotaGauge.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/FakeClock.h"

using namespace TestSupport;

/// The shell against the real Sandbox (in-process, signed calls over loopback): the Account
/// dashboard shows the SES sandbox, a production-access request goes through the form, is
/// pending, and once the Sandbox's review delay has passed a refresh shows production access.
class TestSandboxShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productionAccessFlow();
};

void TestSandboxShell::productionAccessFlow()
{
    FakeClock sandboxClock(QDateTime::currentDateTimeUtc());
    Sandbox::SandboxConfig config;
    config.accessKeyId = LoopbackSessionFactory::testAccessKeyId();
    config.secretAccessKey = LoopbackSessionFactory::testSecret();
    config.reviewDelaySeconds = 60;
    Sandbox::SandboxServer sandbox(config, sandboxClock);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QNetworkAccessManager network;
    LoopbackSessionFactory factory(&network);
    factory.addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), sandbox.url());
    Connection::ProfileCatalog catalog(nullptr, nullptr, true);
    ScriptedMessageBoxes boxes;
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Views::MainWindow::Dependencies deps;
    deps.sessions = &factory;
    deps.profiles = &catalog;
    deps.settings = &settings;
    deps.messageBoxes = &boxes;
    Views::MainWindow window(deps, registry);
    window.show();
    auto *pane = qobject_cast<Views::AccountPane *>(window.pane(QStringLiteral("account")));
    QSignalSpy loaded(pane, &Views::Pane::loaded);
    window.start(false); // nothing configured: the Local Sandbox
    QVERIFY(loaded.wait(5000));
    QVERIFY(window.session()->isLocalSandbox());
    QVERIFY2(pane->account().has_value(), qPrintable(pane->errorBanner()->text()));
    QVERIFY(!pane->account()->productionAccessEnabled);
    QVERIFY(window.findChild<Views::Banner *>(QStringLiteral("sandboxBanner"))->isVisible());
    QCOMPARE(
        window.findChild<Views::QuotaGauge *>(QStringLiteral("max24HourSendGauge"))->figure(), QStringLiteral("200"));
    QCOMPARE(window.findChild<Views::QuotaGauge *>(QStringLiteral("maxSendRateGauge"))->figure(), QStringLiteral("1"));

    // Request production access through the form, as a user would.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("requestProductionAccessButton")), Qt::LeftButton);
    auto *dialog = window.findChild<Views::ProductionAccessDialog *>(QStringLiteral("productionAccessDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("transactionalRadio")), Qt::LeftButton);
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(QStringLiteral("websiteUrlEdit")), QStringLiteral("https://shop.example.com"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("useCaseEdit")),
        QStringLiteral("Order confirmations and receipts to our customers."));
    QTest::mouseClick(
        dialog->findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck")), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    QVERIFY(loaded.wait(5000)); // the pane reloads after the request
    QCOMPARE(pane->account()->details.reviewDetails.status, QStringLiteral("PENDING"));
    auto *review = window.findChild<Views::Banner *>(QStringLiteral("reviewBanner"));
    QVERIFY(review->isVisible());
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("requestProductionAccessButton"))->isVisible());
    QCOMPARE(pane->account()->details.mailType, QStringLiteral("TRANSACTIONAL"));

    // The review ends; Refresh shows production access.
    sandboxClock.advance(61);
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(loaded.wait(5000));
    QVERIFY(pane->account()->productionAccessEnabled);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("accountHeaderLabel"))
                ->text()
                .contains(QStringLiteral("production")));
    QVERIFY(!window.findChild<Views::Banner *>(QStringLiteral("sandboxBanner"))->isVisible());

    // Every call is in the activity log, none failed.
    Items::ActivityLogModel *log = window.activityLog();
    QStringList operations;
    for (int r = 0; r < log->rowCount(); ++r) {
        operations << log->recordAt(r).operation;
        QVERIFY2(log->recordAt(r).ok,
            qPrintable(log->recordAt(r).errorCode + QLatin1Char(' ') + log->recordAt(r).errorMessage));
    }
    QCOMPARE(operations,
        QStringList({QStringLiteral("GetAccount"),
            QStringLiteral("PutAccountDetails"),
            QStringLiteral("GetAccount"),
            QStringLiteral("GetAccount")}));
}

QTEST_MAIN(TestSandboxShell)
#include "tst_sandboxshell.moc"
