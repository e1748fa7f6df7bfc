// sesdesk's composition root: builds the network manager, clock, settings, keyring, profile
// sources and the embedded Sandbox, wires them into the main window, and nothing else.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include "models/aws/Clock.h"
#include "models/connection/DefaultSessionFactory.h"
#include "models/connection/FallbackSecretStore.h"
#include "models/connection/ProfileCatalog.h"
#include "models/connection/ResolverProfileSource.h"
#include "models/connection/SesDeskProfileStore.h"
#include "models/ses/StatisticsDatabase.h"
#include "models/ses/StatisticsStore.h"

#include "views/MainWindow.h"
#include "views/i18n/LanguageSettings.h"
#include "views/panes/PaneRegistry.h"
#include "views/secrets/KeychainSecretStore.h"
#include "views/widgets/MessageBoxes.h"

#ifdef SESDESK_EMBEDDED_SANDBOX
#include "app/gui/EmbeddedSandboxLauncher.h"
#endif

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SesDesk"));
    QApplication::setApplicationName(QStringLiteral("SesDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("SesDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SESDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop console for Amazon SES"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QApplication::translate("main", "Open on the Local Sandbox, whatever credentials are configured."));
    parser.addOption(sandboxOption);
    parser.process(app);

    QSettings settings;
    Views::LanguageSettings language(&settings, QLocale::system().name());
    language.apply();
    QNetworkAccessManager network;
    Aws::SystemClock clock;
    Connection::FallbackSecretStore secrets(std::make_unique<Views::KeychainSecretStore>(QStringLiteral("SesDesk")));
    Connection::SesDeskProfileStore sesDeskProfiles(&settings);
    Connection::ResolverProfileSource awsProfiles(
        QProcessEnvironment::systemEnvironment(), QDir::homePath(), &network, &clock);
#ifdef SESDESK_EMBEDDED_SANDBOX
    EmbeddedSandboxLauncher sandboxLauncher(clock);
    Connection::SandboxLauncher *sandbox = &sandboxLauncher;
#else
    Connection::SandboxLauncher *sandbox = nullptr;
#endif
    Connection::ProfileCatalog catalog(&sesDeskProfiles, &awsProfiles, sandbox != nullptr);
    Connection::DefaultSessionFactory sessions({&network, &clock, &sesDeskProfiles, &secrets, &awsProfiles, sandbox});
    Views::MessageBoxes messageBoxes;
    // The same history file sesdesk-cli keeps, so both reach back as far as either watched.
    Ses::StatisticsStore statistics(Ses::StatisticsDatabase::defaultPath(
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("XDG_DATA_HOME")), QDir::homePath()));

    Views::PaneRegistry panes;
    Views::registerDefaultPanes(panes);
    Views::MainWindow window({&sessions,
                                 &catalog,
                                 &sesDeskProfiles,
                                 &secrets,
                                 &settings,
                                 &messageBoxes,
                                 &clock,
                                 &language,
                                 &statistics,
                                 &network,
                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)},
        panes);
    window.show();
    window.start(parser.isSet(sandboxOption));
    return app.exec();
}
