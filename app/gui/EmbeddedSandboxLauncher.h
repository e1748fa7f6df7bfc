#pragma once

#include <map>
#include <memory>

#include <QCoreApplication>

#include "models/connection/SandboxLauncher.h"

namespace Aws
{
class Clock;
}
namespace Sandbox
{
class SandboxServer;
}

/// Runs the Local Sandbox inside SesDesk: one in-process Sandbox::SandboxServer per region,
/// started on first use on a free loopback port with demo data, kept until SesDesk quits (so
/// switching regions and back finds the same state, as on SES).
class EmbeddedSandboxLauncher final : public Connection::SandboxLauncher
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedSandboxLauncher)

public:
    explicit EmbeddedSandboxLauncher(const Aws::Clock &clock);
    ~EmbeddedSandboxLauncher() override;

    void start(const QString &region, QObject *context, Callback done) override;

private:
    const Aws::Clock &m_clock;
    std::map<QString, std::unique_ptr<Sandbox::SandboxServer>> m_servers;
};
