#include "models/ses/CsvRecordExporter.h"

#include "models/ses/DnsRecordSet.h"

namespace Ses
{

QString CsvRecordExporter::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvRecordExporter::exportText(const QList<DnsRecord> &records)
{
    // Column names as the console writes them; a data format, so not translated.
    QString out = QStringLiteral("Type,Name,Value\r\n");
    for (const DnsRecord &r : records) {
        if (!r.isComplete())
            continue;
        out += field(r.typeName()) + QLatin1Char(',') + field(r.name) + QLatin1Char(',') + field(r.presentationValue())
            + QStringLiteral("\r\n");
    }
    return out;
}

QString CsvRecordExporter::exportText(const DnsRecordSet &set, bool includeOptional)
{
    return exportText(set.records(includeOptional));
}

} // namespace Ses
