#include "models/ses/SuppressionCsvExporter.h"

#include "models/ses/AwsTimestamp.h"
#include "models/ses/CsvRecordExporter.h"

namespace Ses
{

QByteArray SuppressionCsvExporter::exportList(const QList<SuppressedDestinationSummary> &entries)
{
    QString out = QStringLiteral("emailAddress,reason,lastUpdateTime\r\n");
    for (const SuppressedDestinationSummary &e : entries) {
        out += CsvRecordExporter::field(e.emailAddress) + QLatin1Char(',') + CsvRecordExporter::field(e.reason)
            + QLatin1Char(',') + AwsTimestamp::toIso(e.lastUpdateTime) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray SuppressionCsvExporter::exportEntries(const QList<SuppressionImportParser::Entry> &entries)
{
    QString out = QStringLiteral("emailAddress,reason\r\n");
    for (const SuppressionImportParser::Entry &e : entries)
        out += CsvRecordExporter::field(e.emailAddress) + QLatin1Char(',') + CsvRecordExporter::field(e.reason)
            + QStringLiteral("\r\n");
    return out.toUtf8();
}

} // namespace Ses
