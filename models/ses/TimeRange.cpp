#include "models/ses/TimeRange.h"

namespace Ses
{

int TimeRange::presetDays(Preset preset)
{
    switch (preset) {
    case Last24Hours:
        return 1;
    case Last3Days:
        return 3;
    case Last7Days:
        return 7;
    case Last14Days:
        return 14;
    case AllHistory:
        return 0;
    }
    return 0;
}

TimeRange TimeRange::preset(
    Preset preset, const QDateTime &now, Aggregation aggregation, const QTimeZone &zone, const QDateTime &earliest)
{
    const QDateTime to = aggregation.nextBucket(aggregation.bucketStart(now, zone), zone);
    if (preset == AllHistory) {
        QDateTime from = earliest.isValid() ? aggregation.bucketStart(earliest, zone) : QDateTime();
        // Never less than the two weeks SES itself keeps.
        const QDateTime twoWeeks = to.toTimeZone(zone).date().addDays(-14).startOfDay(zone).toUTC();
        const QDateTime fallback = aggregation.bucketStart(twoWeeks, zone);
        if (!from.isValid() || from > fallback)
            from = fallback;
        return {from, to};
    }
    const int days = presetDays(preset);
    if (aggregation.period() == Aggregation::Day)
        return {aggregation.bucketsBefore(to, days, zone), to};
    return {aggregation.bucketsBefore(to, days * 86400 / aggregation.seconds(), zone), to};
}

std::optional<TimeRange::Preset> TimeRange::presetFromKey(const QString &key)
{
    for (Preset p : {Last24Hours, Last3Days, Last7Days, Last14Days, AllHistory}) {
        if (presetKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString TimeRange::presetKey(Preset preset)
{
    switch (preset) {
    case Last24Hours:
        return QStringLiteral("24h");
    case Last3Days:
        return QStringLiteral("3d");
    case Last7Days:
        return QStringLiteral("7d");
    case Last14Days:
        return QStringLiteral("14d");
    case AllHistory:
        return QStringLiteral("all");
    }
    return {};
}

QString TimeRange::presetLabel(Preset preset)
{
    switch (preset) {
    case Last24Hours:
        return tr("Last 24 hours");
    case Last3Days:
        return tr("Last 3 days");
    case Last7Days:
        return tr("Last 7 days");
    case Last14Days:
        return tr("Last 14 days");
    case AllHistory:
        return tr("All history");
    }
    return {};
}

} // namespace Ses
