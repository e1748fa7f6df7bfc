#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Connection
{

/// A problem with one field of a profile, for the dialog to show beside that field.
struct FieldError {
    QString field; ///< "name", "region", "endpoint", "accessKeyId", "secretAccessKey"
    QString message;
};

/// One of SesDesk's own profiles. Its secret access key is never part of it: that lives in the
/// SecretStore under secretKey().
struct SesDeskProfile {
    Q_DECLARE_TR_FUNCTIONS(Connection::SesDeskProfile)

public:
    QString name;
    QString region;
    QUrl endpoint; ///< Optional: a proxy, a VPC endpoint or a local server.
    QString accessKeyId;

    /// The SecretStore key of this profile's secret access key.
    static QString secretKey(const QString &profileName)
    {
        return QStringLiteral("profile/") + profileName;
    }

    /// Checks the fields (not uniqueness, which the store knows); empty when all is well.
    QList<FieldError> validate() const;
    /// Checks a secret access key as typed (40 characters of base64 for AWS keys).
    static QList<FieldError> validateSecret(const QString &secret, bool required);
};

} // namespace Connection
