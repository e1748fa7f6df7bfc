#include "app/gui/EmbeddedSandboxLauncher.h"

#include <QTimer>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"

EmbeddedSandboxLauncher::EmbeddedSandboxLauncher(const Aws::Clock &clock)
    : m_clock(clock)
{
}

EmbeddedSandboxLauncher::~EmbeddedSandboxLauncher() = default;

void EmbeddedSandboxLauncher::start(const QString &region, QObject *context, Callback done)
{
    auto it = m_servers.find(region);
    if (it == m_servers.end()) {
        Sandbox::SandboxConfig config;
        config.region = region;
        config.demoData = true;
        auto server = std::make_unique<Sandbox::SandboxServer>(config, m_clock);
        QString error;
        if (!server->start(&error)) {
            QTimer::singleShot(0, context, [done = std::move(done), error] {
                done(Aws::AwsError::local(Aws::AwsError::Kind::Configuration,
                    QStringLiteral("SandboxStartFailed"),
                    tr("The Local Sandbox could not start: %1").arg(error)));
            });
            return;
        }
        it = m_servers.emplace(region, std::move(server)).first;
    }
    const Connection::SandboxEndpoint endpoint{it->second->url(), it->second->region(), it->second->credentials()};
    // Answer asynchronously, like every other way of connecting.
    QTimer::singleShot(0, context, [done = std::move(done), endpoint] {
        done(endpoint);
    });
}
