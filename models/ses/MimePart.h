#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include "models/ses/MailAddress.h"

namespace Ses
{

/// One entity of a parsed MIME message (the message itself or one of its parts): its headers
/// as sent, its body, and its child parts when it is a multipart. Read-only accessors decode
/// what a viewer shows: header text (RFC 2047), parameters (quoted, RFC 2231), the body without
/// its transfer encoding and in its charset, recipients, attachments.
class MimePart
{
public:
    using Header = QPair<QByteArray, QByteArray>; ///< name as sent, unfolded value

    QList<Header> headers;
    QByteArray body; ///< As sent (still transfer-encoded); empty for a multipart
    QByteArray preamble; ///< Multipart only: text before the first part
    QList<MimePart> children;

    /// The first header of that name (case-insensitive), unfolded, raw; null when absent.
    QByteArray rawHeader(const QByteArray &name) const;
    QList<QByteArray> rawHeaders(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /// The header with encoded-words decoded.
    QString header(const QByteArray &name) const;

    /// "type/subtype" in lower case; text/plain when absent (RFC 2045 5.2).
    QByteArray mimeType() const;
    bool isMultipart() const;
    /// A parameter of a structured header (e.g. "charset" of Content-Type), unquoted and with RFC
    /// 2231 continuations and charsets decoded.
    QString parameter(const QByteArray &headerName, const QByteArray &parameter) const;
    QByteArray charset() const;

    /// The body without its Content-Transfer-Encoding.
    QByteArray decodedBody() const;
    /// The decoded body as text in the part's charset.
    QString text() const;

    /// The attachment's file name (Content-Disposition filename, else Content-Type name).
    QString fileName() const;
    /// Attachment disposition, or a named non-text part.
    bool isAttachment() const;

    /// The first text part of that type that is not an attachment, depth first; nullptr if none.
    const MimePart *findBody(const QByteArray &mimeType) const;
    /// Every attachment, depth first.
    QList<const MimePart *> attachments() const;

    // Message-level conveniences.
    QString subject() const;
    MailAddress from() const;
    QList<MailAddress> addresses(const QByteArray &headerName) const;
    QList<MailAddress> to() const;
    QList<MailAddress> cc() const;
    QList<MailAddress> bcc() const;
    /// To, Cc and Bcc together, without duplicates: whom SendEmail's Raw content goes to when no
    /// Destination is given.
    QList<MailAddress> recipients() const;
};

} // namespace Ses
