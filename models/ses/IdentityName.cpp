#include "models/ses/IdentityName.h"

#include <QRegularExpression>
#include <QUrl>

namespace Ses
{

namespace
{

Aws::AwsError invalid(const QString &message)
{
    return Aws::AwsError::local(Aws::AwsError::Kind::Usage, QStringLiteral("InvalidIdentityName"), message);
}

/// Validates and converts a domain to its ACE form; empty on failure with why set.
QString aceDomain(const QString &domain, QString *why)
{
    QString d = domain.trimmed();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (d.isEmpty()) {
        *why = IdentityName::tr("The domain is empty.");
        return {};
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(d, QUrl::AceProcessingOption(0)));
    if (ace.isEmpty()) {
        *why = IdentityName::tr("\"%1\" is not a valid internationalized domain name.").arg(d);
        return {};
    }
    if (ace.size() > 253) {
        *why = IdentityName::tr("The domain is longer than 253 characters.");
        return {};
    }
    static const QRegularExpression label(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"), QRegularExpression::CaseInsensitiveOption);
    const QStringList labels = ace.split(QLatin1Char('.'));
    if (labels.size() < 2) {
        *why = IdentityName::tr("\"%1\" has no top-level domain; enter a full domain such as example.com.").arg(d);
        return {};
    }
    for (const QString &l : labels) {
        if (l.isEmpty()) {
            *why = IdentityName::tr("\"%1\" contains an empty label (two dots in a row).").arg(d);
            return {};
        }
        if (!label.match(l).hasMatch() && !l.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive)) {
            *why = IdentityName::tr("The label \"%1\" may only contain letters, digits and hyphens, and may not start "
                                    "or end with a hyphen.")
                       .arg(l);
            return {};
        }
    }
    return ace.toLower();
}

} // namespace

Aws::Result<IdentityName> IdentityName::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(tr("Enter an email address or a domain."));
    IdentityName name;
    QString why;
    const int at = text.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString local = text.left(at);
        if (local.isEmpty())
            return invalid(tr("The email address has nothing before the @."));
        if (local.size() > 64)
            return invalid(tr("The part before the @ is longer than 64 characters."));
        for (const QChar c : local) {
            if (c.unicode() > 0x7e || c.unicode() < 0x21)
                return invalid(tr("The part before the @ must be 7-bit ASCII without spaces (SES requirement)."));
        }
        const QString domain = aceDomain(text.mid(at + 1), &why);
        if (domain.isEmpty())
            return invalid(why);
        name.m_kind = Kind::EmailAddress;
        name.m_ascii = local + QLatin1Char('@') + domain;
        name.m_unicode = local + QLatin1Char('@') + QUrl::fromAce(domain.toLatin1());
        return name;
    }
    const QString domain = aceDomain(text, &why);
    if (domain.isEmpty())
        return invalid(why);
    name.m_kind = Kind::Domain;
    name.m_ascii = domain;
    name.m_unicode = QUrl::fromAce(domain.toLatin1());
    return name;
}

QString IdentityName::domain() const
{
    const int at = m_ascii.lastIndexOf(QLatin1Char('@'));
    return at >= 0 ? m_ascii.mid(at + 1) : m_ascii;
}

} // namespace Ses
