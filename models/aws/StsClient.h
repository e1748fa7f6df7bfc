#pragma once

#include <functional>

#include <QCoreApplication>
#include <QObject>

#include "models/aws/AwsRequest.h"
#include "models/aws/Result.h"
#include "models/aws/StsTypes.h"

namespace Aws
{

class AwsClient;
class AwsJob;
struct AwsResponse;

/// The STS operations SesDesk needs (AssumeRole), over the Query protocol (version 2011-06-15,
/// signing name "sts", endpoint key "sts", so AWS_ENDPOINT_URL_STS and --endpoint-url apply).
class StsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StsClient)

public:
    static constexpr QLatin1StringView apiVersion{"2011-06-15"};
    static constexpr QLatin1StringView serviceKey{"sts"};
    static constexpr QLatin1StringView signingName{"sts"};

    explicit StsClient(AwsClient *client, QObject *parent = nullptr);

    AwsClient *awsClient() const
    {
        return m_client;
    }

    /// Calls done once on context's thread (not at all when context is destroyed first).
    AwsJob *assumeRole(
        const AssumeRoleRequest &request, QObject *context, std::function<void(Result<AssumeRoleResult>)> done);

    static AwsRequest assumeRoleRequest(const AssumeRoleRequest &request);
    static Result<AssumeRoleResult> parseAssumeRoleResponse(const AwsResponse &response);

private:
    AwsClient *m_client;
};

} // namespace Aws
