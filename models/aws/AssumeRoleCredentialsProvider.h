#pragma once

#include <memory>

#include "models/aws/AwsClient.h"
#include "models/aws/RefreshingCredentialsProvider.h"
#include "models/aws/StsTypes.h"

class QNetworkAccessManager;

namespace Aws
{

class StsClient;

/// Credentials of a profile with role_arn: calls STS AssumeRole, signed with the credentials of
/// its source (a source_profile's provider or the environment), and caches the temporary
/// credentials until shortly before they expire (RefreshingCredentialsProvider's windows;
/// concurrent fetches share one STS call). The STS endpoint follows the resolved configuration:
/// --endpoint-url, AWS_ENDPOINT_URL_STS, the profile's services section or endpoint_url, else
/// https://sts.<region>.amazonaws.com. Nothing is sent before the first fetch.
class AssumeRoleCredentialsProvider final : public RefreshingCredentialsProvider
{
    Q_DECLARE_TR_FUNCTIONS(Aws::AssumeRoleCredentialsProvider)

public:
    /// An empty roleSessionName becomes "sesdesk-session-<unix time>" at each call, as botocore
    /// uses "botocore-session-<unix time>".
    AssumeRoleCredentialsProvider(AssumeRoleRequest request,
        QString profileName,
        std::shared_ptr<CredentialsProvider> source,
        QNetworkAccessManager *network,
        const Clock *clock,
        ClientConfig stsConfig);
    ~AssumeRoleCredentialsProvider() override;

    QString description() const override;

    const AssumeRoleRequest &request() const
    {
        return m_request;
    }
    CredentialsProvider *sourceProvider() const
    {
        return m_source.get();
    }
    /// The client the STS calls go through (its callStarted signal counts them).
    StsClient *stsClient() const
    {
        return m_sts;
    }

protected:
    void refresh(Callback done) override;

private:
    AssumeRoleRequest m_request;
    QString m_profileName;
    std::shared_ptr<CredentialsProvider> m_source;
    AwsClient *m_client;
    StsClient *m_sts;
};

} // namespace Aws
