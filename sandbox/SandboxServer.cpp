#include "sandbox/SandboxServer.h"

#include <QLoggingCategory>
#include <QTcpServer>

#include "models/aws/Clock.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxParts.h"

Q_LOGGING_CATEGORY(lcSandbox, "sesdesk.sandbox")

namespace Sandbox
{

SandboxServer::SandboxServer(SandboxConfig config, const Aws::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    if (d)
        return true;
    QString storeError;
    std::unique_ptr<StateStore> store = StateStore::open(m_config.dataDir, &storeError);
    if (!store) {
        if (error)
            *error = storeError;
        return false;
    }
    auto parts = std::make_unique<Parts>(m_config, m_clock, std::move(store));
    // Components with tables of their own (the suppression list, the S3 stand-in).
    if (!parts->suppressions.initialize(&storeError) || !parts->objects.initialize(&storeError)) {
        if (error)
            *error = tr("Cannot prepare the Sandbox database: %1").arg(storeError);
        return false;
    }
    d = std::move(parts);
    installFamilies();
    registerTaggableResources();

    const QDateTime now = m_clock.nowUtc();
    d->store->begin();
    d->account.initialize(now);
    if (!d->store->commit(&storeError)) {
        if (error)
            *error = tr("Cannot initialise the Sandbox account: %1").arg(storeError);
        d.reset();
        return false;
    }
    if (m_config.demoData && d->demoDataFiller) {
        d->store->begin();
        QString demoError;
        if (!d->demoDataFiller(d->context, &demoError) || !d->store->commit(&demoError)) {
            d->store->rollback();
            if (error)
                *error = tr("Cannot fill the demo data: %1").arg(demoError);
            d.reset();
            return false;
        }
    }

    d->frontend = std::make_unique<HttpFrontend>([this](const HttpRequest &request) {
        return handle(request);
    });
    // The listening socket belongs to the front end, so it closes when the front end goes.
    auto *listener = new QTcpServer(d->frontend.get());
    if (!listener->listen(m_config.bindAddress, m_config.port)) {
        if (error) {
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(m_config.bindAddress.toString())
                         .arg(m_config.port)
                         .arg(listener->errorString());
        }
        d.reset();
        return false;
    }
    d->port = listener->serverPort();
    d->frontend->bind(listener);
    // Import jobs a crash or stop left unfinished carry on.
    d->importJobs->schedule();
    return true;
}

bool SandboxServer::isRunning() const
{
    return d && d->frontend;
}

QUrl SandboxServer::url() const
{
    if (!d)
        return {};
    QHostAddress host = m_config.bindAddress;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(d->port);
    return url;
}

quint16 SandboxServer::port() const
{
    return d ? d->port : 0;
}

Aws::Credentials SandboxServer::credentials() const
{
    Aws::Credentials credentials;
    credentials.accessKeyId = m_config.accessKeyId;
    credentials.secretAccessKey = m_config.secretAccessKey;
    return credentials;
}

HttpResponse SandboxServer::handle(const HttpRequest &request)
{
    if (!d) {
        HttpResponse response;
        response.status = 503;
        return response;
    }
    return d->router.handle(request);
}

SandboxContext &SandboxServer::context()
{
    return d->context;
}

OperationRegistry &SandboxServer::sesv2Operations()
{
    return d->sesv2.operations();
}

QueryEndpoint &SandboxServer::queryEndpoint()
{
    return d->query;
}

JsonRpcEndpoint &SandboxServer::jsonRpcEndpoint()
{
    return d->jsonRpc;
}

SandboxHooks &SandboxServer::hooks()
{
    return d->hooks;
}

ImportJobRunner &SandboxServer::importJobs()
{
    return *d->importJobs;
}

} // namespace Sandbox
