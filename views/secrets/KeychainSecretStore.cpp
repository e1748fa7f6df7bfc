#include "views/secrets/KeychainSecretStore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Views
{

namespace
{
Aws::AwsError keychainError(const QKeychain::Job &job)
{
    QString code;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        code = Connection::SecretStore::NotFoundCode;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what QtKeychain reports when the session bus has no Secret Service
        code = Connection::SecretStore::UnavailableCode;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        code = QStringLiteral("KeyringAccessDenied");
        break;
    default:
        code = QStringLiteral("KeyringError");
        break;
    }
    // QtKeychain's error strings describe the backend, never the secret.
    return Aws::AwsError::local(Aws::AwsError::Kind::Credentials, code, job.errorString());
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(Persistence::Keyring);
        else
            done(keychainError(*j));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        else
            done(keychainError(*j));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, RemoveCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            done(Aws::Empty{});
        else
            done(keychainError(*j));
    });
    job->start();
}

} // namespace Views
