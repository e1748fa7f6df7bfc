#include "models/ses/DnsChecker.h"

#include <QDnsLookup>
#include <QLoggingCategory>

namespace Ses
{

Q_LOGGING_CATEGORY(lcDnsCheck, "sesdesk.ses.dnscheck", QtInfoMsg)

namespace
{

QDnsLookup::Type toQt(DnsLookupAnswer::QueryType type)
{
    switch (type) {
    case DnsLookupAnswer::QueryType::CNAME:
        return QDnsLookup::CNAME;
    case DnsLookupAnswer::QueryType::MX:
        return QDnsLookup::MX;
    case DnsLookupAnswer::QueryType::TXT:
        return QDnsLookup::TXT;
    case DnsLookupAnswer::QueryType::NS:
        return QDnsLookup::NS;
    }
    return QDnsLookup::TXT;
}

DnsLookupAnswer toAnswer(const QDnsLookup &lookup, const DnsRecordDiagnoser::Query &query)
{
    DnsLookupAnswer answer;
    answer.name = query.name;
    answer.type = query.type;
    switch (lookup.error()) {
    case QDnsLookup::NoError:
        answer.outcome = DnsLookupAnswer::Outcome::Records;
        break;
    case QDnsLookup::NotFoundError:
        answer.outcome = DnsLookupAnswer::Outcome::NxDomain;
        return answer;
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4 on Unix reports a NOERROR answer without records of the asked type (NODATA: the
        // name exists, the type does not) as an invalid reply, because res_nquery() fails for it;
        // but it reports no answer at all (server down, port closed, timeout) the same way. Read
        // as NODATA here; DnsChecker turns it into a failure when the server answered nothing.
        answer.outcome = DnsLookupAnswer::Outcome::NoData;
        return answer;
    default:
        answer.outcome = DnsLookupAnswer::Outcome::Failed;
        answer.errorString = lookup.errorString();
        return answer;
    }
    const auto cnames = lookup.canonicalNameRecords();
    for (const QDnsDomainNameRecord &r : cnames)
        answer.cnames.append(DnsLookupAnswer::Cname{r.name(), r.value()});
    const auto mxs = lookup.mailExchangeRecords();
    for (const QDnsMailExchangeRecord &r : mxs)
        answer.mx.append(DnsLookupAnswer::Mx{r.name(), r.preference(), r.exchange()});
    const auto txts = lookup.textRecords();
    for (const QDnsTextRecord &r : txts)
        answer.txt.append(DnsLookupAnswer::Txt{r.name(), r.values()});
    if (answer.cnames.isEmpty() && answer.mx.isEmpty() && answer.txt.isEmpty())
        answer.outcome = DnsLookupAnswer::Outcome::NoData;
    return answer;
}

} // namespace

DnsChecker::DnsChecker(QObject *parent)
    : QObject(parent)
{
}

DnsChecker::~DnsChecker()
{
    abortLookups();
}

void DnsChecker::setNameserver(const QHostAddress &address)
{
    m_nameserver = address;
}

void DnsChecker::setMaximumConcurrentLookups(int count)
{
    m_maximumConcurrent = qMax(1, count);
}

void DnsChecker::start(const DnsRecordSet &set)
{
    if (m_running)
        cancel();
    m_set = set;
    m_results.clear();
    m_decided.clear();
    for (const DnsRecord &r : m_set.records()) {
        DnsCheckResult pending;
        pending.name = r.name;
        pending.expected = r.isComplete() ? r.presentationValue() : QString();
        m_results << pending;
        m_decided << false;
    }
    m_answers.clear();
    m_ambiguous.clear();
    m_serverAnswered = false;
    m_pending.clear();
    ++m_generation;
    m_round = 1;
    m_done = 0;
    m_total = 0;
    m_running = true;
    Q_EMIT started(int(m_results.size()));

    QList<Query> queries;
    for (const DnsRecord &r : m_set.records())
        queries << DnsRecordDiagnoser::primaryQueries(r);
    // Probes that any answering server answers with something other than "no data": the NS
    // records of the domain and of each parent (an apex has them; a TLD is refused or answered).
    QStringList labels = m_set.domain().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    while (!labels.isEmpty()) {
        queries << Query{labels.join(QLatin1Char('.')), DnsLookupAnswer::QueryType::NS};
        labels.removeFirst();
    }
    enqueue(queries);
    if (m_pending.isEmpty()) {
        roundFinished();
        return;
    }
    launchPending();
}

void DnsChecker::recheck()
{
    start(m_set);
}

void DnsChecker::cancel()
{
    if (!m_running)
        return;
    abortLookups();
    m_pending.clear();
    m_running = false;
    ++m_generation;
    Q_EMIT cancelled();
}

void DnsChecker::abortLookups()
{
    for (const QPointer<QDnsLookup> &lookup : std::as_const(m_active)) {
        if (!lookup)
            continue;
        lookup->disconnect(this);
        lookup->abort();
        lookup->deleteLater();
    }
    m_active.clear();
}

void DnsChecker::enqueue(const QList<Query> &queries)
{
    for (const Query &q : queries) {
        const QString key = DnsRecordDiagnoser::answerKey(q.name, q.type);
        if (m_answers.contains(key) || m_pending.contains(q))
            continue;
        bool active = false;
        for (const QPointer<QDnsLookup> &lookup : std::as_const(m_active)) {
            if (lookup && lookup->name() == q.name && lookup->type() == toQt(q.type))
                active = true;
        }
        if (active)
            continue;
        m_pending << q;
        ++m_total;
    }
    Q_EMIT progress(m_done, m_total);
}

void DnsChecker::launchPending()
{
    while (!m_pending.isEmpty() && m_active.size() < m_maximumConcurrent) {
        const Query query = m_pending.takeFirst();
        auto *lookup = new QDnsLookup(toQt(query.type), query.name, this);
        if (!m_nameserver.isNull())
            lookup->setNameserver(m_nameserver);
        connect(lookup, &QDnsLookup::finished, this, [this, lookup, query] {
            onLookupFinished(lookup, query);
        });
        m_active << lookup;
        qCDebug(lcDnsCheck) << "query" << query.name << int(query.type);
        lookup->lookup();
    }
}

void DnsChecker::onLookupFinished(QDnsLookup *lookup, const Query &query)
{
    m_active.removeAll(lookup);
    lookup->deleteLater();
    if (!m_running)
        return;
    const DnsLookupAnswer answer = toAnswer(*lookup, query);
    const QString key = DnsRecordDiagnoser::answerKey(query.name, query.type);
    if (lookup->error() == QDnsLookup::InvalidReplyError)
        m_ambiguous << key;
    else if (lookup->error() != QDnsLookup::ResolverError)
        m_serverAnswered = true;
    qCDebug(lcDnsCheck) << "answer" << query.name << int(query.type) << int(answer.outcome) << answer.errorString;
    m_answers.insert(key, answer);
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (!m_pending.isEmpty()) {
        launchPending();
        return;
    }
    if (m_active.isEmpty())
        roundFinished();
}

void DnsChecker::roundFinished()
{
    // Decide every record whose answers are complete; after the first round, ask the follow-up
    // queries of the records not found.
    const int generation = m_generation;
    const QList<DnsRecord> records = m_set.records();
    if (m_round == 1 && !m_serverAnswered) {
        // Not one real answer: the "no data" replies were no replies.
        const QString server = m_nameserver.isNull() ? tr("the system's resolver") : m_nameserver.toString();
        for (const QString &key : std::as_const(m_ambiguous)) {
            DnsLookupAnswer &answer = m_answers[key];
            answer.outcome = DnsLookupAnswer::Outcome::Failed;
            answer.errorString = tr("No answer from %1.").arg(server);
        }
    }
    QList<Query> followUps;
    for (int i = 0; i < records.size(); ++i) {
        if (m_decided.at(i))
            continue;
        const QList<Query> more = m_round == 1
            ? DnsRecordDiagnoser::followUpQueries(records.at(i), m_set.domain(), m_answers)
            : QList<Query>();
        if (!more.isEmpty()) {
            followUps << more;
            continue;
        }
        m_results[i] = DnsRecordDiagnoser::diagnose(records.at(i), m_set.domain(), m_answers);
        m_decided[i] = true;
        Q_EMIT recordChecked(i, m_results.at(i));
        if (generation != m_generation) // a slot cancelled or restarted the check
            return;
    }
    if (m_round == 1 && !followUps.isEmpty()) {
        m_round = 2;
        enqueue(followUps);
        if (!m_pending.isEmpty()) {
            launchPending();
            return;
        }
        roundFinished();
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace Ses

#include "moc_DnsChecker.cpp"
