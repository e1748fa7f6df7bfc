#include "models/ses/Route53ChangeBatchExporter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "models/ses/DnsRecordSet.h"
#include "models/ses/DnsTextStrings.h"

namespace Ses
{

Aws::Result<QJsonObject> Route53ChangeBatchExporter::changeBatch(const DnsRecordSet &set)
{
    return changeBatch(set, Options());
}

Aws::Result<QJsonObject> Route53ChangeBatchExporter::changeBatch(const DnsRecordSet &set, const Options &options)
{
    // Group values by (name, type) in first-seen order.
    struct RecordSet {
        QString name;
        QString type;
        QJsonArray values;
    };
    QList<RecordSet> groups;
    for (const DnsRecord &r : set.records(options.includeOptional)) {
        if (!r.isComplete())
            continue;
        QString value;
        switch (r.type) {
        case DnsRecord::Type::CNAME:
            value = r.value;
            break;
        case DnsRecord::Type::MX:
            value = QStringLiteral("%1 %2").arg(r.priority).arg(r.value);
            break;
        case DnsRecord::Type::TXT:
            value = DnsTextStrings::presentation(r.value);
            break;
        }
        const QString type = r.typeName();
        auto it = std::find_if(groups.begin(), groups.end(), [&](const RecordSet &g) {
            return g.name == r.name && g.type == type;
        });
        if (it == groups.end()) {
            groups.append(RecordSet{r.name, type, {}});
            it = groups.end() - 1;
        }
        QJsonObject resourceRecord;
        resourceRecord.insert(QStringLiteral("Value"), value);
        if (!it->values.contains(resourceRecord))
            it->values.append(resourceRecord);
    }
    if (groups.isEmpty())
        return Aws::AwsError::local(Aws::AwsError::Kind::Usage,
            QStringLiteral("NoRecords"),
            tr("There is no record with a known value to export."));

    QJsonArray changes;
    for (const RecordSet &g : std::as_const(groups)) {
        QJsonObject rrset;
        rrset.insert(QStringLiteral("Name"), g.name);
        rrset.insert(QStringLiteral("Type"), g.type);
        rrset.insert(QStringLiteral("TTL"), options.ttl);
        rrset.insert(QStringLiteral("ResourceRecords"), g.values);
        QJsonObject change;
        change.insert(QStringLiteral("Action"),
            options.action == Action::Create ? QStringLiteral("CREATE") : QStringLiteral("UPSERT"));
        change.insert(QStringLiteral("ResourceRecordSet"), rrset);
        changes.append(change);
    }

    QString comment = tr("Amazon SES records for %1 (%2), from SesDesk").arg(set.identityName(), set.region().code);
    if (comment.size() > MaximumCommentLength)
        comment = comment.left(MaximumCommentLength - 1) + QChar(0x2026);
    QJsonObject batch;
    batch.insert(QStringLiteral("Comment"), comment);
    batch.insert(QStringLiteral("Changes"), changes);
    return batch;
}

Aws::Result<QByteArray> Route53ChangeBatchExporter::exportJson(const DnsRecordSet &set)
{
    return exportJson(set, Options());
}

Aws::Result<QByteArray> Route53ChangeBatchExporter::exportJson(const DnsRecordSet &set, const Options &options)
{
    return changeBatch(set, options).map([](const QJsonObject &batch) {
        return QJsonDocument(batch).toJson(QJsonDocument::Indented);
    });
}

} // namespace Ses
