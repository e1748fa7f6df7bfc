#include "models/ses/RegionTable.h"

#include <QRegularExpression>

namespace Ses
{

namespace
{

enum Flag {
    None = 0,
    Smtp = 1, ///< Has an SMTP endpoint (all but the five regions of guide L2218-2221).
    Receiving = 2, ///< Receives mail (inbound-smtp endpoint, guide L311-355).
    OwnDkimDomain = 4, ///< Easy DKIM uses dkim.<region>.amazonses.com (see below).
};

SesRegion makeRegion(const char *code, const char *displayName, int flags)
{
    const QString c = QString::fromLatin1(code);
    SesRegion r;
    r.code = c;
    r.displayNameSource = displayName;
    r.apiEndpoint = QStringLiteral("email.%1.amazonaws.com").arg(c);
    if (flags & Smtp)
        r.smtpEndpoint = QStringLiteral("email-smtp.%1.amazonaws.com").arg(c);
    if (flags & Receiving)
        r.inboundSmtpEndpoint = QStringLiteral("inbound-smtp.%1.amazonaws.com").arg(c);
    r.feedbackSmtpEndpoint = QStringLiteral("feedback-smtp.%1.amazonses.com").arg(c);
    r.dkimDomain
        = (flags & OwnDkimDomain) ? QStringLiteral("dkim.%1.amazonses.com").arg(c) : RegionTable::defaultDkimDomain();
    return r;
}

QString normalizedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

} // namespace

QString SesRegion::displayName() const
{
    if (!displayNameSource)
        return code;
    return QCoreApplication::translate("Ses::RegionTable", displayNameSource);
}

const QList<SesRegion> &RegionTable::all()
{
    // The 23 regions of the guide's feedback-endpoint table (L239-293), in its order. SMTP is
    // missing in af-south-1, ap-southeast-3, eu-south-1, il-central-1 and me-south-1
    // (L2218-2221); receiving exists only in the 11 regions of L311-350 (L352-355). The guide
    // (L9508-9511) says Cape Town, Osaka and Milan use a region-specific Easy DKIM domain from the
    // General Reference's DKIM domains table; that table gives dkim.<region>.amazonses.com for
    // those three and also for Jakarta and Tel Aviv. The DKIM target of a real identity is always
    // taken from its SigningHostedZone; this column is the fallback and the reference for
    // spotting a CNAME that points into the wrong region's zone.
    static const QList<SesRegion> regions = {
        makeRegion("us-east-2", QT_TRANSLATE_NOOP("Ses::RegionTable", "US East (Ohio)"), Smtp | Receiving),
        makeRegion("us-east-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "US East (N. Virginia)"), Smtp | Receiving),
        makeRegion("us-west-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "US West (N. California)"), Smtp),
        makeRegion("us-west-2", QT_TRANSLATE_NOOP("Ses::RegionTable", "US West (Oregon)"), Smtp | Receiving),
        makeRegion("af-south-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Africa (Cape Town)"), OwnDkimDomain),
        makeRegion("ap-southeast-3",
            QT_TRANSLATE_NOOP("Ses::RegionTable", "Asia Pacific (Jakarta)"),
            Receiving | OwnDkimDomain),
        makeRegion("ap-south-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Asia Pacific (Mumbai)"), Smtp),
        makeRegion(
            "ap-northeast-3", QT_TRANSLATE_NOOP("Ses::RegionTable", "Asia Pacific (Osaka)"), Smtp | OwnDkimDomain),
        makeRegion("ap-northeast-2", QT_TRANSLATE_NOOP("Ses::RegionTable", "Asia Pacific (Seoul)"), Smtp),
        makeRegion(
            "ap-southeast-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Asia Pacific (Singapore)"), Smtp | Receiving),
        makeRegion("ap-southeast-2", QT_TRANSLATE_NOOP("Ses::RegionTable", "Asia Pacific (Sydney)"), Smtp | Receiving),
        makeRegion("ap-northeast-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Asia Pacific (Tokyo)"), Smtp | Receiving),
        makeRegion("ca-central-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Canada (Central)"), Smtp | Receiving),
        makeRegion("eu-central-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Europe (Frankfurt)"), Smtp | Receiving),
        makeRegion("eu-west-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Europe (Ireland)"), Smtp | Receiving),
        makeRegion("eu-west-2", QT_TRANSLATE_NOOP("Ses::RegionTable", "Europe (London)"), Smtp | Receiving),
        makeRegion("eu-south-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Europe (Milan)"), OwnDkimDomain),
        makeRegion("eu-west-3", QT_TRANSLATE_NOOP("Ses::RegionTable", "Europe (Paris)"), Smtp),
        makeRegion("eu-north-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Europe (Stockholm)"), Smtp),
        makeRegion("il-central-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Israel (Tel Aviv)"), OwnDkimDomain),
        makeRegion("me-south-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "Middle East (Bahrain)"), None),
        makeRegion("sa-east-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "South America (São Paulo)"), Smtp),
        makeRegion("us-gov-west-1", QT_TRANSLATE_NOOP("Ses::RegionTable", "AWS GovCloud (US)"), Smtp),
    };
    return regions;
}

std::optional<SesRegion> RegionTable::find(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const SesRegion &r : all()) {
        if (r.code == c)
            return r;
    }
    return std::nullopt;
}

bool RegionTable::isKnown(const QString &code)
{
    return find(code).has_value();
}

bool RegionTable::isValidCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    return pattern.match(code.trimmed().toLower()).hasMatch();
}

std::optional<SesRegion> RegionTable::regionOrFallback(const QString &code)
{
    if (auto region = find(code))
        return region;
    if (!isValidCode(code))
        return std::nullopt;
    const QString c = code.trimmed().toLower();
    SesRegion r;
    r.code = c;
    r.apiEndpoint = QStringLiteral("email.%1.amazonaws.com").arg(c);
    r.feedbackSmtpEndpoint = QStringLiteral("feedback-smtp.%1.amazonses.com").arg(c);
    r.known = false;
    return r;
}

QString RegionTable::defaultDkimDomain()
{
    return QStringLiteral("dkim.amazonses.com");
}

QStringList RegionTable::regionsForDkimDomain(const QString &host)
{
    const QString h = normalizedHost(host);
    QStringList codes;
    for (const SesRegion &r : all()) {
        if (r.dkimDomain == h)
            codes << r.code;
    }
    return codes;
}

std::optional<SesRegion> RegionTable::findByFeedbackHost(const QString &host)
{
    const QString h = normalizedHost(host);
    for (const SesRegion &r : all()) {
        if (r.feedbackSmtpEndpoint == h)
            return r;
    }
    return std::nullopt;
}

std::optional<SesRegion> RegionTable::findByInboundHost(const QString &host)
{
    const QString h = normalizedHost(host);
    for (const SesRegion &r : all()) {
        if (r.receivesMail() && r.inboundSmtpEndpoint == h)
            return r;
    }
    return std::nullopt;
}

} // namespace Ses
