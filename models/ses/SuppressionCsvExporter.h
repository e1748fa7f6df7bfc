#pragma once

#include <QByteArray>
#include <QList>

#include "models/ses/SuppressionImportParser.h"
#include "models/ses/SuppressionTypes.h"

namespace Ses
{

/// Writes suppression-list entries as CSV (RFC 4180 quoting, CRLF, UTF-8) that
/// SuppressionImportParser, the SES console and CreateImportJob read back: the loaded list with
/// its time stamps, or the addresses an import did not put (so nothing of it is lost).
class SuppressionCsvExporter
{
public:
    /// emailAddress,reason,lastUpdateTime (ISO 8601, UTC).
    static QByteArray exportList(const QList<SuppressedDestinationSummary> &entries);
    /// emailAddress,reason.
    static QByteArray exportEntries(const QList<SuppressionImportParser::Entry> &entries);
};

} // namespace Ses
