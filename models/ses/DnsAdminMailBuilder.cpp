#include "models/ses/DnsAdminMailBuilder.h"

#include <QCoreApplication>

#include "models/ses/DnsRecordSet.h"
#include "models/ses/PlainTextRecordExporter.h"

namespace Ses
{

namespace
{

constexpr const char *Context = "Ses::DnsAdminMailBuilder";

} // namespace

DnsAdminMailBuilder::DnsAdminMailBuilder(TranslateFunction translate)
    : m_translate(std::move(translate))
{
    if (!m_translate) {
        m_translate = [](const char *context, const char *sourceText, const char *disambiguation, int n) {
            return QCoreApplication::translate(context, sourceText, disambiguation, n);
        };
    }
}

QString DnsAdminMailBuilder::t(const char *sourceText) const
{
    return m_translate(Context, sourceText, nullptr, -1);
}

QString DnsAdminMailBuilder::recordLabel(const char *sourceText) const
{
    return m_translate("Ses::DnsRecord", sourceText, nullptr, -1);
}

QString DnsAdminMailBuilder::subject(const DnsRecordSet &set) const
{
    return t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "DNS records for %1 (Amazon SES)")).arg(set.unicodeDomain());
}

QString DnsAdminMailBuilder::body(const DnsRecordSet &set) const
{
    const QString domain = set.unicodeDomain();
    QString out;
    out += t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "Hello,")) + QStringLiteral("\n\n");
    out += t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder",
                 "Please add the following DNS records to the zone of %1. Amazon SES (region %2, "
                 "%3) needs them to send mail for this domain."))
               .arg(domain, set.region().code, set.region().displayName())
        + QStringLiteral("\n");

    bool hasMx = false;
    bool hasMailFrom = false;
    bool hasTxt = false;
    bool hasLongTxt = false;
    bool hasDkim = false;
    bool hasOptional = false;
    QString mailFromName;
    int index = 0;
    for (const DnsRecord &r : set.records()) {
        ++index;
        const QString requirement = recordLabel(DnsRecord::requirementSourceText(r.requirement)).toLower();
        out += QStringLiteral("\n%1. %2 (%3)\n")
                   .arg(index)
                   .arg(recordLabel(DnsRecord::purposeSourceText(r.purpose)), requirement);
        out += QStringLiteral("   %1 %2\n").arg(t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "Name:")), r.name);
        if (r.unicodeName != r.name)
            out += QStringLiteral("   %1 %2\n")
                       .arg(t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "Name (Unicode):")), r.unicodeName);
        out += QStringLiteral("   %1 %2\n")
                   .arg(t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "Type:")), r.typeName());
        if (r.type == DnsRecord::Type::MX)
            out += QStringLiteral("   %1 %2\n")
                       .arg(t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "Priority:")))
                       .arg(r.priority);
        QString value;
        if (!r.isComplete())
            value = t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "(the public key will follow in a separate mail)"));
        else if (r.type == DnsRecord::Type::MX)
            value = r.value;
        else
            value = r.presentationValue();
        out += QStringLiteral("   %1 %2\n").arg(t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "Value:")), value);

        hasMx = hasMx || r.type == DnsRecord::Type::MX;
        hasTxt = hasTxt || r.type == DnsRecord::Type::TXT;
        hasLongTxt = hasLongTxt || (r.type == DnsRecord::Type::TXT && r.value.toUtf8().size() > 255);
        hasDkim = hasDkim || r.purpose == DnsRecord::Purpose::EasyDkim || r.purpose == DnsRecord::Purpose::ByoDkim;
        hasOptional = hasOptional || r.requirement == DnsRecord::Requirement::Optional;
        if (r.purpose == DnsRecord::Purpose::MailFromMx) {
            hasMailFrom = true;
            mailFromName = r.name;
        }
    }

    out += QStringLiteral("\n") + t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "Please note:"))
        + QStringLiteral("\n");
    out += QStringLiteral("- ")
        + t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder",
                "The names are complete. If your DNS provider adds the domain to every name by itself, "
                "enter only the part before \".%1\", or end the name with a dot; otherwise the "
                "domain ends up in the name twice."))
              .arg(set.domain())
        + QStringLiteral("\n");
    if (hasDkim)
        out += QStringLiteral("- ")
            + t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder",
                "The underscore in \"_domainkey\" is required; if your provider does not accept it, "
                "please ask its support."))
            + QStringLiteral("\n");
    if (hasMx)
        out += QStringLiteral("- ")
            + t(QT_TRANSLATE_NOOP(
                "Ses::DnsAdminMailBuilder", "Enter the MX priority in the provider's priority field if it has one."))
            + QStringLiteral("\n");
    if (hasMailFrom)
        out += QStringLiteral("- ")
            + t(QT_TRANSLATE_NOOP(
                    "Ses::DnsAdminMailBuilder", "%1 must have exactly one MX record, and no CNAME record."))
                  .arg(mailFromName)
            + QStringLiteral("\n");
    if (hasTxt)
        out += QStringLiteral("- ")
            + t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder",
                "Each TXT value is one text. If your provider adds the quotation marks itself, "
                "enter the value without the outer quotation marks."))
            + QStringLiteral("\n");
    if (hasLongTxt)
        out += QStringLiteral("- ")
            + t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder",
                "A TXT value longer than 255 characters is stored as several strings of one record "
                "(\"...\" \"...\"); keep it in one record, never several."))
            + QStringLiteral("\n");
    if (hasOptional)
        out += QStringLiteral("- ")
            + t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder",
                    "Records marked optional are needed only if mail for %1 is to be received by "
                    "Amazon SES; an MX record there sends all of the domain's mail to SES."))
                  .arg(domain)
            + QStringLiteral("\n");

    out += QStringLiteral("\n")
        + t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "The same records as zone-file lines:"))
        + QStringLiteral("\n\n");
    for (const DnsRecord &r : set.records()) {
        if (r.isComplete())
            out += PlainTextRecordExporter::recordLine(r) + QLatin1Char('\n');
    }
    out += QStringLiteral("\n") + t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder", "Thank you!")) + QStringLiteral("\n");
    return out;
}

QString DnsAdminMailBuilder::compactBody(const DnsRecordSet &set) const
{
    QString out = t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder",
                        "Please add these DNS records to the zone of %1 (Amazon SES, %2). The names are "
                        "complete: do not let your provider append the domain again."))
                      .arg(set.unicodeDomain(), set.region().code)
        + QStringLiteral("\n\n");
    for (const DnsRecord &r : set.records()) {
        if (r.isComplete())
            out += PlainTextRecordExporter::recordLine(r) + QLatin1Char('\n');
    }
    return out;
}

QByteArray DnsAdminMailBuilder::encodeMailto(const QString &recipient, const QString &subject, const QString &body)
{
    QString crlfBody = body;
    crlfBody.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray url = "mailto:" + QUrl::toPercentEncoding(recipient.trimmed(), "@");
    url += "?subject=" + QUrl::toPercentEncoding(subject);
    url += "&body=" + QUrl::toPercentEncoding(crlfBody);
    return url;
}

QUrl DnsAdminMailBuilder::mailtoUrl(
    const DnsRecordSet &set, const QString &recipient, int maximumLength, Completeness *completeness) const
{
    const QString subj = subject(set);
    QByteArray encoded = encodeMailto(recipient, subj, body(set));
    Completeness level = Completeness::Full;
    if (encoded.size() > maximumLength) {
        encoded = encodeMailto(recipient, subj, compactBody(set));
        level = Completeness::Compact;
    }
    if (encoded.size() > maximumLength) {
        const QString request = t(QT_TRANSLATE_NOOP("Ses::DnsAdminMailBuilder",
                                      "Please add the DNS records for %1 that Amazon SES needs. The list "
                                      "was too long for a mail link: paste it here from the "
                                      "clipboard."))
                                    .arg(set.unicodeDomain());
        encoded = encodeMailto(recipient, subj, request);
        level = Completeness::RecordsMissing;
    }
    if (completeness)
        *completeness = level;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace Ses
