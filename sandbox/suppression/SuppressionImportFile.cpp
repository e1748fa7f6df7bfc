#include "sandbox/suppression/SuppressionImportFile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "sandbox/state/MailAddress.h"

namespace Sandbox
{

namespace
{

/// The fields of one CSV line (RFC 4180 quoting).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

QString csvQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void check(SuppressionImportRecord &record, const QString &reasonText, SuppressionImportFile::Action action)
{
    const std::optional<MailAddress> address = MailAddress::parse(record.emailAddress);
    if (record.emailAddress.isEmpty()) {
        record.error = QStringLiteral("The email address is missing.");
        return;
    }
    if (!address || !address->displayName.isEmpty() || address->address != record.emailAddress) {
        record.error = QStringLiteral("Invalid email address: %1").arg(record.emailAddress);
        return;
    }
    if (action == SuppressionImportFile::Action::Delete)
        return;
    if (reasonText.isEmpty()) {
        record.error = QStringLiteral("The reason is missing: it must be BOUNCE or COMPLAINT.");
        return;
    }
    record.reason = SuppressionStore::reasonFromName(reasonText.toUpper());
    if (!record.reason)
        record.error = QStringLiteral("Invalid reason %1: it must be BOUNCE or COMPLAINT.").arg(reasonText);
}

} // namespace

QList<SuppressionImportRecord> SuppressionImportFile::read(const QByteArray &data, Format format, Action action)
{
    QList<SuppressionImportRecord> out;
    const QList<QByteArray> lines = data.split('\n');
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = QString::fromUtf8(lines.at(i));
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (first && text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        if (text.trimmed().isEmpty())
            continue;
        SuppressionImportRecord record;
        record.line = static_cast<int>(i + 1);
        record.text = text;
        if (format == Format::Csv) {
            const QStringList fields = csvFields(text);
            // A header line names the columns instead of giving an address.
            static const QStringList headers{QStringLiteral("emailaddress"), QStringLiteral("email")};
            if (first && headers.contains(fields.first().toLower())) {
                first = false;
                continue;
            }
            record.emailAddress = fields.value(0);
            check(record, fields.value(1), action);
        } else {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (!doc.isObject()) {
                record.error = QStringLiteral("Not a JSON object: %1")
                                   .arg(error.error == QJsonParseError::NoError ? QStringLiteral("expected {...}")
                                                                                : error.errorString());
            } else {
                record.emailAddress = doc.object().value(QLatin1String("emailAddress")).toString();
                check(record, doc.object().value(QLatin1String("reason")).toString(), action);
            }
        }
        first = false;
        out.append(record);
    }
    return out;
}

QByteArray SuppressionImportFile::failureReport(const QList<SuppressionImportRecord> &records)
{
    QByteArray out = "lineNumber,record,errorMessage\r\n";
    for (const SuppressionImportRecord &record : records) {
        if (record.error.isEmpty())
            continue;
        out += QByteArray::number(record.line) + ',' + csvQuoted(record.text).toUtf8() + ','
            + csvQuoted(record.error).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace Sandbox
