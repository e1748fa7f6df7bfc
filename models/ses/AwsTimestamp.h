#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace Ses
{

/// AWS timestamps on the wire: ISO 8601 in Query (XML) answers, with any number of fractional
/// digits ("2026-11-24T15:42:49.617063Z"), epoch seconds in awsJson answers. One reader for both,
/// and the writers each protocol expects.
class AwsTimestamp
{
public:
    /// ISO 8601 with "Z" or an offset, fractional seconds of any length (rounded to ms). Invalid
    /// QDateTime when the text is not one.
    static QDateTime parseIso(const QString &text);
    /// A JSON number (epoch seconds, possibly fractional) or an ISO 8601 string.
    static QDateTime fromJson(const QJsonValue &value);
    /// "2026-11-24T15:45:00Z" (milliseconds only when present), as Query requests send it.
    static QString toIso(const QDateTime &time);
    /// Epoch seconds as a JSON number, as awsJson requests send it.
    static QJsonValue toEpochJson(const QDateTime &time);
};

} // namespace Ses
