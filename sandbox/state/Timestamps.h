#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>

namespace Sandbox
{

/// Timestamps as SES v2 puts them in JSON: epoch seconds, a number with millisecond fractions.
namespace Timestamps
{

inline double toJson(const QDateTime &time)
{
    return static_cast<double>(time.toMSecsSinceEpoch()) / 1000.0;
}

inline QDateTime fromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble() * 1000.0 + 0.5), QTimeZone::utc());
}

/// ISO 8601 with milliseconds, UTC ("2026-11-24T15:24:24.123Z"): for the Sandbox's own API.
inline QString toIso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Timestamps

} // namespace Sandbox
