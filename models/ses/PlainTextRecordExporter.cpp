#include "models/ses/PlainTextRecordExporter.h"

#include <QStringList>

#include "models/ses/DnsRecordSet.h"

namespace Ses
{

namespace
{

QString valueColumn(const DnsRecord &r)
{
    if (!r.isComplete())
        return QStringLiteral("?");
    // The priority has its own column here.
    return r.type == DnsRecord::Type::MX ? r.value : r.presentationValue();
}

} // namespace

QString PlainTextRecordExporter::table(const DnsRecordSet &set)
{
    return table(set.records());
}

QString PlainTextRecordExporter::table(const QList<DnsRecord> &records)
{
    QList<QStringList> rows;
    rows << QStringList{tr("Purpose"), tr("Type"), tr("Name"), tr("Priority"), tr("Value"), tr("Status")};
    for (const DnsRecord &r : records) {
        QString purpose = DnsRecord::purposeText(r.purpose);
        if (r.requirement != DnsRecord::Requirement::Required)
            purpose += QStringLiteral(" (%1)").arg(DnsRecord::requirementText(r.requirement).toLower());
        rows << QStringList{purpose,
            r.typeName(),
            r.name,
            r.type == DnsRecord::Type::MX ? QString::number(r.priority) : QString(),
            valueColumn(r),
            DnsRecord::statusText(r.status)};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) : row.at(i);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString PlainTextRecordExporter::tabSeparated(const QList<DnsRecord> &records)
{
    QString out = tr("Type") + QLatin1Char('\t') + tr("Name") + QLatin1Char('\t') + tr("Value") + QLatin1Char('\n');
    for (const DnsRecord &r : records) {
        out += r.typeName() + QLatin1Char('\t') + r.name + QLatin1Char('\t')
            + (r.isComplete() ? r.presentationValue() : QStringLiteral("?")) + QLatin1Char('\n');
    }
    return out;
}

QString PlainTextRecordExporter::recordLine(const DnsRecord &record)
{
    return QStringLiteral("%1 %2 %3")
        .arg(record.name, record.typeName(), record.isComplete() ? record.presentationValue() : QStringLiteral("?"));
}

} // namespace Ses
