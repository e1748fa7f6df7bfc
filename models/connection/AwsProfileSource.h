#pragma once

#include <functional>

#include <QStringList>

#include "models/aws/Result.h"
#include "models/connection/ResolvedConnection.h"

class QObject;

namespace Connection
{

/// The AWS CLI's profiles (~/.aws/config and credentials, AWS_* variables), as the AWS CLI
/// resolves them. The composition root supplies the implementation over Aws::ProfileResolver.
class AwsProfileSource
{
public:
    using ResolveCallback = std::function<void(Aws::Result<ResolvedConnection>)>;

    virtual ~AwsProfileSource() = default;

    /// Profile names of both files, in the AWS CLI's order.
    virtual Aws::Result<QStringList> profileNames() const = 0;
    /// The region a profile sets (or AWS_REGION / AWS_DEFAULT_REGION); empty when none.
    virtual QString profileRegion(const QString &profile) const = 0;
    /// True when AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set.
    virtual bool hasEnvironmentCredentials() const = 0;
    /// Resolves a profile (empty: the default chain) for region (empty: the profile's own).
    virtual void resolve(const QString &profile, const QString &region, QObject *context, ResolveCallback done) = 0;
};

} // namespace Connection
