#include "models/ses/TimeSeriesCsv.h"

#include <cmath>

#include <QString>

#include "models/ses/AwsTimestamp.h"
#include "models/ses/TimeSeriesTable.h"

namespace Ses
{

QByteArray TimeSeriesCsv::escape(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field.toUtf8();
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray TimeSeriesCsv::write(const TimeSeriesTable &table, bool skipGaps)
{
    QByteArray out = "Timestamp";
    for (const SeriesColumn &c : table.columns())
        out += ',' + escape(c.key);
    out += "\r\n";
    for (int row = 0; row < table.rowCount(); ++row) {
        if (skipGaps && table.isGap(row))
            continue;
        out += AwsTimestamp::toIso(table.time(row)).toUtf8();
        for (int col = 0; col < table.columnCount(); ++col) {
            out += ',';
            const std::optional<double> v = table.value(row, col);
            if (!v)
                continue;
            if (table.columns().at(col).kind == SeriesKind::Count)
                out += QByteArray::number(static_cast<qint64>(std::llround(*v)));
            else
                out += QByteArray::number(*v, 'g', 15);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace Ses
