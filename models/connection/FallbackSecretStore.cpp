#include "models/connection/FallbackSecretStore.h"

#include <QLoggingCategory>

namespace Connection
{

Q_LOGGING_CATEGORY(lcSecrets, "sesdesk.connection.secrets")

FallbackSecretStore::FallbackSecretStore(std::unique_ptr<SecretStore> keyring)
    : m_keyring(std::move(keyring))
    , m_keyringAvailable(m_keyring != nullptr)
{
}

void FallbackSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    if (!m_keyringAvailable) {
        m_memory.write(key, secret, context, std::move(done));
        return;
    }
    m_keyring->write(key, secret, context, [this, key, secret, context, done = std::move(done)](auto result) {
        if (result.isError() && result.error().code == UnavailableCode) {
            qCInfo(lcSecrets) << "No keyring available; keeping secrets for this session only:"
                              << result.error().message;
            m_keyringAvailable = false;
            m_memory.write(key, secret, context, done);
            return;
        }
        done(std::move(result));
    });
}

void FallbackSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (m_memory.contains(key) || !m_keyringAvailable) {
        m_memory.read(key, context, std::move(done));
        return;
    }
    m_keyring->read(key, context, [this, done = std::move(done)](Aws::Result<QString> result) {
        if (result.isError() && result.error().code == UnavailableCode) {
            m_keyringAvailable = false;
            done(Aws::AwsError::local(Aws::AwsError::Kind::Credentials, NotFoundCode, result.error().message));
            return;
        }
        done(std::move(result));
    });
}

void FallbackSecretStore::remove(const QString &key, QObject *context, RemoveCallback done)
{
    const bool inMemory = m_memory.contains(key);
    if (inMemory || !m_keyringAvailable) {
        m_memory.remove(key, context, std::move(done));
        return;
    }
    m_keyring->remove(key, context, [done = std::move(done)](Aws::Result<Aws::Empty> result) {
        if (result.isError() && (result.error().code == UnavailableCode || result.error().code == NotFoundCode))
            done(Aws::Empty{});
        else
            done(std::move(result));
    });
}

} // namespace Connection
