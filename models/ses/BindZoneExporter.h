#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ses
{

class DnsRecordSet;
struct DnsRecord;

/// Writes a record set as a BIND zone-file fragment: a comment header, absolute names with
/// trailing dots (no $ORIGIN needed), explicit TTL and class, TXT values quoted and split into
/// strings of at most 255 bytes. Optional records (and records whose value is unknown) are written
/// as comments so that pasting the fragment never routes mail by accident.
class BindZoneExporter
{
    Q_DECLARE_TR_FUNCTIONS(Ses::BindZoneExporter)

public:
    static constexpr int DefaultTtl = 1800;

    struct Options {
        int ttl = DefaultTtl;
        bool includeOptional = false; ///< Write optional records as records, not comments.
    };

    static QString exportText(const DnsRecordSet &set);
    static QString exportText(const DnsRecordSet &set, const Options &options);
    /// One record as a master-file line ("name. TTL IN TYPE data").
    static QString recordLine(const DnsRecord &record, int ttl = DefaultTtl);
};

} // namespace Ses
