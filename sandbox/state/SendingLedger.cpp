#include "sandbox/state/SendingLedger.h"

#include <algorithm>

#include <QJsonObject>
#include <QTimeZone>

#include "sandbox/state/StateStore.h"

namespace Sandbox
{

namespace
{

const QString kCollection = QStringLiteral("sending-statistics");
// Keys "<set>/<bucket>": set names never contain '/', so one set's buckets share a prefix.
const QString kSetCollection = QStringLiteral("sending-statistics-by-configuration-set");

QString keyFor(const QDateTime &bucket)
{
    return bucket.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime fromKey(const QString &key)
{
    QDateTime t = QDateTime::fromString(key, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

SendingCounters fromJson(const QJsonObject &o)
{
    SendingCounters c;
    c.deliveryAttempts = o.value(QLatin1String("DeliveryAttempts")).toInteger();
    c.bounces = o.value(QLatin1String("Bounces")).toInteger();
    c.complaints = o.value(QLatin1String("Complaints")).toInteger();
    c.rejects = o.value(QLatin1String("Rejects")).toInteger();
    c.quotaRecipients = o.value(QLatin1String("QuotaRecipients")).toInteger();
    c.reputationSends = o.value(QLatin1String("ReputationSends")).toInteger();
    c.reputationBounces = o.value(QLatin1String("ReputationBounces")).toInteger();
    c.reputationComplaints = o.value(QLatin1String("ReputationComplaints")).toInteger();
    return c;
}

QJsonObject toJson(const SendingCounters &c)
{
    return QJsonObject{
        {QStringLiteral("DeliveryAttempts"), c.deliveryAttempts},
        {QStringLiteral("Bounces"), c.bounces},
        {QStringLiteral("Complaints"), c.complaints},
        {QStringLiteral("Rejects"), c.rejects},
        {QStringLiteral("QuotaRecipients"), c.quotaRecipients},
        {QStringLiteral("ReputationSends"), c.reputationSends},
        {QStringLiteral("ReputationBounces"), c.reputationBounces},
        {QStringLiteral("ReputationComplaints"), c.reputationComplaints},
    };
}

} // namespace

SendingCounters &SendingCounters::operator+=(const SendingCounters &other)
{
    deliveryAttempts += other.deliveryAttempts;
    bounces += other.bounces;
    complaints += other.complaints;
    rejects += other.rejects;
    quotaRecipients += other.quotaRecipients;
    reputationSends += other.reputationSends;
    reputationBounces += other.reputationBounces;
    reputationComplaints += other.reputationComplaints;
    return *this;
}

SendingLedger::SendingLedger(StateStore &store)
    : m_store(store)
    , m_rate(1.0, 50.0)
{
}

QDateTime SendingLedger::bucketStart(const QDateTime &time)
{
    const qint64 secs = time.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - (secs % 900), QTimeZone::utc());
}

bool SendingLedger::record(const QDateTime &when, const SendingCounters &delta)
{
    const QString key = keyFor(bucketStart(when));
    SendingCounters counters = fromJson(m_store.get(kCollection, key).value_or(QJsonObject()));
    counters += delta;
    return m_store.put(kCollection, key, toJson(counters));
}

bool SendingLedger::recordForConfigurationSet(
    const QString &setName, const QDateTime &when, const SendingCounters &delta)
{
    const QString key = setName + QLatin1Char('/') + keyFor(bucketStart(when));
    SendingCounters counters = fromJson(m_store.get(kSetCollection, key).value_or(QJsonObject()));
    counters += delta;
    return m_store.put(kSetCollection, key, toJson(counters));
}

qint64 SendingLedger::sentLast24Hours(const QDateTime &now) const
{
    qint64 total = 0;
    for (const Bucket &bucket : buckets(now.addSecs(-24 * 3600), now.addSecs(1)))
        total += bucket.counters.quotaRecipients;
    return total;
}

QList<SendingLedger::Bucket> SendingLedger::buckets(const QDateTime &from, const QDateTime &to) const
{
    QList<Bucket> out;
    // Keys sort chronologically; start just before the first bucket that can qualify.
    const QString after = keyFor(bucketStart(from).addSecs(-1));
    for (const StoredDocument &doc : m_store.list(kCollection, after)) {
        const QDateTime start = fromKey(doc.key);
        if (start < from)
            continue;
        if (start >= to)
            break;
        out.append(Bucket{start, fromJson(doc.body)});
    }
    return out;
}

QList<SendingLedger::Bucket> SendingLedger::configurationSetBuckets(
    const QString &setName, const QDateTime &from, const QDateTime &to) const
{
    QList<Bucket> out;
    const QString prefix = setName + QLatin1Char('/');
    const QString after = prefix + keyFor(bucketStart(from).addSecs(-1));
    for (const StoredDocument &doc : m_store.list(kSetCollection, after, -1, prefix)) {
        const QDateTime start = fromKey(doc.key.mid(prefix.size()));
        if (start < from)
            continue;
        if (start >= to)
            break;
        out.append(Bucket{start, fromJson(doc.body)});
    }
    return out;
}

bool SendingLedger::takeSendingRate(int recipients, double maxSendRate, const QDateTime &now)
{
    m_rate.reconfigure(maxSendRate, std::max(50.0, 5.0 * maxSendRate));
    return m_rate.tryTake(recipients, now);
}

} // namespace Sandbox
