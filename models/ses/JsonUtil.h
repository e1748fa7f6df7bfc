#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Ses::Json
{

/// AWS REST-JSON timestamps are epoch seconds (numbers, possibly fractional); some servers send
/// ISO 8601 strings. Both are accepted.
inline QDateTime timestamp(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble() * 1000.0), Qt::UTC);
    if (value.isString())
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    return {};
}

inline QJsonValue fromTimestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(static_cast<double>(time.toMSecsSinceEpoch()) / 1000.0) : QJsonValue();
}

inline QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

inline QJsonArray toArray(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

} // namespace Ses::Json
