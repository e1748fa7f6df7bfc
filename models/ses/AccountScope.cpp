#include "models/ses/AccountScope.h"

#include <QUrl>

namespace Ses
{

QString AccountScope::relativePath() const
{
    return fileName(account) + QLatin1Char('/') + fileName(region);
}

QString AccountScope::fileName(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("%00");
    // toPercentEncoding keeps RFC 3986's unreserved set; "." is encoded too so no name is
    // ".", ".." or hidden.
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(), QByteArrayLiteral(".")));
}

QString AccountScope::fromFileName(const QString &name)
{
    if (name == QLatin1String("%00"))
        return {};
    return QString::fromUtf8(QByteArray::fromPercentEncoding(name.toLatin1()));
}

} // namespace Ses
