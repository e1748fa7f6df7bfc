#include "models/ses/BindZoneExporter.h"

#include "models/ses/DnsRecordSet.h"
#include "models/ses/DnsTextStrings.h"

namespace Ses
{

namespace
{

QString absolute(const QString &name)
{
    return name.endsWith(QLatin1Char('.')) ? name : name + QLatin1Char('.');
}

QString commentLines(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += QStringLiteral("; ") + line + QLatin1Char('\n');
    return out;
}

} // namespace

QString BindZoneExporter::recordLine(const DnsRecord &record, int ttl)
{
    QString data;
    switch (record.type) {
    case DnsRecord::Type::CNAME:
        data = absolute(record.value);
        break;
    case DnsRecord::Type::MX:
        data = QStringLiteral("%1 %2").arg(record.priority).arg(absolute(record.value));
        break;
    case DnsRecord::Type::TXT:
        data = DnsTextStrings::presentation(record.value);
        break;
    }
    return QStringLiteral("%1 %2 IN %3 %4").arg(absolute(record.name)).arg(ttl).arg(record.typeName(), data);
}

QString BindZoneExporter::exportText(const DnsRecordSet &set)
{
    return exportText(set, Options());
}

QString BindZoneExporter::exportText(const DnsRecordSet &set, const Options &options)
{
    QString out;
    QString domain = set.domain();
    if (set.unicodeDomain() != set.domain())
        domain += QStringLiteral(" (%1)").arg(set.unicodeDomain());
    out += commentLines(tr("DNS records for the Amazon SES identity %1").arg(set.identityName()));
    out += commentLines(tr("Region: %1 (%2)").arg(set.region().displayName(), set.region().code));
    out += commentLines(tr("Names are absolute (they end with a dot): add these lines to the zone of %1 as they "
                           "are.")
                            .arg(domain));
    for (const DnsRecord &record : set.records()) {
        out += QLatin1Char('\n');
        QString heading = QStringLiteral("%1 (%2)").arg(
            DnsRecord::purposeText(record.purpose), DnsRecord::requirementText(record.requirement));
        if (!record.note.isEmpty())
            heading += QStringLiteral(": ") + record.note;
        out += commentLines(heading);
        if (!record.isComplete()) {
            out += QStringLiteral("; %1 %2 IN %3 ?\n")
                       .arg(absolute(record.name))
                       .arg(options.ttl)
                       .arg(record.typeName());
            continue;
        }
        const bool commented = record.requirement == DnsRecord::Requirement::Optional && !options.includeOptional;
        out += (commented ? QStringLiteral("; ") : QString()) + recordLine(record, options.ttl) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Ses
