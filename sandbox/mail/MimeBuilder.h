#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Sandbox
{

/// An attachment of SendEmail's Simple content (RawContent already base64-decoded).
struct MimeAttachment {
    QByteArray content;
    QString fileName;
    QString contentType; ///< Empty: application/octet-stream.
    QString disposition = QStringLiteral("ATTACHMENT"); ///< ATTACHMENT or INLINE.
    QString contentId;
    QString description;
    QString transferEncoding; ///< BASE64 (default), QUOTED_PRINTABLE or SEVEN_BIT.
};

/// What SES builds a message from for SendEmail's Simple (or a rendered template) content.
struct MimeContent {
    QString from; ///< "Name <addr>" or "addr", as given.
    QStringList to;
    QStringList cc;
    QStringList replyTo;
    QString subject;
    QString subjectCharset;
    QString text;
    QString textCharset;
    QString html;
    QString htmlCharset;
    QList<QPair<QString, QString>> headers; ///< Extra headers (MessageHeader list).
    QList<MimeAttachment> attachments;
    QString messageId; ///< Without angle brackets.
    QDateTime date;
};

/// Renders a message as SES does for formatted sends: RFC 5322 headers (non-ASCII display names
/// and subjects as RFC 2047 encoded-words, Message-ID and Date set by SES), text and HTML as
/// multipart/alternative, attachments in multipart/mixed, every part 7-bit safe
/// (quoted-printable or base64), CRLF line ends.
class MimeBuilder
{
public:
    static QByteArray build(const MimeContent &content, QRandomGenerator &random);

    /// An RFC 2047 encoded-word header value ("=?UTF-8?B?...?=", folded), or the text itself when ASCII.
    static QByteArray encodeHeaderText(const QString &text, const QString &charset = QStringLiteral("UTF-8"));
    /// An address with its display name encoded as needed.
    static QByteArray formatAddress(const QString &address);
    static QByteArray quotedPrintable(const QByteArray &bytes);
    static QByteArray base64Lines(const QByteArray &bytes);
    /// RFC 5322 date: "Mon, 02 Mar 2026 10:00:00 +0000".
    static QByteArray rfc5322Date(const QDateTime &time);
};

} // namespace Sandbox
