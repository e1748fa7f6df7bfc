#pragma once

#include <functional>

#include <QObject>

#include "models/aws/AwsRequest.h"
#include "models/aws/Result.h"

namespace Aws
{
class AwsClient;
class AwsJob;
struct AwsResponse;
} // namespace Aws

namespace Ses
{

/// STS GetCallerIdentity's answer.
struct CallerIdentity {
    QString account;
    QString arn;
    QString userId;
};

/// Asks STS (Query protocol, 2011-06-15, endpoint key "sts") which account the credentials
/// belong to: the key under which statistics history is kept (see StatisticsScope). Any
/// credentials may call it; no IAM permission is needed.
class CallerIdentityClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallerIdentityClient)

public:
    explicit CallerIdentityClient(Aws::AwsClient *client, QObject *parent = nullptr);

    Aws::AwsJob *getCallerIdentity(QObject *context, std::function<void(Aws::Result<CallerIdentity>)> done);

    static Aws::AwsRequest request();
    static Aws::Result<CallerIdentity> parse(const Aws::AwsResponse &response);

private:
    Aws::AwsClient *m_client;
};

} // namespace Ses
