#pragma once

#include <map>
#include <memory>

#include <QCoreApplication>

#include "models/connection/SandboxLauncher.h"

namespace Aws
{
class Clock;
}

/// Runs the Local Sandbox inside SesDesk: one in-process Sandbox::SandboxServer per region,
/// started on first use on a free loopback port with demo data, kept until SesDesk quits (so
/// switching regions and back finds the same state, as on SES). Each server lives in a thread
/// of its own: filling the demo account and answering requests never hold up the window.
class EmbeddedSandboxLauncher final : public Connection::SandboxLauncher
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedSandboxLauncher)

public:
    /// \a clock is read from the Sandbox threads: it must be safe to call from any thread.
    explicit EmbeddedSandboxLauncher(const Aws::Clock &clock);
    ~EmbeddedSandboxLauncher() override;

    void start(const QString &region, QObject *context, Callback done) override;

private:
    struct Region;
    static void stop(Region &region);

    const Aws::Clock &m_clock;
    std::map<QString, std::unique_ptr<Region>> m_regions;
};
