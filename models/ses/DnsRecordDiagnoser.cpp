#include "models/ses/DnsRecordDiagnoser.h"

#include <algorithm>
#include <functional>
#include <numeric>

#include <QMap>
#include <QRegularExpression>

#include "models/ses/DnsTextStrings.h"
#include "models/ses/RegionTable.h"

namespace Ses
{

namespace
{

using QueryType = DnsLookupAnswer::QueryType;
using Txt = DnsLookupAnswer::Txt;
using Mistake = DnsCheckResult::Mistake;
using State = DnsCheckResult::State;

QString norm(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

QueryType queryTypeFor(DnsRecord::Type type)
{
    switch (type) {
    case DnsRecord::Type::CNAME:
        return QueryType::CNAME;
    case DnsRecord::Type::MX:
        return QueryType::MX;
    case DnsRecord::Type::TXT:
        return QueryType::TXT;
    }
    return QueryType::TXT;
}

QString joined(const Txt &txt, const QString &separator = QString())
{
    QStringList parts;
    for (const QByteArray &s : txt.strings)
        parts << QString::fromUtf8(s);
    return parts.join(separator);
}

QString presentTxt(const Txt &txt)
{
    QStringList quoted;
    for (const QByteArray &s : txt.strings)
        quoted << DnsTextStrings::quote(s);
    return quoted.join(QLatin1Char(' '));
}

QString presentMx(const DnsLookupAnswer::Mx &mx)
{
    return QStringLiteral("%1 %2").arg(mx.preference).arg(norm(mx.exchange));
}

QString withoutQuotes(QString text)
{
    text.remove(QLatin1Char('"'));
    return text.trimmed();
}

QString collapseSpaces(const QString &text)
{
    return text.simplified();
}

/// Tag-value list (DKIM key record, DMARC record): tag names lower case; values with all
/// whitespace removed (both formats allow folding whitespace around and inside values).
QMap<QString, QString> parseTags(const QString &text)
{
    QMap<QString, QString> tags;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        QString key = part.left(eq).trimmed().toLower();
        QString value = part.mid(eq + 1);
        value.remove(QRegularExpression(QStringLiteral("\\s")));
        if (!key.isEmpty() && !tags.contains(key))
            tags.insert(key, value);
    }
    return tags;
}

bool isSpfLike(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive);
}

bool isDmarc(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[vV]\\s*=\\s*DMARC1\\s*(;|$)"));
    return pattern.match(text).hasMatch();
}

bool hasAmazonSesInclude(const QString &spf)
{
    const QStringList terms = spf.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(terms.begin(), terms.end(), [](QString term) {
        term = term.toLower();
        if (term.startsWith(QLatin1Char('+')))
            term.remove(0, 1);
        return term == QLatin1String("include:amazonses.com");
    });
}

/// True if some order of the records, each joined, then joined with separator, satisfies
/// accept: one value spread over several TXT records (DNS keeps no order between records).
bool someOrderForms(
    const QList<Txt> &records, const QString &separator, const std::function<bool(const QString &)> &accept)
{
    if (records.size() < 2 || records.size() > 5)
        return false;
    QList<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    do {
        QStringList parts;
        for (int i : std::as_const(order))
            parts << joined(records.at(i));
        if (accept(parts.join(separator)))
            return true;
    } while (std::next_permutation(order.begin(), order.end()));
    return false;
}

bool isSesDkimZone(const QString &zone)
{
    static const QRegularExpression regional(QStringLiteral("^dkim\\.[a-z0-9-]+\\.amazonses\\.com$"));
    return zone == RegionTable::defaultDkimDomain() || regional.match(zone).hasMatch();
}

const DnsLookupAnswer *answerFor(const DnsRecordDiagnoser::Answers &answers, const QString &name, QueryType type)
{
    auto it = answers.constFind(DnsRecordDiagnoser::answerKey(name, type));
    return it == answers.constEnd() ? nullptr : &it.value();
}

/// The TXT records that answer for the name: its own, or those at the end of its CNAME chain.
QList<Txt> effectiveTxt(const DnsLookupAnswer &answer, QString *aliasTarget)
{
    const DnsLookupAnswer::Cname *cname = answer.cnameAtName();
    if (!cname)
        return answer.txtAtName();
    QString owner = norm(cname->target);
    *aliasTarget = owner;
    for (int hops = 0; hops < 8; ++hops) {
        auto next = std::find_if(answer.cnames.begin(), answer.cnames.end(), [&](const DnsLookupAnswer::Cname &c) {
            return norm(c.owner) == owner;
        });
        if (next == answer.cnames.end())
            break;
        owner = norm(next->target);
    }
    QList<Txt> out;
    for (const Txt &t : answer.txt) {
        if (norm(t.owner) == owner)
            out << t;
    }
    return out;
}

/// Presentation values of the records of type at the answer's own name.
QStringList valuesAtName(const DnsLookupAnswer &answer, QueryType type)
{
    QStringList values;
    switch (type) {
    case QueryType::CNAME:
        if (const DnsLookupAnswer::Cname *c = answer.cnameAtName())
            values << norm(c->target);
        break;
    case QueryType::MX:
        for (const DnsLookupAnswer::Mx &mx : answer.mxAtName())
            values << presentMx(mx);
        break;
    case QueryType::TXT:
        for (const Txt &t : answer.txtAtName())
            values << presentTxt(t);
        break;
    case QueryType::NS:
        break;
    }
    return values;
}

bool isMissing(const DnsRecord &record, const DnsRecordDiagnoser::Answers &answers)
{
    const QueryType type = queryTypeFor(record.type);
    const DnsLookupAnswer *primary = answerFor(answers, record.name, type);
    if (!primary || primary->failed())
        return false;
    if (primary->cnameAtName())
        return false;
    if (type == QueryType::TXT) {
        // TXT records of other uses (site verifications...) do not count: the record may still be
        // at a doubled name.
        const QList<Txt> txts = primary->txtAtName();
        return std::none_of(txts.begin(), txts.end(), [&](const Txt &t) {
            const QString text = withoutQuotes(joined(t));
            switch (record.purpose) {
            case DnsRecord::Purpose::MailFromSpf:
                return isSpfLike(text);
            case DnsRecord::Purpose::Dmarc:
                return text.contains(QLatin1String("DMARC1"), Qt::CaseInsensitive);
            default:
                return text.contains(QLatin1String("p="));
            }
        });
    }
    if (!valuesAtName(*primary, type).isEmpty())
        return false;
    if (type == QueryType::CNAME) {
        const DnsLookupAnswer *txt = answerFor(answers, record.name, QueryType::TXT);
        if (txt && !txt->failed() && (!txt->txtAtName().isEmpty() || txt->cnameAtName()))
            return false;
    }
    return true;
}

void addFinding(DnsCheckResult &result, Mistake mistake, const QString &message)
{
    result.findings.append(DnsCheckResult::Finding{mistake, message});
}

void settle(DnsCheckResult &result)
{
    result.state = result.findings.isEmpty() ? State::Correct : State::Different;
}

} // namespace

QString DnsRecordDiagnoser::answerKey(const QString &name, DnsLookupAnswer::QueryType type)
{
    return norm(name) + QLatin1Char('/') + QString::number(static_cast<int>(type));
}

QStringList DnsRecordDiagnoser::doubledNames(const QString &name, const QString &domain)
{
    QStringList names;
    QStringList labels = norm(domain).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    while (labels.size() >= 2) {
        names << norm(name) + QLatin1Char('.') + labels.join(QLatin1Char('.'));
        labels.removeFirst();
    }
    return names;
}

QList<DnsRecordDiagnoser::Query> DnsRecordDiagnoser::primaryQueries(const DnsRecord &record)
{
    QList<Query> queries{Query{norm(record.name), queryTypeFor(record.type)}};
    if (record.type == DnsRecord::Type::CNAME)
        queries << Query{norm(record.name), QueryType::TXT};
    return queries;
}

QList<DnsRecordDiagnoser::Query> DnsRecordDiagnoser::followUpQueries(
    const DnsRecord &record, const QString &domain, const Answers &answers)
{
    QList<Query> queries;
    if (!isMissing(record, answers))
        return queries;
    for (const QString &name : doubledNames(record.name, domain))
        queries << Query{name, queryTypeFor(record.type)};
    return queries;
}

namespace
{

// The diagnosis proper, one function per kind of record.
struct Diagnosis {
    const DnsRecord &record;
    const QString &domain;
    const DnsRecordDiagnoser::Answers &answers;
    DnsCheckResult result;

    void missing()
    {
        result.state = State::Missing;
        const QueryType type = queryTypeFor(record.type);
        for (const QString &name : DnsRecordDiagnoser::doubledNames(record.name, domain)) {
            const DnsLookupAnswer *answer = answerFor(answers, name, type);
            if (!answer || answer->failed())
                continue;
            const QStringList values = valuesAtName(*answer, type);
            if (values.isEmpty())
                continue;
            for (const QString &v : values)
                result.found << QStringLiteral("%1 %2 %3").arg(name, record.typeName(), v);
            const QString zone = name.mid(norm(record.name).size() + 1);
            QString relative = norm(record.name);
            if (relative == zone)
                relative = QStringLiteral("@");
            else if (relative.endsWith(QLatin1Char('.') + zone))
                relative.chop(zone.size() + 1);
            addFinding(result,
                Mistake::DomainAppendedTwice,
                tr("The record was found at %1: the domain is in the name twice. Your DNS provider adds "
                   "\"%2\" to every name by itself, so enter only \"%3\" as the name, or end the full name "
                   "with a dot.")
                    .arg(name, zone, relative));
            break;
        }
        if (record.purpose == DnsRecord::Purpose::Dmarc && result.findings.isEmpty())
            result.notes << tr("No DMARC record is published. One is recommended: start with \"%1\" and tighten the "
                               "policy to quarantine, then reject, once the reports look right.")
                                .arg(record.value);
    }

    void valueWithDomainAppended(const QString &found, const QString &expected)
    {
        addFinding(result,
            Mistake::DomainAppendedToValue,
            tr("The value was published as %1: your DNS provider appended the domain to it. Enter the value "
               "with a dot at the end (%2.) so that it is taken as complete.")
                .arg(found, expected));
    }

    bool isValueWithDomainAppended(const QString &found, const QString &expected) const
    {
        return DnsRecordDiagnoser::doubledNames(expected, domain).contains(found);
    }

    QString describeDkimZone(const QString &zone) const
    {
        if (zone == RegionTable::defaultDkimDomain())
            return tr("the DKIM domain most regions use");
        const QStringList codes = RegionTable::regionsForDkimDomain(zone);
        if (codes.size() == 1) {
            if (auto region = RegionTable::find(codes.first()))
                return tr("the DKIM domain of %1 (%2)").arg(region->displayName(), region->code);
        }
        return tr("another region's DKIM domain");
    }

    void easyDkim(const DnsLookupAnswer &primary)
    {
        const DnsLookupAnswer *txtAnswer = answerFor(answers, record.name, QueryType::TXT);
        const QList<Txt> txtHere = txtAnswer && !txtAnswer->failed() ? txtAnswer->txtAtName() : QList<Txt>();
        const DnsLookupAnswer::Cname *cname = primary.cnameAtName();
        if (!cname) {
            if (txtHere.isEmpty())
                return missing();
            for (const Txt &t : txtHere)
                result.found << QStringLiteral("TXT ") + presentTxt(t);
            addFinding(result,
                Mistake::WrongRecordType,
                tr("A TXT record is published at this name instead of the CNAME record. Delete it and add a "
                   "CNAME record with the value %1.")
                    .arg(record.value));
            result.state = State::Different;
            return;
        }
        const QString target = norm(cname->target);
        const QString expected = norm(record.value);
        result.found << target;
        if (!txtHere.isEmpty()) {
            for (const Txt &t : txtHere)
                result.found << QStringLiteral("TXT ") + presentTxt(t);
            addFinding(result,
                Mistake::CnameBesideOtherRecords,
                tr("Besides the CNAME there are other records (TXT) at %1. A name with a CNAME must hold no "
                   "other record; resolvers may see either. Delete the other records.")
                    .arg(record.name));
        }
        if (expected.isEmpty()) {
            result.state = result.findings.isEmpty() ? State::PresentUnverified : State::Different;
            return;
        }
        if (target != expected) {
            const QString token = expected.section(QLatin1Char('.'), 0, 0);
            const QString expectedZone = expected.section(QLatin1Char('.'), 1);
            const QString foundZone = target.section(QLatin1Char('.'), 1);
            if (isValueWithDomainAppended(target, expected)) {
                valueWithDomainAppended(target, expected);
            } else if (target.section(QLatin1Char('.'), 0, 0) == token && foundZone != expectedZone
                && isSesDkimZone(foundZone)) {
                addFinding(result,
                    Mistake::DkimWrongRegionZone,
                    tr("The CNAME points into %1, %2, but this identity's DKIM keys are in %3, %4: the record "
                       "was probably copied from another region. Change the value to %5.")
                        .arg(foundZone, describeDkimZone(foundZone), expectedZone, describeDkimZone(expectedZone))
                        .arg(expected));
            } else {
                addFinding(
                    result, Mistake::DifferentValue, tr("The CNAME points to %1 instead of %2.").arg(target, expected));
            }
        }
        settle(result);
    }

    /// Common start of the TXT checks: the records, a CNAME in the way, nothing there.
    bool collectTxt(const DnsLookupAnswer &primary, QList<Txt> *txts, bool cnameIsMistake)
    {
        QString alias;
        *txts = effectiveTxt(primary, &alias);
        if (!alias.isEmpty()) {
            result.found << QStringLiteral("CNAME ") + alias;
            if (cnameIsMistake) {
                addFinding(result,
                    Mistake::CnameBesideOtherRecords,
                    tr("%1 is an alias (CNAME) for %2. A name with a CNAME can hold no other record, so the "
                       "MX and TXT records SES needs cannot be published there: delete the CNAME.")
                        .arg(record.name, alias));
            } else {
                result.notes << tr("Published through an alias (CNAME) to %1.").arg(alias);
            }
        }
        for (const Txt &t : std::as_const(*txts))
            result.found << presentTxt(t);
        if (txts->isEmpty()) {
            if (alias.isEmpty())
                missing();
            else
                result.state = cnameIsMistake ? State::Different : State::Missing;
            return false;
        }
        return true;
    }

    void literalQuotes(const Txt &txt)
    {
        addFinding(result,
            Mistake::TxtLiteralQuotes,
            tr("The value contains quotation marks as part of the text (%1). Your DNS provider adds the "
               "quotation marks itself: enter the value without them.")
                .arg(presentTxt(txt)));
    }

    void splitIntoRecords(int count)
    {
        addFinding(result,
            Mistake::TxtSplitIntoRecords,
            tr("The value is spread over %n separate TXT records. It must be one record: put the whole value "
               "into a single TXT record (long values become several strings of that one record).",
                nullptr,
                count));
    }

    void spf(const DnsLookupAnswer &primary)
    {
        QList<Txt> txts;
        if (!collectTxt(primary, &txts, true))
            return;
        // One value spread over several records: only if no single record is the whole SPF record,
        // since any SPF record joined with other TXT records would pass the test too.
        const bool oneComplete = std::any_of(txts.begin(), txts.end(), [](const Txt &t) {
            const QString v = withoutQuotes(joined(t));
            return isSpfLike(v) && hasAmazonSesInclude(v);
        });
        if (!oneComplete && someOrderForms(txts, QStringLiteral(" "), [](const QString &v) {
                return isSpfLike(v) && hasAmazonSesInclude(v);
            })) {
            splitIntoRecords(int(txts.size()));
            result.state = State::Different;
            return;
        }
        QList<Txt> spf;
        QList<Txt> quotedSpf;
        for (const Txt &t : std::as_const(txts)) {
            const QString text = joined(t);
            if (isSpfLike(text))
                spf << t;
            else if (isSpfLike(withoutQuotes(text)))
                quotedSpf << t;
        }
        if (spf.isEmpty() && quotedSpf.isEmpty()) {
            result.notes << tr("There are TXT records at this name, but none is an SPF record (v=spf1 ...).");
            if (result.findings.isEmpty()) {
                result.state = State::Missing;
                missing();
            } else {
                result.state = State::Different;
            }
            return;
        }
        const int count = int(spf.size() + quotedSpf.size());
        if (count > 1)
            addFinding(result,
                Mistake::MultipleSpf,
                tr("There are %n SPF records at this name. SPF allows only one: receivers treat several as an "
                   "error (PermError). Merge them into one record.",
                    nullptr,
                    count));
        const Txt &txt = spf.isEmpty() ? quotedSpf.first() : spf.first();
        QString value = joined(txt).trimmed();
        if (spf.isEmpty() || value.contains(QLatin1Char('"'))) {
            literalQuotes(txt);
            value = withoutQuotes(value);
        }
        const bool valid = value.compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0
            || value.startsWith(QLatin1String("v=spf1 "), Qt::CaseInsensitive);
        if (!valid || !hasAmazonSesInclude(value)) {
            const QString spaced = joined(txt, QStringLiteral(" "));
            if (txt.strings.size() > 1 && hasAmazonSesInclude(withoutQuotes(spaced))) {
                addFinding(result,
                    Mistake::TxtSplitIntoStrings,
                    tr("The value is split into %n strings (%1). Receivers join them without spaces and read "
                       "\"%2\", which is not the intended record. Publish the value as one string: %3.",
                        nullptr,
                        int(txt.strings.size()))
                        .arg(presentTxt(txt), value, record.presentationValue()));
            } else {
                addFinding(result,
                    Mistake::SpfWithoutAmazonSes,
                    tr("The SPF record does not include amazonses.com, so mail sent through SES fails SPF. Add "
                       "include:amazonses.com; the suggested record is %1.")
                        .arg(record.presentationValue()));
            }
        } else if (collapseSpaces(value).compare(record.value, Qt::CaseInsensitive) != 0) {
            result.notes << tr("The SPF record includes amazonses.com together with other mechanisms.");
        }
        settle(result);
    }

    void byoDkim(const DnsLookupAnswer &primary)
    {
        QList<Txt> txts;
        if (!collectTxt(primary, &txts, false))
            return;
        QString expectedKey = record.value;
        if (expectedKey.startsWith(QLatin1String("p=")))
            expectedKey = expectedKey.mid(2);
        auto keyOf = [](const QString &text) {
            return parseTags(withoutQuotes(text)).value(QStringLiteral("p"));
        };
        const bool oneMatches = std::any_of(txts.begin(), txts.end(), [&](const Txt &t) {
            return keyOf(joined(t)) == expectedKey;
        });
        if (!expectedKey.isEmpty() && !oneMatches && someOrderForms(txts, QString(), [&](const QString &v) {
                return keyOf(v) == expectedKey;
            })) {
            splitIntoRecords(int(txts.size()));
            result.state = State::Different;
            return;
        }
        QList<Txt> keys;
        for (const Txt &t : std::as_const(txts)) {
            const QMap<QString, QString> tags = parseTags(withoutQuotes(joined(t)));
            if (tags.contains(QStringLiteral("p")) || tags.value(QStringLiteral("v")) == QLatin1String("DKIM1"))
                keys << t;
        }
        if (keys.isEmpty()) {
            result.notes << tr("There are TXT records at this name, but none is a DKIM key (p=...).");
            missing();
            return;
        }
        if (keys.size() > 1)
            addFinding(result,
                Mistake::MultipleDkimKeys,
                tr("There are %n DKIM key records at this selector; there must be exactly one.",
                    nullptr,
                    int(keys.size())));
        const Txt &txt = keys.first();
        if (joined(txt).contains(QLatin1Char('"')))
            literalQuotes(txt);
        const QString key = keyOf(joined(txt));
        if (expectedKey.isEmpty()) {
            result.state = result.findings.isEmpty() ? State::PresentUnverified : State::Different;
            result.notes << tr("A DKIM key is published; it was not compared because the public key is not known "
                               "here.");
            return;
        }
        if (key != expectedKey)
            addFinding(result,
                Mistake::DifferentValue,
                key.isEmpty() ? tr("The DKIM record has an empty key (p=): the key is revoked.")
                              : tr("The published public key is not the public key of this identity's private "
                                   "key."));
        settle(result);
    }

    void dmarc(const DnsLookupAnswer &primary)
    {
        QList<Txt> txts;
        if (!collectTxt(primary, &txts, false))
            return;
        QList<Txt> records;
        for (const Txt &t : std::as_const(txts)) {
            if (isDmarc(withoutQuotes(joined(t))))
                records << t;
        }
        if (records.isEmpty()) {
            if (someOrderForms(txts, QString(), [](const QString &v) {
                    return isDmarc(v);
                })) {
                splitIntoRecords(int(txts.size()));
            } else {
                addFinding(result,
                    Mistake::DmarcMalformed,
                    tr("The TXT record at %1 does not start with v=DMARC1, so receivers ignore it. The "
                       "suggested record is %2.")
                        .arg(record.name, record.presentationValue()));
            }
            result.state = State::Different;
            return;
        }
        if (records.size() > 1)
            addFinding(result,
                Mistake::MultipleDmarc,
                tr("There are %n DMARC records. With more than one, receivers apply none of them: keep one.",
                    nullptr,
                    int(records.size())));
        const Txt &txt = records.first();
        if (joined(txt).contains(QLatin1Char('"')))
            literalQuotes(txt);
        const QMap<QString, QString> tags = parseTags(withoutQuotes(joined(txt)));
        const QString policy = tags.value(QStringLiteral("p")).toLower();
        static const QStringList policies{
            QStringLiteral("none"), QStringLiteral("quarantine"), QStringLiteral("reject")};
        if (!policies.contains(policy)) {
            addFinding(result,
                Mistake::DmarcMalformed,
                tr("The DMARC record has no valid policy: it needs p=none, p=quarantine or p=reject right after "
                   "v=DMARC1."));
        } else if (policy != parseTags(record.value).value(QStringLiteral("p"))) {
            result.notes << tr("A DMARC record with the policy p=%1 is published.").arg(policy);
        }
        settle(result);
    }

    void mailFromMx(const DnsLookupAnswer &primary)
    {
        const DnsLookupAnswer::Cname *cname = primary.cnameAtName();
        if (cname) {
            result.found << QStringLiteral("CNAME ") + norm(cname->target);
            addFinding(result,
                Mistake::CnameBesideOtherRecords,
                tr("%1 is an alias (CNAME) for %2. A name with a CNAME can hold no other record, so the MX and "
                   "TXT records SES needs cannot be published there: delete the CNAME.")
                    .arg(record.name, norm(cname->target)));
        }
        const QList<DnsLookupAnswer::Mx> mxs = primary.mxAtName();
        for (const auto &mx : mxs)
            result.found << presentMx(mx);
        if (mxs.isEmpty()) {
            if (cname)
                result.state = State::Different;
            else
                missing();
            return;
        }
        const QString expected = norm(record.value);
        if (mxs.size() > 1) {
            QStringList list;
            for (const auto &mx : mxs)
                list << presentMx(mx);
            addFinding(result,
                Mistake::MultipleMx,
                tr("The MAIL FROM domain has %n MX records (%1). SES requires exactly one: keep only \"%2\".",
                    nullptr,
                    int(mxs.size()))
                    .arg(list.join(QStringLiteral(", ")), record.presentationValue()));
        } else {
            const auto &mx = mxs.first();
            const QString host = norm(mx.exchange);
            if (host == expected) {
                if (mx.preference != record.priority)
                    result.notes << tr("The priority is %1 where the guide gives %2; with a single MX record that "
                                       "does not matter.")
                                        .arg(mx.preference)
                                        .arg(record.priority);
            } else if (isValueWithDomainAppended(host, expected)) {
                valueWithDomainAppended(host, expected);
            } else if (auto region = RegionTable::findByFeedbackHost(host)) {
                result.notes << tr("The MX record points to the feedback endpoint of %1 (%2). That works: one MX "
                                   "record serves a MAIL FROM domain used in several regions.")
                                    .arg(region->displayName(), region->code);
            } else {
                addFinding(result,
                    Mistake::DifferentValue,
                    tr("The MX record points to %1 instead of %2.").arg(host, expected));
            }
        }
        settle(result);
    }

    void inboundMx(const DnsLookupAnswer &primary)
    {
        const QList<DnsLookupAnswer::Mx> mxs = primary.mxAtName();
        for (const auto &mx : mxs)
            result.found << presentMx(mx);
        if (mxs.isEmpty())
            return missing();
        const QString expected = norm(record.value);
        const bool present = std::any_of(mxs.begin(), mxs.end(), [&](const DnsLookupAnswer::Mx &mx) {
            return norm(mx.exchange) == expected;
        });
        if (present) {
            if (mxs.size() > 1)
                result.notes << tr("Other MX records exist too; mail goes to the one with the lowest priority "
                                   "number first.");
            settle(result);
            return;
        }
        const QString host = norm(mxs.first().exchange);
        if (isValueWithDomainAppended(host, expected)) {
            valueWithDomainAppended(host, expected);
        } else if (auto region = RegionTable::findByInboundHost(host)) {
            addFinding(result,
                Mistake::DifferentValue,
                tr("The MX record points to the receiving endpoint of %1 (%2); this identity is in %3.")
                    .arg(region->displayName(), region->code, record.value));
        } else {
            addFinding(result,
                Mistake::DifferentValue,
                tr("Mail for %1 goes to %2. To receive it with SES in this region, the MX record must point "
                   "to %3.")
                    .arg(record.name, host, expected));
        }
        settle(result);
    }

    // Last, because it leaves the rest of the struct private; names the diagnoser's context for
    // lupdate and at run time.
    Q_DECLARE_TR_FUNCTIONS(Ses::DnsRecordDiagnoser)
};

} // namespace

DnsCheckResult DnsRecordDiagnoser::diagnose(const DnsRecord &record, const QString &domain, const Answers &answers)
{
    Diagnosis d{record, domain, answers, {}};
    d.result.name = record.name;
    d.result.expected = record.isComplete() ? record.presentationValue() : QString();
    const DnsLookupAnswer *primary = answerFor(answers, record.name, queryTypeFor(record.type));
    if (!primary)
        return d.result;
    if (primary->failed()) {
        d.result.state = State::LookupFailed;
        d.result.errorString = primary->errorString;
        return d.result;
    }
    switch (record.purpose) {
    case DnsRecord::Purpose::EasyDkim:
        d.easyDkim(*primary);
        break;
    case DnsRecord::Purpose::ByoDkim:
        d.byoDkim(*primary);
        break;
    case DnsRecord::Purpose::MailFromMx:
        d.mailFromMx(*primary);
        break;
    case DnsRecord::Purpose::MailFromSpf:
        d.spf(*primary);
        break;
    case DnsRecord::Purpose::Dmarc:
        d.dmarc(*primary);
        break;
    case DnsRecord::Purpose::InboundMx:
        d.inboundMx(*primary);
        break;
    }
    return d.result;
}

} // namespace Ses
