#include "sandbox/state/PageToken.h"

#include <QJsonObject>

namespace Sandbox
{

namespace
{
const QByteArray kMagic = QByteArrayLiteral("sesdesk-sandbox:v1:");
}

QString PageToken::encode(const QString &lastKey)
{
    return QString::fromLatin1(
        (kMagic + lastKey.toUtf8()).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Outcome<QString> PageToken::decode(const QString &token)
{
    if (token.isEmpty())
        return QString();
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kMagic))
        return ServiceError::badRequest(QStringLiteral("Invalid NextToken: %1").arg(token));
    return QString::fromUtf8(decoded.decoded.mid(kMagic.size()));
}

Outcome<int> PageToken::pageSize(const QJsonObject &input, int defaultSize, int maxSize)
{
    const QJsonValue value = input.value(QLatin1String("PageSize"));
    if (value.isUndefined() || value.isNull())
        return defaultSize;
    const int size = value.toInt();
    if (size < 1 || size > maxSize)
        return ServiceError::badRequest(QStringLiteral("PageSize must be between 1 and %1.").arg(maxSize));
    return size;
}

Outcome<PageRequest> PageToken::request(const QJsonObject &input, int defaultSize, int maxSize)
{
    const Outcome<QString> after = decode(input.value(QLatin1String("NextToken")).toString());
    if (!after)
        return after.error();
    const Outcome<int> size = pageSize(input, defaultSize, maxSize);
    if (!size)
        return size.error();
    return PageRequest{after.value(), size.value()};
}

} // namespace Sandbox
