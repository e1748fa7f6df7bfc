#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/ProfileCatalog.h"
#include "models/connection/SesDeskProfileStore.h"

#include "views/MainWindow.h"
#include "views/panes/Pane.h"
#include "views/panes/PaneRegistry.h"
#include "views/widgets/Banner.h"
#include "views/widgets/Tone.h"

#include "tests/gui/support/AccountJson.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace TestSupport;

/// Every control of the shell and the Account pane can be found by a test and named by a
/// screen reader, and the shell reads well in a dark palette (colours come from the palette).
class TestShellAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlIsNamed();
    void darkPaletteKeepsTextReadable();

private:
    std::unique_ptr<Views::MainWindow> makeLoadedWindow(const QByteArray &account);
    static double luminance(const QColor &c)
    {
        return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<LoopbackSessionFactory> m_factory;
    std::unique_ptr<Connection::ProfileCatalog> m_catalog;
    ScriptedMessageBoxes m_boxes;
};

void TestShellAccessibility::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->start());
    m_factory = std::make_unique<LoopbackSessionFactory>(&m_network);
    m_factory->addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_server->url());
    m_catalog = std::make_unique<Connection::ProfileCatalog>(nullptr, nullptr, true);
}

void TestShellAccessibility::cleanup()
{
    QApplication::setPalette(QPalette());
    m_catalog.reset();
    m_factory.reset();
    m_server.reset();
    m_settings.reset();
}

std::unique_ptr<Views::MainWindow> TestShellAccessibility::makeLoadedWindow(const QByteArray &account)
{
    m_server->setFallback(ScriptedHttpServer::Reply::json(200, account));
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Views::MainWindow::Dependencies deps;
    deps.sessions = m_factory.get();
    deps.profiles = m_catalog.get();
    deps.settings = m_settings.get();
    deps.messageBoxes = &m_boxes;
    auto window = std::make_unique<Views::MainWindow>(deps, registry);
    window->show();
    QSignalSpy loaded(window->pane(QStringLiteral("account")), &Views::Pane::loaded);
    window->start(true);
    if (!loaded.wait(5000))
        return nullptr;
    return window;
}

void TestShellAccessibility::everyControlIsNamed()
{
    auto window = makeLoadedWindow(AccountJson::paused());
    QVERIFY(window);
    QStringList problems;
    const auto controls = window->findChildren<QWidget *>();
    for (QWidget *w : controls) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!interactive || !w->isVisibleTo(window.get()))
            continue;
        // Internal children of Qt's own composite widgets (the dock's float/close buttons,
        // a combo's popup view, a view's corner button) are named by Qt.
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        if (cls.startsWith(QLatin1String("QDockWidget")) || cls == QLatin1String("QComboBoxListView")
            || cls == QLatin1String("QHeaderView") || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const QString spoken
            = !w->accessibleName().isEmpty() ? w->accessibleName() : (button ? button->text() : QString());
        if (w->objectName().isEmpty())
            problems << QStringLiteral("%1 without objectName (%2)").arg(cls, spoken);
        else if (spoken.isEmpty())
            problems << QStringLiteral("%1 \"%2\" without accessible name").arg(cls, w->objectName());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestShellAccessibility::darkPaletteKeepsTextReadable()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(35, 38, 41));
    dark.setColor(QPalette::WindowText, QColor(239, 240, 241));
    dark.setColor(QPalette::Base, QColor(27, 30, 32));
    dark.setColor(QPalette::Text, QColor(239, 240, 241));
    dark.setColor(QPalette::Button, QColor(49, 54, 59));
    dark.setColor(QPalette::ButtonText, QColor(239, 240, 241));
    dark.setColor(QPalette::Highlight, QColor(61, 174, 233));
    dark.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    QApplication::setPalette(dark);
    auto window = makeLoadedWindow(AccountJson::paused());
    QVERIFY(window);
    for (const QString &name : {QStringLiteral("sendingPausedBanner"), QStringLiteral("enforcementBanner")}) {
        auto *banner = window->findChild<Views::Banner *>(name);
        QVERIFY(banner->isVisible());
        const QColor background = Views::toneBackground(banner->palette(), banner->tone());
        const QColor text = banner->palette().color(QPalette::WindowText);
        // A dark tint under light text: at least a 0.45 luminance gap.
        QVERIFY2(luminance(background) < 0.3, qPrintable(name));
        QVERIFY2(luminance(text) - luminance(background) > 0.45, qPrintable(name));
        // And what is painted is that tint, not a light hard-coded colour.
        const QImage image = banner->grab().toImage();
        const QColor painted = image.pixelColor(image.width() / 2, image.height() - 3);
        QVERIFY2(luminance(painted) < 0.3, qPrintable(painted.name()));
    }
}

QTEST_MAIN(TestShellAccessibility)
#include "tst_shellaccessibility.moc"
