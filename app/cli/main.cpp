// sesdesk-cli's composition root: the real network, clock, environment and streams.
#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTextStream>

#include "models/aws/Clock.h"

#include "app/cli/commands/CliApplication.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sesdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SESDESK_VERSION));

    QNetworkAccessManager network;
    Aws::SystemClock clock;
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::CliEnvironment environment{
        &network, &clock, QProcessEnvironment::systemEnvironment(), QDir::homePath(), &out, &err};
    Cli::CliApplication cli(environment);
    return cli.run(QCoreApplication::arguments());
}
