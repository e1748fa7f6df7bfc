#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ses
{

/// The outcome of checking one DnsRecord against the DNS: whether it is published and right,
/// what was found beside what is expected, and each mistake recognised, explained in words.
struct DnsCheckResult {
    Q_DECLARE_TR_FUNCTIONS(Ses::DnsCheckResult)

public:
    enum class State {
        NotChecked,
        Correct, ///< Published and correct.
        PresentUnverified, ///< Published, but the value could not be compared (BYODKIM key unknown).
        Missing, ///< Not published at the name (see findings: perhaps at a wrong name).
        Different, ///< Published with a different or broken value (see found and findings).
        LookupFailed, ///< The DNS gave no usable answer (errorString).
    };

    /// The mistakes administrators make, each recognised separately.
    enum class Mistake {
        DifferentValue, ///< Points elsewhere / holds another value.
        DomainAppendedTwice, ///< Found at <name>.<domain>: the provider appended the domain.
        DomainAppendedToValue, ///< The value found is <expected>.<domain>.
        WrongRecordType, ///< E.g. a TXT where the DKIM CNAME belongs.
        CnameBesideOtherRecords, ///< A CNAME at a name that must hold other records (or with them).
        TxtSplitIntoStrings, ///< One TXT record split into strings that join into a wrong value.
        TxtSplitIntoRecords, ///< One value spread over several TXT records.
        TxtLiteralQuotes, ///< Quotation marks stored as part of the text.
        MultipleMx, ///< More than one MX on the MAIL FROM domain.
        DkimWrongRegionZone, ///< DKIM CNAME into another region's DKIM domain.
        SpfWithoutAmazonSes, ///< SPF record without include:amazonses.com.
        MultipleSpf, ///< More than one SPF record at the name.
        MultipleDkimKeys, ///< More than one DKIM key record at the selector.
        DmarcMalformed, ///< Not starting with v=DMARC1, or no valid p= policy.
        MultipleDmarc, ///< More than one DMARC record.
    };

    struct Finding {
        Mistake mistake = Mistake::DifferentValue;
        QString message; ///< Translated explanation with the fix.
    };

    State state = State::NotChecked;
    QString name; ///< The record's name.
    QString expected; ///< The expected value (DnsRecord::presentationValue()).
    /// What was found, in presentation form; prefixed with its name when that is not the record's
    /// (e.g. the doubled name).
    QStringList found;
    QList<Finding> findings;
    QStringList notes; ///< Informational, no action needed (translated).
    QString errorString; ///< LookupFailed: what the resolver said.

    bool hasMistake(Mistake mistake) const;
    /// One line: the state in words, with the error for LookupFailed (translated).
    QString summary() const;
    static QString stateText(State state);
    /// summary(), then every finding and note on its own line.
    QString explanation() const;
};

} // namespace Ses

Q_DECLARE_METATYPE(Ses::DnsCheckResult)
