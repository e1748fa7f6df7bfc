#pragma once

#include <QCoreApplication>

#include "models/connection/SessionFactory.h"

class QNetworkAccessManager;

namespace Aws
{
class Clock;
struct ClientConfig;
class CredentialsProvider;
} // namespace Aws

namespace Connection
{

class AwsProfileSource;
class SandboxLauncher;
class SecretStore;
class SesDeskProfileStore;
struct ResolvedConnection;

/// Builds Sessions from every kind of profile: the local Sandbox (started on demand), AWS CLI
/// profiles (through AwsProfileSource) and SesDesk's own (settings plus the SecretStore). All
/// of them talk through the same signed AwsClient.
class DefaultSessionFactory final : public SessionFactory
{
    Q_DECLARE_TR_FUNCTIONS(Connection::DefaultSessionFactory)

public:
    struct Dependencies {
        QNetworkAccessManager *network = nullptr;
        const Aws::Clock *clock = nullptr;
        SesDeskProfileStore *profiles = nullptr;
        SecretStore *secrets = nullptr;
        AwsProfileSource *awsProfiles = nullptr; ///< May be null: no AWS CLI profiles.
        SandboxLauncher *sandbox = nullptr; ///< May be null: no Local Sandbox.
    };

    explicit DefaultSessionFactory(Dependencies dependencies);

    void open(const ProfileRef &profile, const QString &region, QObject *context, Callback done) override;

    /// The display name every view uses for the embedded Sandbox.
    static QString sandboxDisplayName();

private:
    void openSandbox(const QString &region, QObject *context, Callback done);
    void openAwsCli(const ProfileRef &profile, const QString &region, QObject *context, Callback done);
    void openSesDesk(const ProfileRef &profile, const QString &region, QObject *context, Callback done);
    std::shared_ptr<Session> makeSession(
        const ProfileRef &profile, const QString &displayName, ResolvedConnection resolved) const;

    Dependencies m_deps;
};

} // namespace Connection
