#pragma once

#include <QByteArray>
#include <QString>

namespace Ses
{

/// An attachment for MimeMessageBuilder, shaped like the sesv2 Attachment structure
/// (FileName, RawContent, ContentType, ContentDisposition, ContentId, ContentDescription,
/// ContentTransferEncoding).
struct MimeAttachment {
    enum class Disposition { Attachment, Inline };
    enum class TransferEncoding { Base64, QuotedPrintable, SevenBit };

    QString fileName;
    QByteArray content; ///< The raw bytes (not base64).
    QByteArray contentType = QByteArrayLiteral("application/octet-stream");
    Disposition disposition = Disposition::Attachment;
    QString contentId; ///< For INLINE parts referenced as cid: from the HTML.
    QString description;
    TransferEncoding transferEncoding = TransferEncoding::Base64;
};

} // namespace Ses
