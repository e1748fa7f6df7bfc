#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Ses
{

/// What one DNS query (name, type) returned: the answer's CNAME, MX and TXT records with their
/// owner names, or why there are none. A plain value, so the diagnosis can be tested without DNS.
struct DnsLookupAnswer {
    /// NS only probes whether the name server answers at all (DnsChecker).
    enum class QueryType { CNAME, TXT, MX, NS };
    enum class Outcome {
        Records, ///< The server answered (the lists may still hold nothing of the type asked).
        NoData, ///< The name exists but has no record of this type.
        NxDomain, ///< The name does not exist.
        Failed, ///< No usable answer: timeout, refused, server failure (errorString says which).
    };

    struct Cname {
        QString owner;
        QString target;
    };
    struct Mx {
        QString owner;
        int preference = 0;
        QString exchange;
    };
    struct Txt {
        QString owner;
        QList<QByteArray> strings; ///< The record's character-strings, as published.
    };

    QString name; ///< The name asked for (ASCII, lower case, no trailing dot).
    QueryType type = QueryType::TXT;
    Outcome outcome = Outcome::NoData;
    QString errorString;
    QList<Cname> cnames;
    QList<Mx> mx;
    QList<Txt> txt;

    bool failed() const
    {
        return outcome == Outcome::Failed;
    }
    /// The CNAME owned by the name asked for, if any (a resolver may add the chain beyond it).
    const Cname *cnameAtName() const;
    QList<Mx> mxAtName() const;
    QList<Txt> txtAtName() const;
};

} // namespace Ses
