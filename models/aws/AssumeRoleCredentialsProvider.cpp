#include "models/aws/AssumeRoleCredentialsProvider.h"

#include "models/aws/Clock.h"
#include "models/aws/CredentialsLog.h"
#include "models/aws/StsClient.h"

namespace Aws
{

AssumeRoleCredentialsProvider::AssumeRoleCredentialsProvider(AssumeRoleRequest request,
    QString profileName,
    std::shared_ptr<CredentialsProvider> source,
    QNetworkAccessManager *network,
    const Clock *clock,
    ClientConfig stsConfig)
    : RefreshingCredentialsProvider(clock)
    , m_request(std::move(request))
    , m_profileName(std::move(profileName))
    , m_source(source)
    , m_client(new AwsClient(network, std::move(source), clock, std::move(stsConfig), guard()))
    , m_sts(new StsClient(m_client, guard()))
{
}

AssumeRoleCredentialsProvider::~AssumeRoleCredentialsProvider() = default;

QString AssumeRoleCredentialsProvider::description() const
{
    return tr("profile \"%1\": role %2 assumed with %3").arg(m_profileName, m_request.roleArn, m_source->description());
}

void AssumeRoleCredentialsProvider::refresh(Callback done)
{
    AssumeRoleRequest request = m_request;
    if (request.roleSessionName.isEmpty())
        request.roleSessionName = QStringLiteral("sesdesk-session-%1").arg(clock()->nowUtc().toSecsSinceEpoch());
    qCDebug(lcCredentials).noquote() << "AssumeRole" << request.roleArn << "for profile" << m_profileName << "via"
                                     << m_client->endpointFor(QStringLiteral("sts")).toDisplayString();
    const QString profile = m_profileName;
    const QString roleArn = m_request.roleArn;
    m_sts->assumeRole(request, guard(), [done, profile, roleArn](Result<AssumeRoleResult> result) {
        if (result.ok()) {
            done(result.value().credentials);
            return;
        }
        if (result.isCancelled()) {
            done(Result<Credentials>::cancelled());
            return;
        }
        AwsError error = result.error();
        error.message = tr("profile \"%1\": assuming role %2 failed: %3").arg(profile, roleArn, error.message);
        done(error);
    });
}

} // namespace Aws
