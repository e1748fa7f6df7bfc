#pragma once

#include <functional>

#include <QObject>

#include "models/aws/AwsRequest.h"
#include "models/aws/Result.h"
#include "models/ses/StatisticsTypes.h"

namespace Aws
{
class AwsClient;
class AwsJob;
struct AwsResponse;
} // namespace Aws

namespace Ses
{

/// The SES v1 (Query protocol, version 2010-12-01, endpoint key "ses", signing name "ses")
/// operations the console needs that v2 does not offer: GetSendStatistics and GetSendQuota.
/// Shapes as botocore's ses/2010-12-01 model. Each method calls done once on context's thread.
class SesV1Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SesV1Client)

public:
    static constexpr QLatin1StringView apiVersion{"2010-12-01"};
    static constexpr QLatin1StringView serviceKey{"ses"};
    static constexpr QLatin1StringView signingName{"ses"};

    explicit SesV1Client(Aws::AwsClient *client, QObject *parent = nullptr);

    Aws::AwsJob *getSendStatistics(QObject *context, std::function<void(Aws::Result<SendStatistics>)> done);
    Aws::AwsJob *getSendQuota(QObject *context, std::function<void(Aws::Result<SendQuotaResult>)> done);

    static Aws::AwsRequest request(const QString &action);
    static Aws::Result<SendStatistics> parseSendStatistics(const Aws::AwsResponse &response);
    static Aws::Result<SendQuotaResult> parseSendQuota(const Aws::AwsResponse &response);

private:
    Aws::AwsClient *m_client;
};

} // namespace Ses
