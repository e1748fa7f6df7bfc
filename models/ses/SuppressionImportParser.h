#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ses
{

/// Reads a file of addresses to put on the suppression list: one address a line, optionally
/// followed by a reason column (BOUNCE or COMPLAINT; comma, semicolon or tab separated, fields
/// may be quoted), as the guide's bulk-import CSV and SesDesk's own export. An optional header
/// line, blank lines, lines starting with # and a UTF-8 BOM are skipped; extra columns (the
/// export's time stamp) are ignored. Each bad line gets its number and why; nothing stops at it.
class SuppressionImportParser
{
    Q_DECLARE_TR_FUNCTIONS(Ses::SuppressionImportParser)

public:
    struct Entry {
        int line = 0; ///< 1-based line number in the file
        QString emailAddress; ///< ASCII form, as sent to SES
        QString reason; ///< BOUNCE | COMPLAINT
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    struct LineError {
        int line = 0;
        QString text; ///< the line as read
        QString message; ///< why it cannot be imported (translated)
    };
    struct Result {
        QList<Entry> entries;
        QList<LineError> errors;
        int duplicates = 0; ///< lines naming an address already read (the first one wins)
    };

    /// defaultReason: the reason of lines without one (BOUNCE or COMPLAINT).
    static Result parse(const QByteArray &data, const QString &defaultReason);
    /// The fields of one line (quotes removed, fields trimmed).
    static QStringList splitFields(const QString &line);
    /// Why address cannot be put on the list; empty when it can. ascii receives the form to send.
    static QString addressProblem(const QString &address, QString *ascii = nullptr);
};

} // namespace Ses
