#include "models/aws/SmtpPassword.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "models/aws/SigV4Signer.h"

namespace Aws
{

namespace
{

// The constants of AWS's published algorithm: they are fixed, not a real date or request.
const QByteArray FixedDate = QByteArrayLiteral("11111111");
const QByteArray Service = QByteArrayLiteral("ses");
const QByteArray Terminal = QByteArrayLiteral("aws4_request");
const QByteArray Message = QByteArrayLiteral("SendRawEmail");
constexpr char Version = 0x04;

bool isRegionName(const QString &region)
{
    // "us-east-1", "ap-northeast-2", "us-gov-west-1", "il-central-1".
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    return pattern.match(region).hasMatch();
}

AwsError usageError(const QString &message)
{
    return AwsError::local(AwsError::Kind::Usage, QStringLiteral("InvalidParameterValue"), message);
}

} // namespace

Result<QString> SmtpPassword::fromSecretKey(const QString &secretAccessKey, const QString &region)
{
    if (secretAccessKey.isEmpty())
        return usageError(QCoreApplication::translate("Aws::SmtpPassword", "The secret access key is empty."));
    if (!isRegionName(region)) {
        return usageError(
            QCoreApplication::translate("Aws::SmtpPassword", "\"%1\" is not an AWS region name such as us-east-1.")
                .arg(region));
    }

    QByteArray key = "AWS4" + secretAccessKey.toUtf8();
    for (const QByteArray &data : {FixedDate, region.toUtf8(), Service, Terminal}) {
        QByteArray next = SigV4Signer::hmacSha256(key, data);
        key.fill('\0'); // key material does not outlive its use
        key = next;
    }
    QByteArray signature = Version + SigV4Signer::hmacSha256(key, Message);
    key.fill('\0');
    const QString password = QString::fromLatin1(signature.toBase64());
    signature.fill('\0');
    return password;
}

} // namespace Aws
