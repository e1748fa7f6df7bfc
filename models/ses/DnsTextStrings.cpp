#include "models/ses/DnsTextStrings.h"

#include <QStringList>

namespace Ses
{

QList<QByteArray> DnsTextStrings::split(const QByteArray &text, int maxBytes)
{
    QList<QByteArray> parts;
    if (text.isEmpty()) {
        parts << QByteArray();
        return parts;
    }
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = qMin(pos + maxBytes, text.size());
        // Step back over UTF-8 continuation bytes so a character is never cut in two.
        while (end < text.size() && end > pos && (static_cast<unsigned char>(text.at(end)) & 0xC0) == 0x80)
            --end;
        if (end == pos)
            end = qMin(pos + maxBytes, text.size());
        parts << text.mid(pos, end - pos);
        pos = end;
    }
    return parts;
}

QString DnsTextStrings::quote(const QByteArray &string)
{
    QString out;
    out.reserve(string.size() + 2);
    out += QLatin1Char('"');
    for (const char c : string) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += QLatin1Char('\\');
            out += QLatin1Char(c);
        } else if (byte < 0x20 || byte > 0x7E) {
            out += QStringLiteral("\\%1").arg(byte, 3, 10, QLatin1Char('0'));
        } else {
            out += QLatin1Char(c);
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString DnsTextStrings::presentation(const QString &text)
{
    QStringList quoted;
    for (const QByteArray &part : split(text.toUtf8()))
        quoted << quote(part);
    return quoted.join(QLatin1Char(' '));
}

} // namespace Ses
