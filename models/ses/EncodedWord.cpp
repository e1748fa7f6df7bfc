#include "models/ses/EncodedWord.h"

#include <QRegularExpression>

#include "models/ses/MimeCharset.h"
#include "models/ses/MimeTransferEncoding.h"

namespace Ses
{

namespace
{

/// Characters Q may leave as they are in any header context (RFC 2047 5(3)).
bool qSafe(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!' || c == '*'
        || c == '+' || c == '-' || c == '/';
}

QByteArray qEncode(const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ') {
            out += '_';
        } else if (qSafe(c)) {
            out += char(c);
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray qDecode(const QByteArray &text)
{
    QByteArray underscores = text;
    underscores.replace('_', ' ');
    return MimeTransferEncoding::decodeQuotedPrintable(underscores);
}

} // namespace

bool EncodedWord::isPlainAscii(const QString &value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u > 126 || (u < 32 && u != u'\t'))
            return false;
    }
    // Text that looks like an encoded-word would be decoded by readers: encode it instead.
    return !value.contains(QStringLiteral("=?"));
}

QByteArray EncodedWord::encode(const QString &text, int used)
{
    qsizetype nonAscii = 0;
    for (const QChar c : text) {
        if (c.unicode() > 126)
            ++nonAscii;
    }
    const bool base64 = nonAscii > text.size() - nonAscii;
    const QByteArray prefix = base64 ? QByteArrayLiteral("=?UTF-8?B?") : QByteArrayLiteral("=?UTF-8?Q?");
    const int overhead = int(prefix.size()) + 2;

    auto encodedLength = [&](const QByteArray &bytes) -> qsizetype {
        return base64 ? (bytes.size() + 2) / 3 * 4 : qEncode(bytes).size();
    };

    QByteArray out;
    QByteArray chunk;
    int limit = std::max(MaxWordLength - std::max(used - 1, 0), overhead + 12);
    auto flush = [&]() {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += prefix + (base64 ? chunk.toBase64() : qEncode(chunk)) + "?=";
        chunk.clear();
        limit = MaxWordLength;
    };
    for (qsizetype i = 0; i < text.size();) {
        // One whole code point (a surrogate pair stays together).
        const qsizetype step = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, step).toUtf8();
        if (!chunk.isEmpty() && overhead + encodedLength(chunk + bytes) > limit)
            flush();
        chunk += bytes;
        i += step;
    }
    flush();
    return out;
}

QString EncodedWord::decode(const QByteArray &header)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=)"));
    const QString latin = QString::fromLatin1(header);
    QString out;
    qsizetype pos = 0;
    QByteArray pendingBytes;
    QByteArray pendingCharset;
    auto flushPending = [&]() {
        if (!pendingBytes.isEmpty())
            out += MimeCharset::decode(pendingBytes, pendingCharset);
        pendingBytes.clear();
    };
    auto appendRaw = [&](qsizetype from, qsizetype to) {
        const QByteArray raw = header.mid(from, to - from);
        out += MimeCharset::isValidUtf8(raw) ? QString::fromUtf8(raw) : QString::fromLatin1(raw);
    };
    auto it = word.globalMatch(latin);
    bool previousWasWord = false;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart();
        const QByteArray between = header.mid(pos, start - pos);
        const bool onlyWhitespace = between.trimmed().isEmpty();
        const QByteArray charset = m.captured(1).toLatin1();
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).compare(QStringLiteral("B"), Qt::CaseInsensitive) == 0
            ? QByteArray::fromBase64(payload)
            : qDecode(payload);
        if (!(previousWasWord && onlyWhitespace)) {
            flushPending();
            appendRaw(pos, start);
        } else if (charset.toLower() != pendingCharset.toLower()) {
            flushPending();
        }
        // Adjacent words in one charset are joined as bytes: senders do split characters.
        pendingCharset = charset;
        pendingBytes += bytes;
        pos = m.capturedEnd();
        previousWasWord = true;
    }
    flushPending();
    appendRaw(pos, header.size());
    return out;
}

} // namespace Ses
