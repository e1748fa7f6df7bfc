#include "models/ses/MimePart.h"

#include <QSet>

#include "models/ses/EncodedWord.h"
#include "models/ses/MimeCharset.h"
#include "models/ses/MimeTransferEncoding.h"

namespace Ses
{

namespace
{

struct Parameter {
    QByteArray name; ///< lower case, with any "*N" / "*" suffix
    QByteArray value; ///< unquoted
};

/// The "; name=value" parameters after a structured header's first token.
QList<Parameter> parameters(const QByteArray &value)
{
    QList<Parameter> out;
    qsizetype i = value.indexOf(';');
    if (i < 0)
        return out;
    const qsizetype n = value.size();
    while (i < n) {
        ++i; // ';'
        while (i < n && (value.at(i) == ' ' || value.at(i) == '\t'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && value.at(i) != '=' && value.at(i) != ';')
            ++i;
        Parameter p;
        p.name = value.mid(nameStart, i - nameStart).trimmed().toLower();
        if (i < n && value.at(i) == '=') {
            ++i;
            while (i < n && (value.at(i) == ' ' || value.at(i) == '\t'))
                ++i;
            if (i < n && value.at(i) == '"') {
                ++i;
                while (i < n && value.at(i) != '"') {
                    if (value.at(i) == '\\' && i + 1 < n)
                        ++i;
                    p.value += value.at(i++);
                }
                ++i;
                while (i < n && value.at(i) != ';')
                    ++i;
            } else {
                const qsizetype start = i;
                while (i < n && value.at(i) != ';')
                    ++i;
                p.value = value.mid(start, i - start).trimmed();
            }
        }
        if (!p.name.isEmpty())
            out.append(p);
    }
    return out;
}

QByteArray percentDecode(const QByteArray &value)
{
    return QByteArray::fromPercentEncoding(value);
}

} // namespace

QByteArray MimePart::rawHeader(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> MimePart::rawHeaders(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.second);
    }
    return out;
}

bool MimePart::hasHeader(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString MimePart::header(const QByteArray &name) const
{
    return EncodedWord::decode(rawHeader(name));
}

QByteArray MimePart::mimeType() const
{
    const QByteArray value = rawHeader("Content-Type");
    const qsizetype semicolon = value.indexOf(';');
    const QByteArray type = (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
    if (type.isEmpty() || !type.contains('/'))
        return QByteArrayLiteral("text/plain");
    return type;
}

bool MimePart::isMultipart() const
{
    return mimeType().startsWith("multipart/");
}

QString MimePart::parameter(const QByteArray &headerName, const QByteArray &name) const
{
    const QList<Parameter> params = parameters(rawHeader(headerName));
    const QByteArray wanted = name.toLower();
    for (const Parameter &p : params) {
        if (p.name == wanted) {
            return p.value.contains("=?")
                ? EncodedWord::decode(p.value)
                : (MimeCharset::isValidUtf8(p.value) ? QString::fromUtf8(p.value) : QString::fromLatin1(p.value));
        }
    }
    // RFC 2231: name*=charset'lang'value, or continuations name*0, name*1*...
    QByteArray bytes;
    QByteArray charset;
    bool found = false;
    for (const Parameter &p : params) {
        if (p.name == wanted + '*') {
            const QList<QByteArray> pieces = p.value.split('\'');
            if (pieces.size() >= 3) {
                charset = pieces.at(0);
                bytes = percentDecode(p.value.mid(pieces.at(0).size() + pieces.at(1).size() + 2));
            } else {
                bytes = percentDecode(p.value);
            }
            return MimeCharset::decode(bytes, charset.isEmpty() ? QByteArrayLiteral("utf-8") : charset);
        }
    }
    for (int index = 0;; ++index) {
        const QByteArray plain = wanted + '*' + QByteArray::number(index);
        const QByteArray extended = plain + '*';
        bool piece = false;
        for (const Parameter &p : params) {
            if (p.name == plain) {
                bytes += p.value;
                piece = true;
            } else if (p.name == extended) {
                QByteArray value = p.value;
                if (index == 0) {
                    const QList<QByteArray> pieces = value.split('\'');
                    if (pieces.size() >= 3) {
                        charset = pieces.at(0);
                        value = value.mid(pieces.at(0).size() + pieces.at(1).size() + 2);
                    }
                }
                bytes += percentDecode(value);
                piece = true;
            }
        }
        if (!piece)
            break;
        found = true;
    }
    if (!found)
        return {};
    return MimeCharset::decode(bytes, charset.isEmpty() ? QByteArrayLiteral("utf-8") : charset);
}

QByteArray MimePart::charset() const
{
    const QString value = parameter("Content-Type", "charset");
    return value.isEmpty() ? QByteArrayLiteral("us-ascii") : value.toLatin1().toLower();
}

QByteArray MimePart::decodedBody() const
{
    return MimeTransferEncoding::decode(body, MimeTransferEncoding::fromName(rawHeader("Content-Transfer-Encoding")));
}

QString MimePart::text() const
{
    return MimeCharset::decode(decodedBody(), charset());
}

QString MimePart::fileName() const
{
    const QString name = parameter("Content-Disposition", "filename");
    return name.isEmpty() ? parameter("Content-Type", "name") : name;
}

bool MimePart::isAttachment() const
{
    if (isMultipart())
        return false;
    const QByteArray disposition = rawHeader("Content-Disposition").trimmed().toLower();
    if (disposition.startsWith("attachment"))
        return true;
    if (fileName().isEmpty())
        return false;
    // A named part is an attachment unless it is a body a reader would show inline.
    return !(disposition.startsWith("inline") && mimeType().startsWith("text/"));
}

const MimePart *MimePart::findBody(const QByteArray &type) const
{
    if (!isMultipart())
        return mimeType() == type && !isAttachment() ? this : nullptr;
    for (const MimePart &child : children) {
        if (const MimePart *found = child.findBody(type))
            return found;
    }
    return nullptr;
}

QList<const MimePart *> MimePart::attachments() const
{
    QList<const MimePart *> out;
    if (isAttachment())
        out.append(this);
    for (const MimePart &child : children)
        out += child.attachments();
    return out;
}

QString MimePart::subject() const
{
    return header("Subject");
}

QList<MailAddress> MimePart::addresses(const QByteArray &headerName) const
{
    QList<MailAddress> out;
    for (const QByteArray &value : rawHeaders(headerName)) {
        const QString text = MimeCharset::isValidUtf8(value) ? QString::fromUtf8(value) : QString::fromLatin1(value);
        out += MailAddress::parseList(text);
    }
    return out;
}

MailAddress MimePart::from() const
{
    const QList<MailAddress> list = addresses("From");
    return list.isEmpty() ? MailAddress() : list.first();
}

QList<MailAddress> MimePart::to() const
{
    return addresses("To");
}

QList<MailAddress> MimePart::cc() const
{
    return addresses("Cc");
}

QList<MailAddress> MimePart::bcc() const
{
    return addresses("Bcc");
}

QList<MailAddress> MimePart::recipients() const
{
    QList<MailAddress> out;
    QSet<QString> seen;
    for (const MailAddress &a : to() + cc() + bcc()) {
        const QString key = a.address.toLower();
        if (!seen.contains(key)) {
            seen.insert(key);
            out.append(a);
        }
    }
    return out;
}

} // namespace Ses
