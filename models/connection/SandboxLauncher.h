#pragma once

#include <functional>

#include <QUrl>

#include "models/aws/Credentials.h"
#include "models/aws/Result.h"

class QObject;

namespace Connection
{

/// Where a running local Sandbox listens and the credentials it accepts.
struct SandboxEndpoint {
    QUrl url;
    QString region;
    Aws::Credentials credentials;
};

/// Starts the local Sandbox (in-process, on a free loopback port, with demo data) for a
/// region, once per region, and keeps it running. Implemented in app/ over Sandbox::SandboxServer,
/// since the core does not link the Sandbox.
class SandboxLauncher
{
public:
    using Callback = std::function<void(Aws::Result<SandboxEndpoint>)>;

    virtual ~SandboxLauncher() = default;
    virtual void start(const QString &region, QObject *context, Callback done) = 0;
};

} // namespace Connection
