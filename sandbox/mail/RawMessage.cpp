#include "sandbox/mail/RawMessage.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include "sandbox/mail/MimeBuilder.h"

namespace Sandbox
{

Outcome<RawMessage> RawMessage::parse(const QByteArray &data)
{
    if (data.size() > kMaxSize)
        return ServiceError::badRequest(QStringLiteral("Message length is more than 40 megabytes."));
    if (data.trimmed().isEmpty())
        return ServiceError::badRequest(QStringLiteral("The raw message is empty."));
    RawMessage message;
    message.m_data = data;
    qsizetype pos = 0;
    QByteArray name;
    QByteArray value;
    auto flush = [&] {
        if (!name.isEmpty())
            message.m_headers.append({name, value.trimmed()});
        name.clear();
        value.clear();
    };
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArray line = data.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        if (line.isEmpty()) {
            message.m_bodyStart = pos;
            break;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (name.isEmpty())
                return ServiceError::badRequest(QStringLiteral("The raw message does not start with a header."));
            value += ' ' + line.trimmed();
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ServiceError::badRequest(
                QStringLiteral("Malformed header line in the raw message: %1").arg(QString::fromUtf8(line.left(80))));
        name = line.left(colon).trimmed();
        value = line.mid(colon + 1);
    }
    flush();
    if (message.m_bodyStart == 0)
        message.m_bodyStart = data.size();
    return message;
}

QString RawMessage::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(h.second);
    }
    return {};
}

QStringList RawMessage::addresses(const QByteArray &name) const
{
    QStringList out;
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QString value = QString::fromUtf8(h.second);
        QString current;
        bool quoted = false;
        int angle = 0;
        for (const QChar c : value) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char('<') && !quoted)
                ++angle;
            else if (c == QLatin1Char('>') && !quoted && angle > 0)
                --angle;
            if (c == QLatin1Char(',') && !quoted && angle == 0) {
                if (!current.trimmed().isEmpty())
                    out.append(decodeEncodedWords(current.trimmed()));
                current.clear();
                continue;
            }
            current += c;
        }
        if (!current.trimmed().isEmpty())
            out.append(decodeEncodedWords(current.trimmed()));
    }
    return out;
}

QString RawMessage::decodeEncodedWords(const QString &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=(\\s+(?==\\?))?"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        QByteArray bytes;
        if (m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(m.captured(3).toLatin1());
        } else {
            QByteArray q = m.captured(3).toLatin1();
            q.replace('_', ' ');
            bytes = QByteArray::fromPercentEncoding(q, '=');
        }
        QStringDecoder decoder(m.captured(1).toLatin1().constData());
        out += decoder.isValid() ? decoder.decode(bytes) : QString::fromUtf8(bytes);
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

QString RawMessage::subject() const
{
    return decodeEncodedWords(header("Subject"));
}

QByteArray RawMessage::outgoing(const QString &messageId, const QDateTime &date) const
{
    // SES overrides Message-ID and Date, strips its X-SES-* control headers, and never shows Bcc.
    QByteArray head = "Message-ID: <" + messageId.toLatin1() + ">\r\nDate: " + MimeBuilder::rfc5322Date(date) + "\r\n";
    qsizetype pos = 0;
    bool skipping = false;
    while (pos < m_bodyStart) {
        qsizetype end = m_data.indexOf('\n', pos);
        if (end < 0 || end >= m_bodyStart)
            end = m_bodyStart - 1;
        QByteArray line = m_data.mid(pos, end - pos + 1);
        pos = end + 1;
        const QByteArray bare = line.trimmed();
        if (bare.isEmpty())
            break;
        if (!line.startsWith(' ') && !line.startsWith('\t')) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            skipping = name == "message-id" || name == "date" || name == "bcc" || name.startsWith("x-ses-");
        }
        if (skipping)
            continue;
        if (!line.endsWith("\r\n")) {
            if (line.endsWith('\n'))
                line.chop(1);
            line += "\r\n";
        }
        head += line;
    }
    return head + "\r\n" + m_data.mid(m_bodyStart);
}

} // namespace Sandbox
