#pragma once

#include <QByteArray>
#include <QString>

namespace Ses
{

/// Content-Transfer-Encoding for MIME bodies (RFC 2045): choosing one the way JavaMail (and so
/// SES) does, encoding with lines of at most 76 characters, and decoding what others send.
class MimeTransferEncoding
{
public:
    enum class Encoding { SevenBit, EightBit, QuotedPrintable, Base64, Binary };

    /// Text with any mix of "\r\n", "\n" and "\r" line breaks, with "\r\n" everywhere.
    static QByteArray canonicalLineBreaks(const QByteArray &text);

    /// 7bit when the text is ASCII with lines of at most 998 bytes, quoted-printable when it is
    /// mostly ASCII, base64 otherwise (JavaMail's MimeUtility.getEncoding rule).
    static Encoding chooseForText(const QByteArray &canonicalText);

    /// The header value: "7bit", "quoted-printable", "base64"...
    static QByteArray name(Encoding encoding);
    /// Encoding from a Content-Transfer-Encoding value (case-insensitive; unknown: 7bit).
    static Encoding fromName(const QByteArray &name);

    /// Encodes a body. Text is expected with "\r\n" line breaks; lines end in "\r\n".
    static QByteArray encode(const QByteArray &data, Encoding encoding);
    static QByteArray decode(const QByteArray &data, Encoding encoding);

    static QByteArray encodeQuotedPrintable(const QByteArray &canonicalText);
    static QByteArray decodeQuotedPrintable(const QByteArray &encoded);
    static QByteArray encodeBase64Lines(const QByteArray &data);

    static constexpr int MaxEncodedLine = 76;
};

} // namespace Ses
