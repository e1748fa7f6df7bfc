#pragma once

#include <functional>
#include <memory>

#include <QString>

#include "models/aws/Credentials.h"
#include "models/aws/Result.h"

class QObject;

namespace Aws {

/// Supplies credentials for signing, asynchronously: some sources run a process
/// (credential_process) or call STS (role_arn). Implementations cache what they fetch until
/// shortly before it expires.
class CredentialsProvider
{
public:
    using Callback = std::function<void(Result<Credentials>)>;

    virtual ~CredentialsProvider() = default;

    /// Calls done exactly once, on context's thread, unless context is destroyed first. May call
    /// it before returning when the answer is already known.
    virtual void fetch(QObject *context, Callback done) = 0;

    /// Where the credentials come from, for people: "environment", "profile prod: credentials file".
    virtual QString description() const = 0;

    /// Forgets cached credentials (after the service said they expired).
    virtual void invalidate()
    {
    }
};

/// Fixed credentials: explicit options, environment variables, a profile's static keys, or a
/// SesDesk profile whose secret came from the keychain.
class StaticCredentialsProvider final : public CredentialsProvider
{
public:
    StaticCredentialsProvider(Credentials credentials, QString description)
        : m_credentials(std::move(credentials))
        , m_description(std::move(description))
    {
    }

    void fetch(QObject *, Callback done) override
    {
        if (m_credentials.isValid())
            done(m_credentials);
        else
            done(AwsError::local(AwsError::Kind::Credentials,
                                 QStringLiteral("NoCredentials"),
                                 QStringLiteral("Incomplete credentials from %1").arg(m_description)));
    }
    QString description() const override
    {
        return m_description;
    }

private:
    Credentials m_credentials;
    QString m_description;
};

} // namespace Aws
