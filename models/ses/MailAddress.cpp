#include "models/ses/MailAddress.h"

#include <QUrl>

#include "models/ses/EncodedWord.h"

namespace Ses
{

namespace
{

/// RFC 5322 atext plus the blank: names made of these need no quoting.
bool isPhraseSafe(const QString &name)
{
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == ' '
            || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

QString asciiDomain(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return address;
    const QString domain = address.mid(at + 1);
    for (const QChar c : domain) {
        if (c.unicode() > 127) {
            const QByteArray ace = QUrl::toAce(domain);
            if (!ace.isEmpty())
                return address.left(at + 1) + QString::fromLatin1(ace);
            break;
        }
    }
    return address;
}

class AddressListParser
{
public:
    explicit AddressListParser(const QString &text)
        : m_text(text)
    {
    }

    QList<MailAddress> parse()
    {
        QList<MailAddress> result;
        parseList(result, false);
        return result;
    }

private:
    bool atEnd() const
    {
        return m_pos >= m_text.size();
    }
    QChar peek() const
    {
        return atEnd() ? QChar() : m_text.at(m_pos);
    }

    QString readQuoted()
    {
        QString out;
        ++m_pos; // opening quote
        while (!atEnd() && peek() != u'"') {
            if (peek() == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            out += m_text.at(m_pos++);
        }
        ++m_pos; // closing quote
        return out;
    }

    QString readComment()
    {
        QString out;
        int depth = 0;
        do {
            const QChar c = m_text.at(m_pos++);
            if (c == u'\\' && !atEnd()) {
                out += m_text.at(m_pos++);
                continue;
            }
            if (c == u'(') {
                if (depth++ > 0)
                    out += c;
            } else if (c == u')') {
                if (--depth > 0)
                    out += c;
            } else {
                out += c;
            }
        } while (!atEnd() && depth > 0);
        return out;
    }

    /// Parses mailboxes up to the end (or, inside a group, up to ';').
    void parseList(QList<MailAddress> &result, bool inGroup)
    {
        QString phrase;
        QString address;
        QString comment;
        bool quoted = false;
        auto finish = [&]() {
            QString name = phrase.simplified();
            QString addr = address.trimmed();
            if (addr.isEmpty()) {
                // A bare addr-spec: "user@example.com" (possibly with a "(Name)" comment).
                addr = name;
                name = comment.simplified();
            }
            addr.remove(u' ');
            if (!addr.isEmpty()) {
                if (!quoted && name.contains(QStringLiteral("=?")))
                    name = EncodedWord::decode(name.toUtf8());
                result.append(MailAddress{name, addr});
            }
            phrase.clear();
            address.clear();
            comment.clear();
            quoted = false;
        };
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'"') {
                phrase += readQuoted();
                quoted = true;
            } else if (c == u'(') {
                comment += readComment();
            } else if (c == u'<') {
                ++m_pos;
                while (!atEnd() && peek() != u'>')
                    address += m_text.at(m_pos++);
                ++m_pos;
            } else if (c == u',') {
                ++m_pos;
                finish();
            } else if (c == u';' && inGroup) {
                ++m_pos;
                finish();
                return;
            } else if (c == u':' && !inGroup && address.isEmpty()) {
                ++m_pos; // "Group name: a@b, c@d;"
                phrase.clear();
                quoted = false;
                parseList(result, true);
            } else {
                phrase += c;
                ++m_pos;
            }
        }
        finish();
    }

    QString m_text;
    qsizetype m_pos = 0;
};

} // namespace

QString MailAddress::domain() const
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1);
}

QString MailAddress::toString() const
{
    if (name.isEmpty())
        return address;
    return name + QStringLiteral(" <") + address + QLatin1Char('>');
}

QByteArray MailAddress::toHeader() const
{
    const QByteArray addr = asciiDomain(address).toUtf8();
    if (name.isEmpty())
        return addr;
    QByteArray phrase;
    if (!EncodedWord::isPlainAscii(name)) {
        phrase = EncodedWord::encode(name);
    } else if (isPhraseSafe(name)) {
        phrase = name.toLatin1();
    } else {
        QString escaped = name;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        phrase = '"' + escaped.toLatin1() + '"';
    }
    return phrase + " <" + addr + '>';
}

QList<MailAddress> MailAddress::parseList(const QString &text)
{
    return AddressListParser(text).parse();
}

MailAddress MailAddress::parse(const QString &text)
{
    const QList<MailAddress> list = parseList(text);
    return list.isEmpty() ? MailAddress() : list.first();
}

QByteArray MailAddress::listToHeader(const QList<MailAddress> &addresses, int used)
{
    QByteArray out;
    int column = used;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QByteArray one = addresses.at(i).toHeader();
        if (i > 0) {
            out += ',';
            ++column;
            const int firstLine = int(one.contains('\n') ? one.indexOf('\r') : one.size());
            if (column + 1 + firstLine > 76) {
                out += "\r\n";
                column = 0;
            }
            out += ' ';
            ++column;
        }
        out += one;
        const qsizetype lastBreak = one.lastIndexOf('\n');
        column = lastBreak < 0 ? column + int(one.size()) : int(one.size() - lastBreak - 1);
    }
    return out;
}

} // namespace Ses
