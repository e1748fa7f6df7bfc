#include "models/ses/MimeTransferEncoding.h"

#include <QList>

namespace Ses
{

namespace
{

const char kHex[] = "0123456789ABCDEF";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray MimeTransferEncoding::canonicalLineBreaks(const QByteArray &text)
{
    QByteArray out(text.size() * 2, Qt::Uninitialized);
    char *o = out.data();
    const char *p = text.constData();
    const char *const end = p + text.size();
    for (; p < end; ++p) {
        if (*p == '\r') {
            *o++ = '\r';
            *o++ = '\n';
            if (p + 1 < end && p[1] == '\n')
                ++p;
        } else if (*p == '\n') {
            *o++ = '\r';
            *o++ = '\n';
        } else {
            *o++ = *p;
        }
    }
    out.truncate(o - out.constData());
    return out;
}

MimeTransferEncoding::Encoding MimeTransferEncoding::chooseForText(const QByteArray &canonicalText)
{
    qsizetype ascii = 0;
    qsizetype nonAscii = 0;
    qsizetype line = 0;
    qsizetype longest = 0;
    for (const char c : canonicalText) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r' || c == '\n') {
            longest = std::max(longest, line);
            line = 0;
            ++ascii;
            continue;
        }
        ++line;
        if (u >= 0x80 || u == 0)
            ++nonAscii;
        else
            ++ascii;
    }
    longest = std::max(longest, line);
    if (nonAscii == 0)
        return longest <= 998 ? Encoding::SevenBit : Encoding::QuotedPrintable;
    return nonAscii > ascii ? Encoding::Base64 : Encoding::QuotedPrintable;
}

QByteArray MimeTransferEncoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::SevenBit:
        return QByteArrayLiteral("7bit");
    case Encoding::EightBit:
        return QByteArrayLiteral("8bit");
    case Encoding::QuotedPrintable:
        return QByteArrayLiteral("quoted-printable");
    case Encoding::Base64:
        return QByteArrayLiteral("base64");
    case Encoding::Binary:
        return QByteArrayLiteral("binary");
    }
    return QByteArrayLiteral("7bit");
}

MimeTransferEncoding::Encoding MimeTransferEncoding::fromName(const QByteArray &name)
{
    const QByteArray n = name.trimmed().toLower();
    if (n == "quoted-printable")
        return Encoding::QuotedPrintable;
    if (n == "base64")
        return Encoding::Base64;
    if (n == "8bit")
        return Encoding::EightBit;
    if (n == "binary")
        return Encoding::Binary;
    return Encoding::SevenBit;
}

QByteArray MimeTransferEncoding::encode(const QByteArray &data, Encoding encoding)
{
    switch (encoding) {
    case Encoding::QuotedPrintable:
        return encodeQuotedPrintable(data);
    case Encoding::Base64:
        return encodeBase64Lines(data);
    case Encoding::SevenBit:
    case Encoding::EightBit:
    case Encoding::Binary:
        break;
    }
    return data;
}

QByteArray MimeTransferEncoding::decode(const QByteArray &data, Encoding encoding)
{
    switch (encoding) {
    case Encoding::QuotedPrintable:
        return decodeQuotedPrintable(data);
    case Encoding::Base64:
        return QByteArray::fromBase64(data);
    case Encoding::SevenBit:
    case Encoding::EightBit:
    case Encoding::Binary:
        break;
    }
    return data;
}

QByteArray MimeTransferEncoding::encodeBase64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / MaxEncodedLine * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += MaxEncodedLine) {
        out += encoded.mid(i, MaxEncodedLine);
        out += "\r\n";
    }
    return out;
}

QByteArray MimeTransferEncoding::encodeQuotedPrintable(const QByteArray &canonicalText)
{
    // Worst case: every byte escaped (3) plus a soft break (3) every 25 bytes.
    QByteArray out(canonicalText.size() * 4 + 8, Qt::Uninitialized);
    char *o = out.data();
    const char *p = canonicalText.constData();
    const char *const end = p + canonicalText.size();
    while (p < end) {
        // One line: up to "\r\n" (a hard break) or the end of the text.
        const char *lineEnd = p;
        while (lineEnd < end && *lineEnd != '\n')
            ++lineEnd;
        const bool hardBreak = lineEnd < end;
        const char *contentEnd = hardBreak && lineEnd > p && lineEnd[-1] == '\r' ? lineEnd - 1 : lineEnd;
        int column = 0;
        for (const char *c = p; c < contentEnd; ++c) {
            const auto u = static_cast<unsigned char>(*c);
            const bool last = c + 1 == contentEnd;
            // Blanks are literal except at the end of a line, where transports may strip them.
            const bool literal = (u >= 33 && u <= 126 && u != '=') || ((u == ' ' || u == '\t') && !last);
            const int width = literal ? 1 : 3;
            // Keep room for the soft break "=" unless this is the last character of the line.
            if (column + width > (last ? MaxEncodedLine : MaxEncodedLine - 1)) {
                *o++ = '=';
                *o++ = '\r';
                *o++ = '\n';
                column = 0;
            }
            if (literal) {
                *o++ = char(u);
            } else {
                *o++ = '=';
                *o++ = kHex[u >> 4];
                *o++ = kHex[u & 0xF];
            }
            column += width;
        }
        if (hardBreak) {
            *o++ = '\r';
            *o++ = '\n';
        }
        p = hardBreak ? lineEnd + 1 : end;
    }
    out.truncate(o - out.constData());
    return out;
}

QByteArray MimeTransferEncoding::decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    const QList<QByteArray> lines = encoded.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        const bool hasBreak = l + 1 < lines.size();
        if (line.endsWith('\r'))
            line.chop(1);
        // Trailing blanks were added in transport (RFC 2045 6.7 rule 3).
        while (!line.isEmpty() && (line.endsWith(' ') || line.endsWith('\t')))
            line.chop(1);
        bool soft = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (c != '=') {
                out += c;
                continue;
            }
            if (i + 1 == line.size()) {
                soft = true;
                break;
            }
            const int hi = i + 2 < line.size() ? hexValue(line.at(i + 1)) : -1;
            const int lo = i + 2 < line.size() ? hexValue(line.at(i + 2)) : -1;
            if (hi < 0 || lo < 0) {
                out += c; // not an escape: keep it, as lenient decoders do
                continue;
            }
            out += char(hi * 16 + lo);
            i += 2;
        }
        if (hasBreak && !soft)
            out += "\r\n";
    }
    return out;
}

} // namespace Ses
