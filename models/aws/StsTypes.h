#pragma once

#include <optional>

#include <QString>

#include "models/aws/Credentials.h"

namespace Aws
{

/// STS AssumeRole input (members as in botocore's sts 2011-06-15 model).
struct AssumeRoleRequest {
    QString roleArn;
    QString roleSessionName;
    QString externalId; ///< Sent when non-empty.
    std::optional<int> durationSeconds;
};

/// STS AssumeRole output: the temporary credentials and the assumed role user.
struct AssumeRoleResult {
    Credentials credentials;
    QString assumedRoleArn; ///< AssumedRoleUser.Arn
    QString assumedRoleId; ///< AssumedRoleUser.AssumedRoleId
    QString requestId;
};

} // namespace Aws
