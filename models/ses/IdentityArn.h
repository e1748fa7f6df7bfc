#pragma once

#include <functional>

#include <QString>

#include "models/aws/Result.h"
#include "models/ses/CallerIdentityClient.h"

namespace Aws
{
class AwsJob;
}

namespace Ses
{

class SesClient;

/// The ARN of an SES identity (arn:<partition>:ses:<region>:<account>:identity/<name>), which
/// TagResource, UntagResource and ListTagsForResource need. GetEmailIdentity does not return it,
/// so the account id comes from STS GetCallerIdentity (which every principal may call).
class IdentityArn
{
public:
    static QString make(const QString &partition, const QString &region, const QString &accountId, const QString &name);
    /// "aws", "aws-cn", "aws-us-gov": from the caller's ARN, else from the region.
    static QString partitionOf(const CallerIdentity &caller, const QString &region);
    /// The partition a region belongs to ("cn-north-1" → "aws-cn").
    static QString partitionForRegion(const QString &region);

    /// STS GetCallerIdentity (CallerIdentityClient's request) over the session's client.
    static Aws::AwsJob *fetchCaller(
        SesClient *client, QObject *context, std::function<void(Aws::Result<CallerIdentity>)> done);
};

} // namespace Ses
