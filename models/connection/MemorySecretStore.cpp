#include "models/connection/MemorySecretStore.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace Connection
{

namespace
{
// Answers on the next event-loop turn, as a keyring would, so callers never depend on
// re-entrancy.
template <typename F> void later(QObject *context, F f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}
} // namespace

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    m_secrets.insert(key, secret);
    later(context, [done = std::move(done)] {
        done(Persistence::SessionOnly);
    });
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        later(context, [done = std::move(done)] {
            done(Aws::AwsError::local(
                Aws::AwsError::Kind::Credentials, NotFoundCode, QStringLiteral("No secret stored")));
        });
        return;
    }
    later(context, [done = std::move(done), secret = *it] {
        done(secret);
    });
}

void MemorySecretStore::remove(const QString &key, QObject *context, RemoveCallback done)
{
    m_secrets.remove(key);
    later(context, [done = std::move(done)] {
        done(Aws::Empty{});
    });
}

} // namespace Connection
