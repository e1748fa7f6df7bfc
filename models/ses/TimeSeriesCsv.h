#pragma once

#include <QByteArray>

namespace Ses
{

class TimeSeriesTable;

/// Writes a time-series table as CSV (RFC 4180, CRLF): a header "Timestamp,<column keys>", one
/// line per bucket, ISO 8601 UTC times, counts as integers, ratios as plain decimals, gaps as
/// empty cells. The same bytes for the GUI's export and `sesdesk-cli ... --csv`.
class TimeSeriesCsv
{
public:
    static QByteArray write(const TimeSeriesTable &table, bool skipGaps = false);
    static QByteArray escape(const QString &field);
};

} // namespace Ses
