#pragma once

#include <map>
#include <memory>
#include <variant>

#include <QHash>
#include <QString>
#include <QStringList>

#include "sandbox/auth/AuthFailure.h"

namespace Aws
{
class Clock;
class SigV4Signer;
} // namespace Aws

namespace Sandbox
{

struct HttpRequest;

/// Who signed an accepted request.
struct AuthenticatedCaller {
    QString accessKeyId;
    QString service; ///< The signing name in the credential scope: "ses", "monitoring".
};

/// Verifies the AWS Signature Version 4 of a request the way AWS front ends do: reads the
/// Authorization header with Aws::SigV4Signer::parseAuthorization(), checks the key, the scope
/// (region, service, date) and the clock skew, recomputes the signature with
/// Aws::SigV4Signer::signatureFor() and compares in constant time.
class RequestAuthenticator
{
public:
    using Result = std::variant<AuthenticatedCaller, AuthFailure>;

    /// @param skewSeconds how far the request time may differ from the clock (AWS: 5 minutes).
    RequestAuthenticator(QString region, const Aws::Clock &clock, int skewSeconds = 300);
    ~RequestAuthenticator();
    Q_DISABLE_COPY_MOVE(RequestAuthenticator)

    void addCredentials(const QString &accessKeyId, const QString &secretAccessKey);

    /// @param services the signing names this endpoint answers to ("ses" for SES v1 and v2).
    Result verify(const HttpRequest &request, const QStringList &services) const;

    const QString &region() const
    {
        return m_region;
    }

private:
    const Aws::SigV4Signer &signerFor(const QString &service) const;

    QString m_region;
    const Aws::Clock &m_clock;
    int m_skewSeconds;
    QHash<QString, QString> m_secrets; // access key id -> secret
    mutable std::map<QString, std::unique_ptr<Aws::SigV4Signer>> m_signers; // per service, caching keys
};

} // namespace Sandbox
