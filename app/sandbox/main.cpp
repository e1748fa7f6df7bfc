// sesdesk-sandbox: reads the command line, starts a Sandbox::SandboxServer on the wall clock and
// prints where it listens and the credentials it accepts.

#include <csignal>

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QTextStream>

#include "models/aws/Clock.h"

#include "sandbox/SandboxCommandLine.h"
#include "sandbox/SandboxServer.h"
#include <sys/socket.h>
#include <unistd.h>

namespace
{

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // Async-signal-safe: the event loop reads the pipe and quits, so the state closes cleanly.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("sesdesk-sandbox", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sesdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SESDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const Sandbox::SandboxCommandLine::Result options
        = Sandbox::SandboxCommandLine::parse(QCoreApplication::arguments());
    switch (options.action) {
    case Sandbox::SandboxCommandLine::Action::ShowHelp:
        out << options.message;
        return 0;
    case Sandbox::SandboxCommandLine::Action::ShowVersion:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case Sandbox::SandboxCommandLine::Action::Error:
        err << options.message << '\n';
        return 2;
    case Sandbox::SandboxCommandLine::Action::Run:
        break;
    }

    Aws::SystemClock clock;
    Sandbox::SandboxServer server(options.config, clock);
    QString error;
    if (!server.start(&error)) {
        err << tr("sesdesk-sandbox: %1").arg(error) << '\n';
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            QCoreApplication::quit();
        });
        std::signal(SIGINT, onTerminationSignal);
        std::signal(SIGTERM, onTerminationSignal);
    }

    const Sandbox::SandboxConfig &config = server.config();
    const QString url = server.url().toString();
    out << tr("SesDesk Sandbox is listening.") << '\n';
    // Machine-readable lines (shell syntax): tests and scripts read the URL and credentials here.
    out << "SESDESK_SANDBOX_URL=" << url << '\n';
    out << "AWS_REGION=" << config.region << '\n';
    out << "AWS_ACCESS_KEY_ID=" << config.accessKeyId << '\n';
    if (config.usesDefaultCredentials())
        out << "AWS_SECRET_ACCESS_KEY=" << config.secretAccessKey << '\n';
    else
        out << tr("# AWS_SECRET_ACCESS_KEY: the secret you gave (not shown)") << '\n';
    out << tr("State: %1")
               .arg(
                   config.dataDir.isEmpty() ? tr("in memory (lost on exit)") : QDir::toNativeSeparators(config.dataDir))
        << '\n';
    out << tr("Try: aws --endpoint-url %1 --region %2 sesv2 get-account").arg(url, config.region) << '\n';
    out << tr("Captured mail: %1/_sandbox/messages").arg(url) << '\n';
    out.flush();

    return app.exec();
}
