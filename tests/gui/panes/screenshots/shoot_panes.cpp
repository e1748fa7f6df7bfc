// Takes the README's screenshots of the Configuration sets, Suppression list and Dedicated IPs
// panes: the main window over an in-process Sandbox filled with the demo account
// (--demo-data). Run by scripts/screenshots/panes.sh under xvfb-run:
//     shoot_panes OUTDIR en|ko
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/ProfileCatalog.h"
#include "models/connection/Session.h"
#include "models/items/DedicatedIpPoolModel.h"
#include "models/items/SuppressionListModel.h"

#include "views/MainWindow.h"
#include "views/i18n/LanguageSettings.h"
#include "views/panes/ConfigurationSetsPane.h"
#include "views/panes/DedicatedIpsPane.h"
#include "views/panes/PaneRegistry.h"
#include "views/panes/SuppressionListPane.h"
#include "views/panes/configurationsets/ConfigurationSetView.h"
#include "views/panes/configurationsets/EventDestinationsView.h"

#include "../PaneFixture.h"

using namespace TestSupport;

namespace
{

bool waitFor(const std::function<bool()> &condition, int ms = 20000)
{
    return QTest::qWaitFor(condition, ms);
}

void save(QWidget *widget, const QString &path)
{
    widget->raise();
    widget->activateWindow();
    QTest::qWait(500);
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

Views::Pane *open(Views::MainWindow &window, const QString &id)
{
    window.showPane(id);
    Views::Pane *pane = window.pane(id);
    if (!pane)
        qFatal("no pane %s", qPrintable(id));
    waitFor([pane] {
        return !pane->isLoading() && !pane->isStale();
    });
    return pane;
}

void shootConfigurationSets(Views::MainWindow &window, const QDir &out, const QString &lang)
{
    auto *pane = qobject_cast<Views::ConfigurationSetsPane *>(open(window, QStringLiteral("configurationSets")));
    QSignalSpy loaded(pane, &Views::ConfigurationSetsPane::configurationSetLoaded);
    pane->selectConfigurationSet(QStringLiteral("marketing"));
    if (!loaded.wait(10000))
        qFatal("the marketing set did not load");
    save(&window, out.filePath(QStringLiteral("configuration-sets-%1.png").arg(lang)));
    pane->view()->showDestinationsTab();
    pane->view()->destinationsView()->findChild<QTableView *>(QStringLiteral("eventDestinationTable"))->selectRow(0);
    save(&window, out.filePath(QStringLiteral("event-destinations-%1.png").arg(lang)));
}

void shootSuppressionList(Views::MainWindow &window, const QDir &out, const QString &lang)
{
    auto *pane = qobject_cast<Views::SuppressionListPane *>(open(window, QStringLiteral("suppressionList")));
    waitFor([pane] {
        return pane->account().has_value() && !pane->model()->isLoading();
    });
    Items::SuppressionListModel *model = pane->model();
    pane->selectAddresses({model->index(1, 0).data(Items::SuppressionList::EmailAddressRole).toString(),
        model->index(2, 0).data(Items::SuppressionList::EmailAddressRole).toString()});
    save(&window, out.filePath(QStringLiteral("suppression-list-%1.png").arg(lang)));
}

void shootDedicatedIps(Views::MainWindow &window, const QDir &out, const QString &lang)
{
    auto *pane = qobject_cast<Views::DedicatedIpsPane *>(open(window, QStringLiteral("dedicatedIps")));
    waitFor([pane] {
        return pane->autoWarmupEnabled().has_value() && pane->poolModel()->detailsComplete();
    });
    QSignalSpy ips(pane, &Views::DedicatedIpsPane::ipsLoaded);
    pane->selectPool(QStringLiteral("marketing-pool"));
    if (!ips.wait(10000))
        qFatal("the IPs of marketing-pool did not load");
    save(&window, out.filePath(QStringLiteral("dedicated-ips-%1.png").arg(lang)));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3)
        qFatal("usage: shoot_panes OUTDIR en|ko");
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString lang = QString::fromLatin1(argv[2]);
    QTemporaryDir home;
    QSettings settings(home.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Views::LanguageSettings language(&settings, QStringLiteral("en_US"));
    language.setChoice(lang == QLatin1String("ko") ? Views::LanguageSettings::Choice::Korean
                                                   : Views::LanguageSettings::Choice::English);

    PaneFixture fixture(PaneFixture::Options{false, true});
    if (const QString error = fixture.start(); !error.isEmpty())
        qFatal("%s", qPrintable(error));

    settings.setValue(QStringLiteral("MainWindow/pane"), QStringLiteral("account"));
    Connection::ProfileCatalog catalog(nullptr, nullptr, true);
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Views::MainWindow::Dependencies deps;
    deps.sessions = &fixture.factory;
    deps.profiles = &catalog;
    deps.settings = &settings;
    deps.messageBoxes = &fixture.boxes;
    deps.language = &language;
    deps.clock = &fixture.clock;
    deps.network = &fixture.network;
    Views::MainWindow window(deps, registry);
    window.resize(1280, 800);
    window.show();
    window.start(true);
    if (!waitFor([&window] {
            return window.session() != nullptr;
        }))
        qFatal("no session");
    shootConfigurationSets(window, out, lang);
    shootSuppressionList(window, out, lang);
    shootDedicatedIps(window, out, lang);
    return 0;
}
