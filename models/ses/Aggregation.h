#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Ses
{

/// The bucket sizes the statistics can be shown in: SES's own 15 minutes, hours and days.
/// Buckets are aligned in a time zone (UTC by default; the GUI passes the local zone so a
/// "day" is the user's day).
class Aggregation
{
    Q_DECLARE_TR_FUNCTIONS(Ses::Aggregation)

public:
    enum Period { FifteenMinutes, Hour, Day };

    constexpr Aggregation(Period period = FifteenMinutes)
        : m_period(period)
    {
    }

    Period period() const
    {
        return m_period;
    }
    /// Nominal length in seconds (900, 3600, 86400): also the CloudWatch Period to ask for.
    int seconds() const;
    /// "15m", "1h", "1d": the CLI's --period values.
    QString key() const;
    /// "15 minutes", "1 hour", "1 day" (translated).
    QString label() const;
    static std::optional<Aggregation> fromKey(const QString &key);

    /// Start of the bucket that contains time.
    QDateTime bucketStart(const QDateTime &time, const QTimeZone &zone = QTimeZone::utc()) const;
    /// Start of the bucket after the one starting at start (a day may be 23 or 25 hours long).
    QDateTime nextBucket(const QDateTime &start, const QTimeZone &zone = QTimeZone::utc()) const;
    /// Moves back count buckets from start (a bucket boundary).
    QDateTime bucketsBefore(const QDateTime &start, int count, const QTimeZone &zone = QTimeZone::utc()) const;

    friend bool operator==(Aggregation a, Aggregation b)
    {
        return a.m_period == b.m_period;
    }

private:
    Period m_period;
};

} // namespace Ses
