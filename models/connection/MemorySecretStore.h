#pragma once

#include <QHash>

#include "models/connection/SecretStore.h"

namespace Connection
{

/// Keeps secrets in memory for the running session only.
class MemorySecretStore final : public SecretStore
{
public:
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void remove(const QString &key, QObject *context, RemoveCallback done) override;

    bool contains(const QString &key) const
    {
        return m_secrets.contains(key);
    }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Connection
