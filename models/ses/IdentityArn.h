#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/aws/Result.h"

namespace Aws
{
class AwsJob;
struct AwsResponse;
} // namespace Aws

namespace Ses
{

class SesClient;

/// The ARN of an SES identity (arn:<partition>:ses:<region>:<account>:identity/<name>), which
/// TagResource, UntagResource and ListTagsForResource need. GetEmailIdentity does not return it,
/// so the account id comes from STS GetCallerIdentity (which every principal may call).
class IdentityArn
{
    Q_DECLARE_TR_FUNCTIONS(Ses::IdentityArn)

public:
    /// Who the session's credentials belong to.
    struct Caller {
        QString account; ///< "123456789012"
        QString arn; ///< "arn:aws:iam::123456789012:user/admin"
        /// "aws", "aws-cn", "aws-us-gov": from the caller's ARN.
        QString partition() const;
    };

    static QString make(const QString &partition, const QString &region, const QString &accountId, const QString &name);
    /// The partition a region belongs to ("cn-north-1" → "aws-cn"), for when no caller ARN is known.
    static QString partitionForRegion(const QString &region);

    /// STS GetCallerIdentity over the session's client (endpoint key "sts").
    static Aws::AwsJob *fetchCaller(SesClient *client, QObject *context, std::function<void(Aws::Result<Caller>)> done);
    static Aws::Result<Caller> parseCaller(const Aws::AwsResponse &response);
};

} // namespace Ses
