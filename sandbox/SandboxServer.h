#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QUrl>

#include "models/aws/Credentials.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/http/HttpExchange.h"

namespace Aws
{
class Clock;
}

namespace Sandbox
{

class ImportJobRunner;
class JsonRpcEndpoint;
class OperationRegistry;
class QueryEndpoint;
class SandboxHooks;
struct SandboxContext;

/// SesDesk Sandbox, a local SES-compatible server: the object the sesdesk-sandbox executable,
/// the GUI and sesdesk-cli --sandbox start (in-process, on a free loopback port by default) and
/// ask for its URL and the credentials it accepts. Clients talk to it exactly as to SES, signed
/// with SigV4, through the URL as endpoint.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    /// Fills a new account with demo content (--demo-data); installed by the demo-data family.
    using DemoDataFiller = std::function<bool(SandboxContext &context, QString *error)>;

    /// @param clock must outlive the server.
    SandboxServer(SandboxConfig config, const Aws::Clock &clock, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Opens the state (--data-dir or memory), builds the services and starts listening.
    bool start(QString *error = nullptr);
    bool isRunning() const;

    /// http://127.0.0.1:<port> (valid once started).
    QUrl url() const;
    quint16 port() const;
    /// The access key pair requests must be signed with.
    Aws::Credentials credentials() const;
    const QString &region() const
    {
        return m_config.region;
    }
    const SandboxConfig &config() const
    {
        return m_config;
    }

    /// Answers a request without a socket (tests, or an in-process transport).
    HttpResponse handle(const HttpRequest &request);

    // Extension points (valid once started).
    SandboxContext &context();
    OperationRegistry &sesv2Operations();
    QueryEndpoint &queryEndpoint();
    JsonRpcEndpoint &jsonRpcEndpoint();
    SandboxHooks &hooks();
    /// The background runner of suppression-list import jobs (tests drive it step by step).
    ImportJobRunner &importJobs();

private:
    /// Builds every family of operations and registers it: the catalogue of what the Sandbox
    /// serves (SandboxCatalogue.cpp). New families are added there.
    void installFamilies();
    void registerTaggableResources();

    struct Parts;
    SandboxConfig m_config;
    const Aws::Clock &m_clock;
    std::unique_ptr<Parts> d;
};

} // namespace Sandbox
