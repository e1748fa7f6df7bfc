#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "models/ses/DnsCheckResult.h"
#include "models/ses/DnsLookupAnswer.h"
#include "models/ses/DnsRecord.h"

namespace Ses
{

/// Decides, from DNS answers, whether a record is published correctly and recognises the usual
/// mistakes (domain appended twice, TXT split or quoted, several MX or SPF records, a CNAME where
/// other records belong, a DKIM CNAME into the wrong region's zone, SPF without amazonses.com,
/// DMARC missing or malformed). It only reads answers: DnsChecker asks the DNS the queries this
/// class names, in two rounds (primaryQueries(), then followUpQueries() for what was missing).
class DnsRecordDiagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Ses::DnsRecordDiagnoser)

public:
    struct Query {
        QString name;
        DnsLookupAnswer::QueryType type = DnsLookupAnswer::QueryType::TXT;
        bool operator==(const Query &other) const = default;
    };
    /// Answers by answerKey(name, type).
    using Answers = QHash<QString, DnsLookupAnswer>;

    static QString answerKey(const QString &name, DnsLookupAnswer::QueryType type);

    /// The record's own type at its name; for a CNAME also TXT there (records beside it, or a
    /// TXT published instead of the CNAME).
    static QList<Query> primaryQueries(const DnsRecord &record);
    /// When the record is missing: the same query at the doubled names (the record's name with
    /// the domain, or a parent of it that may be the zone, appended once more).
    static QList<Query> followUpQueries(const DnsRecord &record, const QString &domain, const Answers &answers);
    /// The verdict for one record. domain is the identity's domain (ASCII).
    static DnsCheckResult diagnose(const DnsRecord &record, const QString &domain, const Answers &answers);

    /// The names at which a provider that appends its zone name would have put name: name plus
    /// "." plus domain and each parent of domain with at least two labels.
    static QStringList doubledNames(const QString &name, const QString &domain);
};

} // namespace Ses
