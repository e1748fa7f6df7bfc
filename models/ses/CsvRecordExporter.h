#pragma once

#include <QList>
#include <QString>

namespace Ses
{

class DnsRecordSet;
struct DnsRecord;

/// Writes records as CSV with the columns of the SES console's "Download .csv record set":
/// Type,Name,Value. The guide's record tables (L9840-9859, L9177-9217) give each record as Name,
/// Type and Value, with the MX priority inside the value ("10 feedback-smtp...") and the SPF value
/// in quotes; the values here are exactly those (DnsRecord::presentationValue()). Fields are
/// quoted as RFC 4180 requires; lines end with CRLF. Records whose value is unknown are left out.
class CsvRecordExporter
{
public:
    static QString exportText(const DnsRecordSet &set, bool includeOptional = false);
    static QString exportText(const QList<DnsRecord> &records);
    /// One CSV field, quoted if it holds a comma, quote or line break.
    static QString field(const QString &text);
};

} // namespace Ses
