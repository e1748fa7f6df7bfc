#pragma once

#include <QDateTime>
#include <QString>

class QDebug;

namespace Aws {

/// An AWS access key pair, with the session token and expiry of temporary credentials. The
/// secret and token are never printed: the QDebug operator redacts them, and nothing else in
/// SesDesk formats them.
struct Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QDateTime expiration; ///< Invalid for long-term credentials.

    bool isValid() const
    {
        return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty();
    }
    bool isTemporary() const
    {
        return !sessionToken.isEmpty();
    }
    /// True when the credentials expire before now + marginSeconds (never for long-term keys).
    bool expiresWithin(const QDateTime &now, qint64 marginSeconds) const
    {
        return expiration.isValid() && now.secsTo(expiration) < marginSeconds;
    }
};

QDebug operator<<(QDebug debug, const Credentials &credentials);

} // namespace Aws
