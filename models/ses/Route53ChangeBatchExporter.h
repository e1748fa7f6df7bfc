#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "models/aws/Result.h"

namespace Ses
{

class DnsRecordSet;

/// Writes a record set as a Route 53 ChangeBatch (route53 2013-04-01 model), the file
/// `aws route53 change-resource-record-sets --hosted-zone-id Z... --change-batch file://batch.json`
/// reads: {"Comment", "Changes": [{"Action", "ResourceRecordSet": {"Name", "Type", "TTL",
/// "ResourceRecords": [{"Value"}]}}]}. Records with the same name and type become one record set
/// (Route 53 rejects two changes to one set in a batch); TXT values are quoted and split into
/// 255-byte strings inside the JSON string, MX values are "10 host".
class Route53ChangeBatchExporter
{
    Q_DECLARE_TR_FUNCTIONS(Ses::Route53ChangeBatchExporter)

public:
    static constexpr int DefaultTtl = 1800;
    static constexpr int MaximumCommentLength = 256; ///< ResourceDescription's max

    enum class Action { Upsert, Create };

    struct Options {
        int ttl = DefaultTtl;
        /// UPSERT replaces an existing record set of the same name and type; CREATE fails instead.
        Action action = Action::Upsert;
        bool includeOptional = false;
    };

    /// The ChangeBatch; a Usage error "NoRecords" if no record has a known value.
    static Aws::Result<QJsonObject> changeBatch(const DnsRecordSet &set);
    static Aws::Result<QJsonObject> changeBatch(const DnsRecordSet &set, const Options &options);
    /// changeBatch() as indented JSON.
    static Aws::Result<QByteArray> exportJson(const DnsRecordSet &set);
    static Aws::Result<QByteArray> exportJson(const DnsRecordSet &set, const Options &options);
};

} // namespace Ses
