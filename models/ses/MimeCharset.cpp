#include "models/ses/MimeCharset.h"

#include <QStringDecoder>

namespace Ses
{

bool MimeCharset::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString MimeCharset::decode(const QByteArray &bytes, const QByteArray &charset)
{
    QByteArray name = charset.trimmed().toLower();
    const qsizetype language = name.indexOf('*'); // RFC 2231: "utf-8*ko"
    if (language >= 0)
        name.truncate(language);
    if (name.isEmpty() || name == "us-ascii" || name == "ascii" || name == "iso-8859-1" || name == "latin1"
        || name == "iso_8859-1") {
        // Mislabelled UTF-8 is common; ASCII labels never hide real Latin-1 beyond 7 bits anyway.
        if (name != "iso-8859-1" && name != "latin1" && name != "iso_8859-1" && isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
        return QString::fromLatin1(bytes);
    }
    QStringDecoder decoder(name.constData());
    if (decoder.isValid())
        return decoder.decode(bytes);
    return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

} // namespace Ses
