#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "sandbox/suppression/SuppressionStore.h"

namespace Sandbox
{

/// One record of a suppression-list import file, read and checked.
struct SuppressionImportRecord {
    int line = 0; ///< 1-based line in the file.
    QString text; ///< The line as it was.
    QString emailAddress;
    std::optional<SuppressionStore::Reason> reason;
    QString error; ///< Why the record cannot be imported; empty when it can.
};

/// Reads the files CreateImportJob takes for the suppression list, in the formats the guide
/// documents: CSV lines "address,REASON" (add) or "address" (remove), an optional header line
/// naming the columns, and newline-delimited JSON {"emailAddress": ..., "reason": ...}. Blank
/// lines are skipped; every other line is one record, with an error when it cannot be imported.
class SuppressionImportFile
{
public:
    enum class Format { Csv, Json };
    enum class Action { Put, Delete };

    static QList<SuppressionImportRecord> read(const QByteArray &data, Format format, Action action);

    /// The failed records as the Sandbox reports them (CSV: lineNumber,record,errorMessage).
    static QByteArray failureReport(const QList<SuppressionImportRecord> &records);
};

} // namespace Sandbox
