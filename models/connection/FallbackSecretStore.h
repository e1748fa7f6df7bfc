#pragma once

#include <memory>

#include "models/connection/MemorySecretStore.h"

namespace Connection
{

/// Writes to the keyring and, where there is none (no Secret Service on the bus, as in tests
/// and CI), keeps the secret in memory for this session and says so with
/// Persistence::SessionOnly, so the dialog can tell the user.
class FallbackSecretStore final : public SecretStore
{
public:
    explicit FallbackSecretStore(std::unique_ptr<SecretStore> keyring);

    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, RemoveCallback done) override;

    /// False once the keyring has answered "unavailable".
    bool keyringAvailable() const
    {
        return m_keyringAvailable;
    }

private:
    std::unique_ptr<SecretStore> m_keyring;
    MemorySecretStore m_memory;
    bool m_keyringAvailable = true;
};

} // namespace Connection
