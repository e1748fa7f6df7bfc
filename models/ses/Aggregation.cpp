#include "models/ses/Aggregation.h"

namespace Ses
{

int Aggregation::seconds() const
{
    switch (m_period) {
    case FifteenMinutes:
        return 900;
    case Hour:
        return 3600;
    case Day:
        return 86400;
    }
    return 900;
}

QString Aggregation::key() const
{
    switch (m_period) {
    case FifteenMinutes:
        return QStringLiteral("15m");
    case Hour:
        return QStringLiteral("1h");
    case Day:
        return QStringLiteral("1d");
    }
    return {};
}

QString Aggregation::label() const
{
    switch (m_period) {
    case FifteenMinutes:
        return tr("15 minutes");
    case Hour:
        return tr("1 hour");
    case Day:
        return tr("1 day");
    }
    return {};
}

std::optional<Aggregation> Aggregation::fromKey(const QString &key)
{
    for (Period p : {FifteenMinutes, Hour, Day}) {
        if (Aggregation(p).key() == key)
            return Aggregation(p);
    }
    return std::nullopt;
}

QDateTime Aggregation::bucketStart(const QDateTime &time, const QTimeZone &zone) const
{
    const QDateTime local = time.toTimeZone(zone);
    if (m_period == Day)
        return local.date().startOfDay(zone).toUTC();
    // Floor the zone's wall clock (zones with 30- and 45-minute offsets keep whole local
    // quarters and hours), then go back by the same offset.
    const qint64 offset = local.offsetFromUtc();
    const qint64 wall = time.toSecsSinceEpoch() + offset;
    const qint64 size = seconds();
    const qint64 floored = wall - (((wall % size) + size) % size);
    return QDateTime::fromSecsSinceEpoch(floored - offset, Qt::UTC);
}

QDateTime Aggregation::nextBucket(const QDateTime &start, const QTimeZone &zone) const
{
    if (m_period == Day)
        return start.toTimeZone(zone).date().addDays(1).startOfDay(zone).toUTC();
    return bucketStart(start.addSecs(seconds()), zone);
}

QDateTime Aggregation::bucketsBefore(const QDateTime &start, int count, const QTimeZone &zone) const
{
    if (m_period == Day)
        return start.toTimeZone(zone).date().addDays(-count).startOfDay(zone).toUTC();
    return bucketStart(start.addSecs(-static_cast<qint64>(count) * seconds()), zone);
}

} // namespace Ses
