#include "sandbox/state/MailAddress.h"

#include <QStringList>

namespace Sandbox
{

namespace
{

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7e || c.unicode() < 0x21)
            return false;
    }
    return true;
}

} // namespace

QString MailAddress::withoutLabel() const
{
    const qsizetype plus = localPart.indexOf(QLatin1Char('+'));
    if (plus <= 0)
        return address;
    return localPart.left(plus) + QLatin1Char('@') + domain;
}

bool MailAddress::isValidDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253 || !isAscii(domain))
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'))
                return false;
        }
    }
    return true;
}

bool MailAddress::isValidLocalPart(const QString &local)
{
    if (local.isEmpty() || local.size() > 64 || !isAscii(local))
        return false;
    if (local.startsWith(QLatin1Char('"')) && local.endsWith(QLatin1Char('"')) && local.size() >= 2)
        return true;
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return false;
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    for (const QChar c : local) {
        if (!c.isLetterOrNumber() && !specials.contains(c))
            return false;
    }
    return true;
}

std::optional<MailAddress> MailAddress::parse(const QString &input)
{
    const QString text = input.trimmed();
    MailAddress out;
    QString addr = text;
    const qsizetype open = text.lastIndexOf(QLatin1Char('<'));
    if (open >= 0) {
        if (!text.endsWith(QLatin1Char('>')))
            return std::nullopt;
        addr = text.mid(open + 1, text.size() - open - 2).trimmed();
        QString name = text.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            name = name.mid(1, name.size() - 2);
            name.replace(QLatin1String("\\\""), QLatin1String("\""));
            name.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        out.displayName = name;
    } else if (text.contains(QLatin1Char('>'))) {
        return std::nullopt;
    }
    const qsizetype at = addr.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == addr.size() - 1)
        return std::nullopt;
    out.localPart = addr.left(at);
    out.domain = addr.mid(at + 1);
    if (!isValidLocalPart(out.localPart) || !isValidDomain(out.domain))
        return std::nullopt;
    out.address = out.localPart + QLatin1Char('@') + out.domain;
    return out;
}

} // namespace Sandbox
