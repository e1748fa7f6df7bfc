#pragma once

#include <QString>

#include "models/connection/SecretStore.h"

namespace Views
{

/// The desktop keyring through QtKeychain (Secret Service, KWallet...). It pulls in D-Bus, so
/// it lives outside the core, which only sees Connection::SecretStore. "No backend" and D-Bus
/// failures are reported as SecretStore::UnavailableCode so FallbackSecretStore keeps the
/// secret for the session instead.
class KeychainSecretStore final : public Connection::SecretStore
{
public:
    /// service: the keyring's service name ("SesDesk").
    explicit KeychainSecretStore(QString service);

    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, RemoveCallback done) override;

private:
    QString m_service;
};

} // namespace Views
