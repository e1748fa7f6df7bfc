#pragma once

#include <functional>

#include <QString>

#include "models/aws/Result.h"

class QObject;

namespace Connection
{

/// Where secrets (a SesDesk profile's secret access key) are kept: the desktop keyring in
/// production (QtKeychain, in views/), memory in tests. Asynchronous because keyrings may ask
/// the user. Implementations never log or echo a secret.
class SecretStore
{
public:
    /// How long a written secret lives.
    enum class Persistence {
        Keyring, ///< Stored in the desktop keyring: survives a restart.
        SessionOnly, ///< Kept in memory until SesDesk quits (no keyring available).
    };

    using WriteCallback = std::function<void(Aws::Result<Persistence>)>;
    /// An absent secret is the error code NotFoundCode.
    using ReadCallback = std::function<void(Aws::Result<QString>)>;
    using RemoveCallback = std::function<void(Aws::Result<Aws::Empty>)>;

    static inline const QString NotFoundCode = QStringLiteral("SecretNotFound");
    /// The error code of a store that has no backend at all (no Secret Service on the bus).
    static inline const QString UnavailableCode = QStringLiteral("KeyringUnavailable");

    virtual ~SecretStore() = default;

    /// Each callback is called exactly once on context's thread, unless context is destroyed.
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) = 0;
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, RemoveCallback done) = 0;
};

} // namespace Connection
