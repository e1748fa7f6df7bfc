#pragma once

#include <QProcessEnvironment>

#include "models/aws/ProfileResolver.h"
#include "models/connection/AwsProfileSource.h"

namespace Connection
{

/// The AWS CLI's profiles through Aws::ProfileResolver: ~/.aws/config and credentials (or
/// AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE) and the AWS_* variables of an injected
/// environment, resolved exactly as the AWS CLI does. Files are read again on every call, so
/// edits made outside SesDesk show on the next refresh.
class ResolverProfileSource final : public AwsProfileSource
{
public:
    ResolverProfileSource(
        QProcessEnvironment environment, QString homeDir, QNetworkAccessManager *network, const Aws::Clock *clock);

    Aws::Result<QStringList> profileNames() const override;
    QString profileRegion(const QString &profile) const override;
    bool hasEnvironmentCredentials() const override;
    void resolve(const QString &profile, const QString &region, QObject *context, ResolveCallback done) override;

private:
    QProcessEnvironment m_env;
    QString m_home;
    Aws::ProfileResolver m_resolver;
};

} // namespace Connection
