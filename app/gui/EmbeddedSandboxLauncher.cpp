#include "app/gui/EmbeddedSandboxLauncher.h"

#include <optional>
#include <vector>

#include <QPointer>
#include <QThread>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"

/// One region's Sandbox: its thread, the server living there, and the callers waiting for it.
struct EmbeddedSandboxLauncher::Region {
    struct Waiting {
        QPointer<QObject> context;
        Callback done;
    };

    QThread thread;
    QObject *anchor = nullptr; ///< Lives in the thread; work for the server is queued to it.
    QObject guiSide; ///< Lives on the launcher's thread; the server's answer is queued to it.
    std::unique_ptr<Sandbox::SandboxServer> server; ///< Created, used and destroyed in the thread.
    std::optional<Aws::Result<Connection::SandboxEndpoint>> answer; ///< Once the server started.
    std::vector<Waiting> waiting;

    void deliver(const Aws::Result<Connection::SandboxEndpoint> &result, Waiting waiter)
    {
        if (!waiter.context)
            return;
        // Answer asynchronously and on the caller's thread, like every other way of connecting.
        QMetaObject::invokeMethod(
            waiter.context.data(),
            [done = std::move(waiter.done), result] {
                done(result);
            },
            Qt::QueuedConnection);
    }
};

EmbeddedSandboxLauncher::EmbeddedSandboxLauncher(const Aws::Clock &clock)
    : m_clock(clock)
{
}

EmbeddedSandboxLauncher::~EmbeddedSandboxLauncher()
{
    for (auto &entry : m_regions)
        stop(*entry.second);
}

void EmbeddedSandboxLauncher::stop(Region &region)
{
    // The server's sockets and database belong to its thread: it is destroyed there.
    QMetaObject::invokeMethod(
        region.anchor,
        [r = &region] {
            r->server.reset();
        },
        Qt::BlockingQueuedConnection);
    region.thread.quit();
    region.thread.wait();
    delete region.anchor;
    region.anchor = nullptr;
}

void EmbeddedSandboxLauncher::start(const QString &region, QObject *context, Callback done)
{
    auto it = m_regions.find(region);
    if (it != m_regions.end() && it->second->answer && !it->second->answer->ok()) {
        // It failed to start before (a port or disk problem may have passed): try again.
        stop(*it->second);
        m_regions.erase(it);
        it = m_regions.end();
    }
    if (it != m_regions.end()) {
        Region &r = *it->second;
        if (r.answer)
            r.deliver(*r.answer, {context, std::move(done)});
        else
            r.waiting.push_back({context, std::move(done)});
        return;
    }

    auto owned = std::make_unique<Region>();
    Region *r = owned.get();
    r->waiting.push_back({context, std::move(done)});
    r->anchor = new QObject;
    r->anchor->moveToThread(&r->thread);
    r->thread.setObjectName(QStringLiteral("Sandbox %1").arg(region));
    r->thread.start();
    m_regions.emplace(region, std::move(owned));

    QMetaObject::invokeMethod(
        r->anchor,
        [this, r, region] {
            Sandbox::SandboxConfig config;
            config.region = region;
            config.demoData = true;
            r->server = std::make_unique<Sandbox::SandboxServer>(config, m_clock);
            QString error;
            Aws::Result<Connection::SandboxEndpoint> result = r->server->start(&error)
                ? Aws::Result<Connection::SandboxEndpoint>(
                    Connection::SandboxEndpoint{r->server->url(), r->server->region(), r->server->credentials()})
                : Aws::Result<Connection::SandboxEndpoint>(Aws::AwsError::local(Aws::AwsError::Kind::Configuration,
                    QStringLiteral("SandboxStartFailed"),
                    tr("The Local Sandbox could not start: %1").arg(error)));
            if (!result.ok())
                r->server.reset();
            QMetaObject::invokeMethod(
                &r->guiSide,
                [r, result] {
                    r->answer = result;
                    for (Region::Waiting &waiter : std::exchange(r->waiting, {}))
                        r->deliver(result, std::move(waiter));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
