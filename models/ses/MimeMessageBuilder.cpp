#include "models/ses/MimeMessageBuilder.h"

#include <QRandomGenerator>

#include "models/ses/EncodedWord.h"
#include "models/ses/MimeTransferEncoding.h"

namespace Ses
{

namespace
{

constexpr int kFoldWidth = 76;

/// Header values never carry line breaks of their own: a CR or LF would start a new header.
QString singleLine(const QString &value)
{
    QString out = value;
    for (QChar &c : out) {
        if (c == u'\r' || c == u'\n')
            c = u' ';
    }
    return out;
}

/// RFC 2231 value: UTF-8, percent-encoded except attribute characters.
QByteArray rfc2231(const QString &value)
{
    QByteArray out = "UTF-8''";
    static const char hex[] = "0123456789ABCDEF";
    for (const char ch : value.toUtf8()) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$&+-.^_`|~").contains(char(c))) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray quotedParameter(const QString &value)
{
    QString escaped = singleLine(value);
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + escaped.toLatin1() + '"';
}

struct Entity {
    QByteArray headers; ///< Content-* header lines, each CRLF-terminated
    QByteArray body;
};

QByteArray serialize(const Entity &entity)
{
    return entity.headers + "\r\n" + entity.body;
}

} // namespace

MimeMessageBuilder &MimeMessageBuilder::setDate(const QDateTime &date)
{
    m_date = date;
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setMessageId(const QString &messageId)
{
    m_messageId = messageId;
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setFrom(const MailAddress &from)
{
    m_from = from;
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setTo(const QList<MailAddress> &to)
{
    m_to = to;
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setCc(const QList<MailAddress> &cc)
{
    m_cc = cc;
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setReplyTo(const QList<MailAddress> &replyTo)
{
    m_replyTo = replyTo;
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setSubject(const QString &subject)
{
    m_subject = subject;
    m_hasSubject = true;
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setTextBody(const QString &text)
{
    m_text = text;
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setHtmlBody(const QString &html)
{
    m_html = html;
    return *this;
}

bool MimeMessageBuilder::addHeader(const QString &name, const QString &value)
{
    if (name.isEmpty() || name.size() > 126 || value.size() > 995 || name.size() + value.size() > 996)
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 33 || c.unicode() > 126 || c == u':')
            return false;
    }
    for (const QChar c : value) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return false;
    }
    m_headers.append({name.toLatin1(), value});
    return true;
}

MimeMessageBuilder &MimeMessageBuilder::addAttachment(const MimeAttachment &attachment)
{
    m_attachments.append(attachment);
    return *this;
}

MimeMessageBuilder &MimeMessageBuilder::setBoundarySeed(quint32 seed)
{
    m_seed = seed;
    return *this;
}

QByteArray MimeMessageBuilder::formatDate(const QDateTime &date)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = date.date();
    const QTime t = date.time();
    const int offset = date.offsetFromUtc() / 60;
    const int absOffset = std::abs(offset);
    return QStringLiteral("%1, %2 %3 %4 %5:%6:%7 %8%9%10")
        .arg(QLatin1String(days[d.dayOfWeek() - 1]))
        .arg(d.day())
        .arg(QLatin1String(months[d.month() - 1]))
        .arg(d.year())
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.second(), 2, 10, QLatin1Char('0'))
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(absOffset / 60, 2, 10, QLatin1Char('0'))
        .arg(absOffset % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray MimeMessageBuilder::unstructuredHeader(const QByteArray &name, const QString &value)
{
    const QString line = singleLine(value);
    const int used = int(name.size()) + 2;
    if (!EncodedWord::isPlainAscii(line))
        return name + ": " + EncodedWord::encode(line, used) + "\r\n";
    // Fold at blanks so lines stay short; a word longer than a line stays whole.
    QByteArray out = name + ':';
    int column = int(name.size()) + 1;
    const QByteArray ascii = line.toLatin1();
    const QList<QByteArray> words = ascii.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        if (column + 1 + word.size() > kFoldWidth && column > used) {
            out += "\r\n";
            column = 0;
        }
        out += ' ' + word;
        column += 1 + int(word.size());
    }
    return out + "\r\n";
}

QByteArray MimeMessageBuilder::nextBoundary() const
{
    quint64 random = 0;
    if (m_seed) {
        QRandomGenerator generator(*m_seed + quint32(m_boundaryCount));
        random = generator.generate64();
    } else {
        random = QRandomGenerator::system()->generate64();
    }
    return QByteArrayLiteral("----=_Part_") + QByteArray::number(m_boundaryCount++) + '_'
        + QByteArray::number(random, 16).rightJustified(16, '0');
}

QByteArray MimeMessageBuilder::bodyPart(const QByteArray &mimeType, const QString &text) const
{
    const QByteArray bytes = MimeTransferEncoding::canonicalLineBreaks(text.toUtf8());
    const MimeTransferEncoding::Encoding encoding = MimeTransferEncoding::chooseForText(bytes);
    Entity entity;
    entity.headers = "Content-Type: " + mimeType + "; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: " + MimeTransferEncoding::name(encoding) + "\r\n";
    entity.body = MimeTransferEncoding::encode(bytes, encoding);
    return serialize(entity);
}

QByteArray MimeMessageBuilder::attachmentPart(const MimeAttachment &attachment) const
{
    using TE = MimeAttachment::TransferEncoding;
    const QString fileName = singleLine(attachment.fileName);
    const bool asciiName = EncodedWord::isPlainAscii(fileName);
    const QByteArray nameParameter = asciiName ? quotedParameter(fileName) : '"' + EncodedWord::encode(fileName) + '"';
    const QByteArray type
        = attachment.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : attachment.contentType;
    Entity entity;
    entity.headers = "Content-Type: " + type + ";\r\n name=" + nameParameter + "\r\n";
    entity.headers += attachment.disposition == MimeAttachment::Disposition::Inline ? "Content-Disposition: inline"
                                                                                    : "Content-Disposition: attachment";
    entity.headers
        += asciiName ? ";\r\n filename=" + quotedParameter(fileName) : ";\r\n filename*=" + rfc2231(fileName);
    entity.headers += "\r\n";
    if (!attachment.contentId.isEmpty()) {
        QString id = singleLine(attachment.contentId);
        if (!id.startsWith(u'<'))
            id = QLatin1Char('<') + id + QLatin1Char('>');
        entity.headers += "Content-ID: " + id.toUtf8() + "\r\n";
    }
    if (!attachment.description.isEmpty())
        entity.headers += unstructuredHeader("Content-Description", attachment.description);
    MimeTransferEncoding::Encoding encoding = MimeTransferEncoding::Encoding::Base64;
    QByteArray content = attachment.content;
    if (attachment.transferEncoding == TE::QuotedPrintable) {
        encoding = MimeTransferEncoding::Encoding::QuotedPrintable;
        content = MimeTransferEncoding::canonicalLineBreaks(content);
    } else if (attachment.transferEncoding == TE::SevenBit) {
        encoding = MimeTransferEncoding::Encoding::SevenBit;
        content = MimeTransferEncoding::canonicalLineBreaks(content);
    }
    entity.headers += "Content-Transfer-Encoding: " + MimeTransferEncoding::name(encoding) + "\r\n";
    entity.body = MimeTransferEncoding::encode(content, encoding);
    return serialize(entity);
}

QByteArray MimeMessageBuilder::multipart(
    const QByteArray &subtype, const QList<QByteArray> &parts, QByteArray boundary) const
{
    auto clashes = [&](const QByteArray &candidate) {
        for (const QByteArray &part : parts) {
            if (part.contains(candidate))
                return true;
        }
        return false;
    };
    while (clashes(boundary))
        boundary = nextBoundary();
    Entity entity;
    entity.headers = "Content-Type: multipart/" + subtype + ";\r\n boundary=\"" + boundary + "\"\r\n";
    for (const QByteArray &part : parts)
        entity.body += "--" + boundary + "\r\n" + part + "\r\n";
    entity.body += "--" + boundary + "--\r\n";
    return serialize(entity);
}

QByteArray MimeMessageBuilder::build() const
{
    m_boundaryCount = 0;
    QByteArray headers;
    if (m_date)
        headers += "Date: " + formatDate(*m_date) + "\r\n";
    if (!m_from.isEmpty())
        headers += "From: " + m_from.toHeader() + "\r\n";
    if (!m_replyTo.isEmpty())
        headers += "Reply-To: " + MailAddress::listToHeader(m_replyTo, 10) + "\r\n";
    if (!m_to.isEmpty())
        headers += "To: " + MailAddress::listToHeader(m_to, 4) + "\r\n";
    if (!m_cc.isEmpty())
        headers += "Cc: " + MailAddress::listToHeader(m_cc, 4) + "\r\n";
    if (!m_messageId.isEmpty()) {
        QString id = singleLine(m_messageId);
        if (!id.startsWith(u'<'))
            id = QLatin1Char('<') + id + QLatin1Char('>');
        headers += "Message-ID: " + id.toUtf8() + "\r\n";
    }
    if (m_hasSubject)
        headers += unstructuredHeader("Subject", m_subject);
    for (const auto &[name, value] : m_headers)
        headers += unstructuredHeader(name, value);
    headers += "MIME-Version: 1.0\r\n";

    QList<QByteArray> alternatives;
    if (m_text)
        alternatives.append(bodyPart("text/plain", *m_text));
    if (m_html)
        alternatives.append(bodyPart("text/html", *m_html));
    if (alternatives.isEmpty())
        alternatives.append(bodyPart("text/plain", QString()));
    QByteArray content
        = alternatives.size() == 1 ? alternatives.first() : multipart("alternative", alternatives, nextBoundary());
    if (!m_attachments.isEmpty()) {
        QList<QByteArray> parts{content};
        for (const MimeAttachment &attachment : m_attachments)
            parts.append(attachmentPart(attachment));
        content = multipart("mixed", parts, nextBoundary());
    }
    return headers + content;
}

} // namespace Ses
