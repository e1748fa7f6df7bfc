#pragma once

#include <memory>
#include <optional>

#include <QNetworkAccessManager>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/SesClient.h"

#include "sandbox/SandboxServer.h"
#include "tests/support/FakeClock.h"

namespace TestSupport
{

/// An in-process SesDesk Sandbox on a free loopback port and a signed SesClient talking to it,
/// for item-model tests that need a real SES v2 endpoint (paging, filters, errors).
class InProcessSandbox
{
public:
    explicit InProcessSandbox(bool production = true)
    {
        Sandbox::SandboxConfig config;
        config.production = production;
        config.checkResponses = true;
        m_server = std::make_unique<Sandbox::SandboxServer>(config, clock);
    }

    /// Starts the server and the client; empty on success, else why not.
    QString start()
    {
        QString error;
        if (!m_server->start(&error))
            return error;
        Aws::ClientConfig config;
        config.endpointOverride = m_server->url();
        config.managementRatePerSecond = 0;
        m_aws = std::make_unique<Aws::AwsClient>(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(m_server->credentials(), QStringLiteral("sandbox")),
            &clock,
            config);
        m_ses = std::make_unique<Ses::SesClient>(m_aws.get());
        return {};
    }

    Ses::SesClient *ses() const
    {
        return m_ses.get();
    }
    Sandbox::SandboxServer &server() const
    {
        return *m_server;
    }

    /// Sends any request and waits for it; the answer, or an error text.
    QString call(Aws::AwsRequest request)
    {
        std::optional<QString> outcome;
        QObject context;
        m_ses->call(std::move(request), &context, [&outcome](Aws::Result<Aws::AwsResponse> r) {
            outcome = r.ok() ? QString() : (r.isError() ? r.error().toString() : QStringLiteral("cancelled"));
        });
        if (!QTest::qWaitFor(
                [&outcome] {
                    return outcome.has_value();
                },
                10000))
            return QStringLiteral("timeout");
        return *outcome;
    }

    FakeClock clock{QDateTime::currentDateTimeUtc()};

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<Aws::AwsClient> m_aws;
    std::unique_ptr<Ses::SesClient> m_ses;
};

} // namespace TestSupport
