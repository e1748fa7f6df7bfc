#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include "models/ses/MailAddress.h"
#include "models/ses/MimeAttachment.h"

namespace Ses
{

/// Builds an RFC 5322 / MIME message the way SES does for SendEmail's Simple content and for
/// TestRenderEmailTemplate's RenderedTemplate: Date, From, Reply-To, To, Cc, Message-ID and
/// Subject (RFC 2047 encoded-words for non-ASCII) when given, then MIME-Version 1.0 and either
/// one text part or multipart/alternative with text/plain before text/html, inside
/// multipart/mixed when there are attachments. Bodies are UTF-8 in 7bit, quoted-printable or
/// base64 (chosen as JavaMail chooses), lines end in CRLF and encoded lines stay within 76
/// characters. Bcc recipients never appear in the message.
///
/// Nothing global: the date and Message-ID are whatever the caller sets (omitted when unset),
/// and boundaries come from a seed the caller may fix for reproducible output.
class MimeMessageBuilder
{
public:
    MimeMessageBuilder &setDate(const QDateTime &date);
    MimeMessageBuilder &setMessageId(const QString &messageId); ///< With or without the angle brackets
    MimeMessageBuilder &setFrom(const MailAddress &from);
    MimeMessageBuilder &setTo(const QList<MailAddress> &to);
    MimeMessageBuilder &setCc(const QList<MailAddress> &cc);
    MimeMessageBuilder &setReplyTo(const QList<MailAddress> &replyTo);
    MimeMessageBuilder &setSubject(const QString &subject);
    MimeMessageBuilder &setTextBody(const QString &text);
    MimeMessageBuilder &setHtmlBody(const QString &html);
    /// An extra header (sesv2 MessageHeader); false, and ignored, if SES would refuse it: the name
    /// must be printable ASCII without ':' and at most 126 characters, the value printable ASCII,
    /// at most 995 characters.
    bool addHeader(const QString &name, const QString &value);
    MimeMessageBuilder &addAttachment(const MimeAttachment &attachment);
    MimeMessageBuilder &setBoundarySeed(quint32 seed);

    QByteArray build() const;

    /// RFC 5322 date-time: "Tue, 5 Mar 2024 09:07:03 +0000", in the date's own offset.
    static QByteArray formatDate(const QDateTime &date);
    /// "Name: value" with the value encoded and folded as an unstructured header, CRLF-terminated.
    static QByteArray unstructuredHeader(const QByteArray &name, const QString &value);

private:
    QByteArray bodyPart(const QByteArray &mimeType, const QString &text) const;
    QByteArray attachmentPart(const MimeAttachment &attachment) const;
    QByteArray multipart(const QByteArray &subtype, const QList<QByteArray> &parts, QByteArray boundary) const;
    QByteArray nextBoundary() const;

    std::optional<QDateTime> m_date;
    QString m_messageId;
    MailAddress m_from;
    QList<MailAddress> m_to;
    QList<MailAddress> m_cc;
    QList<MailAddress> m_replyTo;
    QString m_subject;
    bool m_hasSubject = false;
    std::optional<QString> m_text;
    std::optional<QString> m_html;
    QList<QPair<QByteArray, QString>> m_headers;
    QList<MimeAttachment> m_attachments;
    std::optional<quint32> m_seed;
    mutable quint64 m_boundaryState = 0;
    mutable int m_boundaryCount = 0;
};

} // namespace Ses
