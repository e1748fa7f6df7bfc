#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Sandbox
{

class StateStore;

/// The Sandbox's stand-in for Amazon S3: objects by bucket and key, kept in the state store
/// (table s3_objects, same durability as everything else). SES reads import-job data from S3;
/// in the Sandbox, CreateImportJob's s3://bucket/key resolves here, objects are put and read
/// through the control API (PUT/GET/DELETE /_sandbox/s3/{bucket}/{key}), and an import job's
/// failed records are written here too.
class ObjectStore
{
public:
    struct Object {
        QString bucket;
        QString key;
        QByteArray body;
        QString contentType;
        QDateTime lastModified;
    };
    struct Summary {
        QString key;
        qint64 size = 0;
        QDateTime lastModified;
    };

    explicit ObjectStore(StateStore &store);
    bool initialize(QString *error);

    bool put(const Object &object);
    std::optional<Object> get(const QString &bucket, const QString &key) const;
    bool remove(const QString &bucket, const QString &key);
    QList<Summary> list(const QString &bucket) const;

    /// S3's rule: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending
    /// with a letter or digit.
    static bool isValidBucketName(const QString &bucket);
    /// "s3://bucket/key" split; empty when it is not such a URL.
    static std::optional<std::pair<QString, QString>> parseUrl(const QString &url);

    /// The bucket the Sandbox writes import jobs' failed records to.
    static QString failureBucket()
    {
        return QStringLiteral("sesdesk-sandbox-import-failures");
    }

private:
    StateStore &m_store;
};

} // namespace Sandbox
