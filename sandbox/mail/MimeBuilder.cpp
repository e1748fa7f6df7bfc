#include "sandbox/mail/MimeBuilder.h"

#include <QLocale>
#include <QStringEncoder>

#include "sandbox/state/MailAddress.h"

namespace Sandbox
{

namespace
{

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7e
            || (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')))
            return false;
    }
    return true;
}

/// The charset a part is labelled and encoded with: the caller's, when Qt knows it, else UTF-8.
QPair<QByteArray, QByteArray> encoded(const QString &text, const QString &charset)
{
    if (!charset.isEmpty() && charset.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        QStringEncoder encoder(charset.toLatin1().constData());
        if (encoder.isValid()) {
            QByteArray bytes = encoder.encode(text);
            if (!encoder.hasError())
                return {charset.toLatin1(), bytes};
        }
    }
    return {QByteArrayLiteral("UTF-8"), text.toUtf8()};
}

QByteArray normalizeLineEnds(const QByteArray &bytes)
{
    QByteArray out = bytes;
    out.replace("\r\n", "\n");
    out.replace('\r', '\n');
    out.replace("\n", "\r\n");
    return out;
}

bool needsEncoding(const QByteArray &bytes)
{
    qsizetype lineLength = 0;
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) > 0x7e)
            return true;
        if (c == '\n') {
            lineLength = 0;
            continue;
        }
        if (++lineLength > 998)
            return true;
    }
    return false;
}

QByteArray boundary(QRandomGenerator &random)
{
    QByteArray out = "----=_Part_";
    for (int i = 0; i < 24; ++i)
        out.append("0123456789abcdefghijklmnopqrstuvwxyz"[random.bounded(36)]);
    return out;
}

QByteArray textPart(const QString &text, const QString &charset, const char *subtype)
{
    const auto [label, bytes] = encoded(text, charset);
    QByteArray part = "Content-Type: text/" + QByteArray(subtype) + "; charset=" + label + kCrlf;
    if (needsEncoding(bytes)) {
        part += "Content-Transfer-Encoding: quoted-printable" + kCrlf + kCrlf;
        part += MimeBuilder::quotedPrintable(normalizeLineEnds(bytes));
    } else {
        part += "Content-Transfer-Encoding: 7bit" + kCrlf + kCrlf;
        part += normalizeLineEnds(bytes);
    }
    if (!part.endsWith(kCrlf))
        part += kCrlf;
    return part;
}

QByteArray quotedParameter(const QString &name, const QString &value)
{
    if (isAscii(value)) {
        QString escaped = value;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        return name.toLatin1() + "=\"" + escaped.toLatin1() + '"';
    }
    // RFC 2231: name*=UTF-8''percent-encoded
    return name.toLatin1() + "*=UTF-8''" + value.toUtf8().toPercentEncoding();
}

QByteArray attachmentPart(const MimeAttachment &attachment)
{
    const QString type
        = attachment.contentType.isEmpty() ? QStringLiteral("application/octet-stream") : attachment.contentType;
    QByteArray part = "Content-Type: " + type.toLatin1() + "; "
        + quotedParameter(QStringLiteral("name"), attachment.fileName) + kCrlf;
    const QByteArray disposition = attachment.disposition == QLatin1String("INLINE") ? "inline" : "attachment";
    part += "Content-Disposition: " + disposition + "; "
        + quotedParameter(QStringLiteral("filename"), attachment.fileName) + kCrlf;
    if (!attachment.contentId.isEmpty())
        part += "Content-ID: <" + attachment.contentId.toLatin1() + '>' + kCrlf;
    if (!attachment.description.isEmpty())
        part += "Content-Description: " + MimeBuilder::encodeHeaderText(attachment.description) + kCrlf;
    if (attachment.transferEncoding == QLatin1String("QUOTED_PRINTABLE")) {
        part += "Content-Transfer-Encoding: quoted-printable" + kCrlf + kCrlf
            + MimeBuilder::quotedPrintable(attachment.content);
    } else if (attachment.transferEncoding == QLatin1String("SEVEN_BIT") && !needsEncoding(attachment.content)) {
        part += "Content-Transfer-Encoding: 7bit" + kCrlf + kCrlf + normalizeLineEnds(attachment.content);
    } else {
        part += "Content-Transfer-Encoding: base64" + kCrlf + kCrlf + MimeBuilder::base64Lines(attachment.content);
    }
    if (!part.endsWith(kCrlf))
        part += kCrlf;
    return part;
}

QByteArray multipart(const QByteArray &subtype, const QList<QByteArray> &parts, QRandomGenerator &random)
{
    const QByteArray mark = boundary(random);
    QByteArray out = "Content-Type: multipart/" + subtype + "; boundary=\"" + mark + '"' + kCrlf + kCrlf;
    for (const QByteArray &part : parts)
        out += "--" + mark + kCrlf + part;
    out += "--" + mark + "--" + kCrlf;
    return out;
}

QByteArray addressList(const QStringList &addresses)
{
    QList<QByteArray> formatted;
    for (const QString &a : addresses)
        formatted.append(MimeBuilder::formatAddress(a));
    return formatted.join(", ");
}

} // namespace

QByteArray MimeBuilder::encodeHeaderText(const QString &text, const QString &charset)
{
    if (isAscii(text) && !text.contains(QLatin1String("=?")))
        return text.toUtf8();
    const QByteArray label = encoded(text, charset).first;
    // Encoded-words of at most 75 characters; split on character boundaries by encoding chunks of text.
    QList<QByteArray> words;
    QString chunk;
    const qsizetype overhead = label.size() + 7; // =?charset?B??=
    for (const QChar c : text) {
        const QString candidate = chunk + c;
        if (((encoded(candidate, QString::fromLatin1(label)).second.size() + 2) / 3) * 4 + overhead > 75
            && !chunk.isEmpty()) {
            words.append("=?" + label + "?B?" + encoded(chunk, QString::fromLatin1(label)).second.toBase64() + "?=");
            chunk.clear();
        }
        chunk += c;
    }
    if (!chunk.isEmpty())
        words.append("=?" + label + "?B?" + encoded(chunk, QString::fromLatin1(label)).second.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray MimeBuilder::formatAddress(const QString &address)
{
    const auto parsed = MailAddress::parse(address);
    if (!parsed)
        return address.toUtf8();
    if (parsed->displayName.isEmpty())
        return parsed->address.toLatin1();
    QByteArray name;
    if (isAscii(parsed->displayName)) {
        static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
        bool needsQuotes = false;
        for (const QChar c : parsed->displayName)
            needsQuotes = needsQuotes || specials.contains(c);
        QString escaped = parsed->displayName;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        name = needsQuotes ? '"' + escaped.toLatin1() + '"' : escaped.toLatin1();
    } else {
        name = encodeHeaderText(parsed->displayName);
    }
    return name + " <" + parsed->address.toLatin1() + '>';
}

QByteArray MimeBuilder::quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    qsizetype lineLength = 0;
    auto emit = [&](const QByteArray &token) {
        if (lineLength + token.size() > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += token;
        lineLength += token.size();
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            // Trailing whitespace before a line end must be encoded.
            if (out.endsWith(' ') || out.endsWith('\t')) {
                const char last = out.back();
                out.chop(1);
                out += last == ' ' ? "=20" : "=09";
            }
            out += kCrlf;
            lineLength = 0;
            ++i;
            continue;
        }
        if ((c >= 33 && c <= 126 && c != '=') || c == ' ' || c == '\t')
            emit(QByteArray(1, static_cast<char>(c)));
        else
            emit("=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0'));
    }
    return out;
}

QByteArray MimeBuilder::base64Lines(const QByteArray &bytes)
{
    const QByteArray encodedBytes = bytes.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encodedBytes.size(); i += 76)
        out += encodedBytes.mid(i, 76) + kCrlf;
    return out;
}

QByteArray MimeBuilder::rfc5322Date(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'")).toLatin1();
}

QByteArray MimeBuilder::build(const MimeContent &content, QRandomGenerator &random)
{
    QByteArray head;
    head += "From: " + formatAddress(content.from) + kCrlf;
    if (!content.to.isEmpty())
        head += "To: " + addressList(content.to) + kCrlf;
    if (!content.cc.isEmpty())
        head += "Cc: " + addressList(content.cc) + kCrlf;
    if (!content.replyTo.isEmpty())
        head += "Reply-To: " + addressList(content.replyTo) + kCrlf;
    head += "Subject: "
        + encodeHeaderText(
            content.subject, content.subjectCharset.isEmpty() ? QStringLiteral("UTF-8") : content.subjectCharset)
        + kCrlf;
    head += "Message-ID: <" + content.messageId.toLatin1() + '>' + kCrlf;
    head += "Date: " + rfc5322Date(content.date) + kCrlf;
    for (const auto &header : content.headers)
        head += header.first.toLatin1() + ": " + encodeHeaderText(header.second) + kCrlf;
    head += "MIME-Version: 1.0" + kCrlf;

    QList<QByteArray> alternatives;
    if (!content.text.isEmpty() || content.html.isEmpty())
        alternatives.append(textPart(content.text, content.textCharset, "plain"));
    if (!content.html.isEmpty())
        alternatives.append(textPart(content.html, content.htmlCharset, "html"));
    QByteArray body = alternatives.size() == 1 ? alternatives.first() : multipart("alternative", alternatives, random);

    if (!content.attachments.isEmpty()) {
        QList<QByteArray> parts{body};
        for (const MimeAttachment &attachment : content.attachments)
            parts.append(attachmentPart(attachment));
        body = multipart("mixed", parts, random);
    }
    return head + body;
}

} // namespace Sandbox
