#include "models/connection/SesDeskProfile.h"

#include <QRegularExpression>

#include "models/aws/AwsClient.h"
#include "models/ses/RegionTable.h"

namespace Connection
{

QList<FieldError> SesDeskProfile::validate() const
{
    QList<FieldError> errors;
    static const QRegularExpression nameRx(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._@+-]{0,63}$"));
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Name: enter a name for the profile.")});
    else if (!nameRx.match(name).hasMatch())
        errors.append({QStringLiteral("name"),
            tr("Name: use up to 64 letters, digits, spaces and . _ @ + -, starting with a letter or digit.")});
    if (!Ses::RegionTable::isKnown(region))
        errors.append({QStringLiteral("region"), tr("Region: choose a region where SES is offered.")});
    if (!endpoint.isEmpty()) {
        const QString scheme = endpoint.scheme();
        if (!endpoint.isValid() || endpoint.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            errors.append({QStringLiteral("endpoint"), tr("Endpoint: enter a URL such as https://email.example.com.")});
        else if (scheme == QLatin1String("http") && !Aws::AwsClient::isLoopbackHost(endpoint.host()))
            errors.append({QStringLiteral("endpoint"),
                tr("Endpoint: plain http:// is only allowed for a server on this computer (127.0.0.1); use "
                   "https://.")});
    }
    static const QRegularExpression keyIdRx(QStringLiteral("^[A-Z0-9]{16,128}$"));
    if (accessKeyId.isEmpty())
        errors.append({QStringLiteral("accessKeyId"), tr("Access key ID: enter the access key ID.")});
    else if (!keyIdRx.match(accessKeyId).hasMatch())
        errors.append({QStringLiteral("accessKeyId"),
            tr("Access key ID: expected 16 to 128 capital letters and digits, such as AKIAIOSFODNN7EXAMPLE.")});
    return errors;
}

QList<FieldError> SesDeskProfile::validateSecret(const QString &secret, bool required)
{
    QList<FieldError> errors;
    if (secret.isEmpty()) {
        if (required)
            errors.append({QStringLiteral("secretAccessKey"), tr("Secret access key: enter the secret access key.")});
        return errors;
    }
    if (secret.size() < 16 || secret.contains(QLatin1Char(' ')))
        errors.append({QStringLiteral("secretAccessKey"),
            tr("Secret access key: expected at least 16 characters without spaces (AWS keys have 40).")});
    return errors;
}

} // namespace Connection
