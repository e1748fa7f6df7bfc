#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/ProfileCatalog.h"

#include "views/MainWindow.h"
#include "views/dialogs/PreferencesDialog.h"
#include "views/i18n/LanguageSettings.h"
#include "views/panes/Pane.h"
#include "views/panes/PaneRegistry.h"

#include "tests/gui/support/AccountJson.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace TestSupport;

/// The language follows the system locale and switches live from Preferences: the open
/// window, its menus, panes and status bar retranslate without a restart.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheSystemLocale_data();
    void followsTheSystemLocale();
    void switchesLiveFromPreferences();
};

void TestLanguageSwitch::followsTheSystemLocale_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("expected");
    QTest::newRow("korean system") << "ko_KR" << int(Views::LanguageSettings::Choice::System) << "ko";
    QTest::newRow("german system") << "de_DE" << int(Views::LanguageSettings::Choice::System) << "en";
    QTest::newRow("english chosen") << "ko_KR" << int(Views::LanguageSettings::Choice::English) << "en";
    QTest::newRow("korean chosen") << "en_US" << int(Views::LanguageSettings::Choice::Korean) << "ko";
}

void TestLanguageSwitch::followsTheSystemLocale()
{
    QFETCH(QString, system);
    QFETCH(int, choice);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("l.ini")), QSettings::IniFormat);
    Views::LanguageSettings language(&settings, system);
    language.setChoice(static_cast<Views::LanguageSettings::Choice>(choice));
    QCOMPARE(language.effectiveLanguage(), expected);
    QCOMPARE(QCoreApplication::translate("Views::AccountPane", "Account"),
        expected == QLatin1String("ko") ? QStringLiteral("계정") : QStringLiteral("Account"));
    // Saved for the next start.
    Views::LanguageSettings again(&settings, system);
    QCOMPARE(int(again.choice()), choice);
    language.setChoice(Views::LanguageSettings::Choice::English);
}

void TestLanguageSwitch::switchesLiveFromPreferences()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("l.ini")), QSettings::IniFormat);
    Views::LanguageSettings language(&settings, QStringLiteral("en_US"));
    language.apply();
    QNetworkAccessManager network;
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setFallback(ScriptedHttpServer::Reply::json(200, AccountJson::sandbox()));
    LoopbackSessionFactory factory(&network);
    factory.addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), server.url());
    Connection::ProfileCatalog catalog(nullptr, nullptr, true);
    ScriptedMessageBoxes boxes;
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Views::MainWindow::Dependencies deps;
    deps.sessions = &factory;
    deps.profiles = &catalog;
    deps.settings = &settings;
    deps.messageBoxes = &boxes;
    deps.language = &language;
    Views::MainWindow window(deps, registry);
    window.show();
    QSignalSpy loaded(window.pane(QStringLiteral("account")), &Views::Pane::loaded);
    window.start(true);
    QVERIFY(loaded.wait(5000));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Account"));

    window.showPreferences();
    auto *dialog = window.findChild<Views::PreferencesDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End); // 한국어, the last entry
    QCOMPARE(combo->currentText(), QStringLiteral("한국어"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);

    // Live: the open window is in Korean now, down to the pane and the status bar.
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("계정"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("파일(&F)"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("accountHeaderLabel"))->text(),
        QStringLiteral("계정 — SES 샌드박스"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusProfileLabel"))->text(),
        QStringLiteral("프로필: 로컬 샌드박스"));
    QTRY_COMPARE(
        window.findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(), QStringLiteral("로컬 샌드박스"));
    QCOMPARE(language.effectiveLanguage(), QStringLiteral("ko"));
    QCOMPARE(settings.value(QStringLiteral("Preferences/language")).toString(), QStringLiteral("ko"));

    language.setChoice(Views::LanguageSettings::Choice::English);
    QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Account"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
