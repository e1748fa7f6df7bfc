#include "models/ses/DnsRecordSet.h"

#include <QRegularExpression>
#include <QUrl>

#include "models/ses/IdentityTypes.h"
#include "models/ses/RegionTable.h"

namespace Ses
{

namespace
{

Aws::AwsError usageError(const QString &code, const QString &message)
{
    return Aws::AwsError::local(Aws::AwsError::Kind::Usage, code, message);
}

QString normalizedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

bool isDnsLabel(const QString &label)
{
    // Letters, digits, hyphens; underscores too, since _domainkey-style labels are legal DNS
    // names even though they are no host names.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$"));
    return pattern.match(label).hasMatch();
}

DnsRecord makeRecord(DnsRecord::Purpose purpose,
    DnsRecord::Type type,
    const QString &name,
    const QString &unicodeName,
    const QString &value,
    DnsRecord::Requirement requirement,
    DnsRecord::Status status)
{
    DnsRecord r;
    r.purpose = purpose;
    r.type = type;
    r.name = name;
    r.unicodeName = unicodeName;
    r.value = value;
    r.requirement = requirement;
    r.status = status;
    return r;
}

} // namespace

QString DnsRecordSet::toAsciiDomain(const QString &domain)
{
    QString d = domain.trimmed();
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (d.isEmpty())
        return {};
    const QString ace = QString::fromLatin1(QUrl::toAce(d)).toLower();
    if (ace.isEmpty() || ace.size() > 253)
        return {};
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!isDnsLabel(label))
            return {};
    }
    return ace;
}

QString DnsRecordSet::toUnicodeDomain(const QString &asciiDomain)
{
    // Every label is shown decoded, whatever Qt's TLD allow-list says: the user typed it so.
    const QString unicode = QUrl::fromAce(asciiDomain.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return unicode.isEmpty() ? asciiDomain : unicode;
}

QList<DnsRecord> DnsRecordSet::records(bool includeOptional) const
{
    QList<DnsRecord> out;
    for (const DnsRecord &r : m_records) {
        if (includeOptional || r.requirement != DnsRecord::Requirement::Optional)
            out << r;
    }
    return out;
}

Aws::Result<DnsRecordSet> DnsRecordSet::fromIdentity(const EmailIdentity &identity, const Options &options)
{
    const std::optional<SesRegion> region = RegionTable::regionOrFallback(options.regionCode);
    if (!region)
        return usageError(
            QStringLiteral("InvalidRegion"), tr("\"%1\" is not an AWS region code.").arg(options.regionCode));

    DnsRecordSet set;
    set.m_identityName = identity.identityName;
    set.m_region = *region;

    const int at = identity.identityName.lastIndexOf(QLatin1Char('@'));
    const bool isEmailIdentity
        = identity.identityType == QLatin1String("EMAIL_ADDRESS") || (identity.identityType.isEmpty() && at >= 0);
    const QString rawDomain = at >= 0 ? identity.identityName.mid(at + 1) : identity.identityName;
    set.m_domain = toAsciiDomain(rawDomain);
    if (set.m_domain.isEmpty())
        return usageError(QStringLiteral("InvalidDomain"),
            tr("\"%1\" is not a valid domain name.").arg(rawDomain.isEmpty() ? identity.identityName : rawDomain));
    set.m_unicodeDomain = toUnicodeDomain(set.m_domain);
    const QString &domain = set.m_domain;
    const QString &unicodeDomain = set.m_unicodeDomain;

    // DKIM: only a domain has DKIM records; an address uses its domain's.
    if (!isEmailIdentity) {
        const DkimAttributes &dkim = identity.dkim;
        const DnsRecord::Status dkimStatus = DnsRecord::statusFromSes(dkim.status);
        const bool external = dkim.signingAttributesOrigin == QLatin1String("EXTERNAL")
            || (dkim.signingAttributesOrigin.isEmpty() && dkim.tokens.isEmpty() && !options.byoDkimSelector.isEmpty());
        if (external) {
            const QString selector
                = (options.byoDkimSelector.isEmpty() ? dkim.tokens.value(0) : options.byoDkimSelector)
                      .trimmed()
                      .toLower();
            set.m_needsByoDkimSelector = selector.isEmpty();
            if (!selector.isEmpty()) {
                if (!isDnsLabel(selector))
                    return usageError(QStringLiteral("InvalidDkimSelector"),
                        tr("The DKIM selector \"%1\" is not a valid DNS label.").arg(selector));
                QString key = options.byoDkimPublicKey;
                key.remove(QRegularExpression(QStringLiteral("\\s")));
                if (key.startsWith(QLatin1String("p="), Qt::CaseInsensitive))
                    key = key.mid(2);
                static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
                if (!key.isEmpty() && !base64.match(key).hasMatch())
                    return usageError(
                        QStringLiteral("InvalidDkimPublicKey"), tr("The DKIM public key is not base64 text."));
                const QString prefix = selector + QStringLiteral("._domainkey.");
                DnsRecord r = makeRecord(DnsRecord::Purpose::ByoDkim,
                    DnsRecord::Type::TXT,
                    prefix + domain,
                    prefix + unicodeDomain,
                    key.isEmpty() ? QString() : QStringLiteral("p=") + key,
                    DnsRecord::Requirement::Required,
                    dkimStatus);
                if (key.isEmpty())
                    r.note = tr("SES does not return the public key of a BYODKIM key pair: supply it, or the private "
                                "key it belongs to.");
                set.m_records << r;
            }
        } else if (!dkim.tokens.isEmpty()) {
            QString zone = normalizedHost(dkim.signingHostedZone);
            QString note;
            if (zone.isEmpty() && !region->dkimDomain.isEmpty()) {
                zone = region->dkimDomain;
                note = tr("SES did not return the DKIM hosted zone; the region's DKIM domain %1 is assumed.").arg(zone);
            } else if (zone.isEmpty()) {
                note = tr("SES did not return the DKIM hosted zone and the region %1 is not in SesDesk's table.")
                           .arg(region->code);
            }
            for (const QString &rawToken : dkim.tokens) {
                const QString token = rawToken.trimmed().toLower();
                if (!isDnsLabel(token))
                    return usageError(QStringLiteral("InvalidDkimToken"),
                        tr("The DKIM token \"%1\" is not a valid DNS label.").arg(rawToken));
                const QString prefix = token + QStringLiteral("._domainkey.");
                DnsRecord r = makeRecord(DnsRecord::Purpose::EasyDkim,
                    DnsRecord::Type::CNAME,
                    prefix + domain,
                    prefix + unicodeDomain,
                    zone.isEmpty() ? QString() : token + QLatin1Char('.') + zone,
                    DnsRecord::Requirement::Required,
                    dkimStatus);
                r.note = note;
                set.m_records << r;
            }
        }
    }

    // Custom MAIL FROM (guide L9840-9859): exactly one MX, priority 10, and the SPF TXT.
    if (!identity.mailFrom.mailFromDomain.trimmed().isEmpty()) {
        const QString mailFrom = toAsciiDomain(identity.mailFrom.mailFromDomain);
        if (mailFrom.isEmpty())
            return usageError(QStringLiteral("InvalidMailFromDomain"),
                tr("The MAIL FROM domain \"%1\" is not a valid domain name.").arg(identity.mailFrom.mailFromDomain));
        const QString unicodeMailFrom = toUnicodeDomain(mailFrom);
        const DnsRecord::Status status = DnsRecord::statusFromSes(identity.mailFrom.mailFromDomainStatus);
        DnsRecord mx = makeRecord(DnsRecord::Purpose::MailFromMx,
            DnsRecord::Type::MX,
            mailFrom,
            unicodeMailFrom,
            region->feedbackSmtpEndpoint,
            DnsRecord::Requirement::Required,
            status);
        mx.priority = 10;
        set.m_records << mx;
        set.m_records << makeRecord(DnsRecord::Purpose::MailFromSpf,
            DnsRecord::Type::TXT,
            mailFrom,
            unicodeMailFrom,
            QStringLiteral("v=spf1 include:amazonses.com ~all"),
            DnsRecord::Requirement::Required,
            status);
    }

    if (!isEmailIdentity && options.includeDmarc) {
        QString value = QStringLiteral("v=DMARC1; p=none");
        QString rua = options.dmarcReportAddress.trimmed();
        if (rua.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            rua = rua.mid(7);
        if (!rua.isEmpty()) {
            const int ruaAt = rua.lastIndexOf(QLatin1Char('@'));
            const QString local = ruaAt > 0 ? rua.left(ruaAt) : QString();
            const QString ruaDomain = ruaAt > 0 ? toAsciiDomain(rua.mid(ruaAt + 1)) : QString();
            // DMARC URIs give ',' and '!' a meaning (RFC 7489 §6.2) and ';' ends the tag.
            static const QRegularExpression localPart(QStringLiteral("^[A-Za-z0-9.+_=~-]+$"));
            if (ruaDomain.isEmpty() || !localPart.match(local).hasMatch())
                return usageError(QStringLiteral("InvalidDmarcReportAddress"),
                    tr("\"%1\" is not an address DMARC reports can be sent to.").arg(options.dmarcReportAddress));
            value += QStringLiteral("; rua=mailto:%1@%2").arg(local, ruaDomain);
        }
        const QString prefix = QStringLiteral("_dmarc.");
        set.m_records << makeRecord(DnsRecord::Purpose::Dmarc,
            DnsRecord::Type::TXT,
            prefix + domain,
            prefix + unicodeDomain,
            value,
            DnsRecord::Requirement::Recommended,
            DnsRecord::Status::NotApplicable);
    }

    if (!isEmailIdentity && options.includeInboundMx && region->receivesMail()) {
        DnsRecord mx = makeRecord(DnsRecord::Purpose::InboundMx,
            DnsRecord::Type::MX,
            domain,
            unicodeDomain,
            region->inboundSmtpEndpoint,
            DnsRecord::Requirement::Optional,
            DnsRecord::Status::NotApplicable);
        mx.priority = 10;
        mx.note = tr("Only if this domain's mail is to be received by SES: an MX record routes all of the domain's "
                     "mail.");
        set.m_records << mx;
    }

    for (const DnsRecord &r : std::as_const(set.m_records)) {
        if (r.name.size() > 253)
            return usageError(QStringLiteral("InvalidDomain"),
                tr("The record name %1 is longer than DNS allows (253 characters).").arg(r.name));
    }
    return set;
}

} // namespace Ses
