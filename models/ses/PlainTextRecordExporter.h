#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ses
{

class DnsRecordSet;
struct DnsRecord;

/// Writes records as text for people and for the clipboard: an aligned table (the CLI's
/// "table" format), tab-separated lines that paste into a spreadsheet, and one record per line.
class PlainTextRecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(Ses::PlainTextRecordExporter)

public:
    /// Columns Purpose, Type, Name, Priority, Value, Status; translated headers; optional
    /// records included and marked.
    static QString table(const DnsRecordSet &set);
    static QString table(const QList<DnsRecord> &records);
    /// A header line "Type\tName\tValue" and one line per record (values as presentationValue()).
    static QString tabSeparated(const QList<DnsRecord> &records);
    /// "name TYPE value": one record as people write it in mail and tickets.
    static QString recordLine(const DnsRecord &record);
};

} // namespace Ses
