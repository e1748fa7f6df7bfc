#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include "models/ses/Aggregation.h"

namespace Ses
{

/// A half-open span of time [from, to) the charts and the CLI show. The presets end at the end
/// of the bucket holding "now" and go back a whole number of buckets, so "last 24 hours" is
/// exactly 96 quarter-hours, 24 hours or one day, whatever time it is.
class TimeRange
{
    Q_DECLARE_TR_FUNCTIONS(Ses::TimeRange)

public:
    enum Preset { Last24Hours, Last3Days, Last7Days, Last14Days, AllHistory };

    TimeRange() = default;
    TimeRange(QDateTime from, QDateTime to)
        : m_from(std::move(from))
        , m_to(std::move(to))
    {
    }

    /// The preset ending with the bucket that holds now. AllHistory starts at earliest (the
    /// oldest point SesDesk has kept), aligned down to a bucket.
    static TimeRange preset(Preset preset,
        const QDateTime &now,
        Aggregation aggregation,
        const QTimeZone &zone = QTimeZone::utc(),
        const QDateTime &earliest = {});
    /// "24h", "3d", "7d", "14d", "all": the CLI's --range values.
    static std::optional<Preset> presetFromKey(const QString &key);
    static QString presetKey(Preset preset);
    /// "Last 24 hours"... (translated).
    static QString presetLabel(Preset preset);
    /// Length of a preset in days (1, 3, 7, 14; 0 for AllHistory).
    static int presetDays(Preset preset);

    const QDateTime &from() const
    {
        return m_from;
    }
    const QDateTime &to() const
    {
        return m_to;
    }
    bool isValid() const
    {
        return m_from.isValid() && m_to.isValid() && m_from < m_to;
    }
    bool contains(const QDateTime &time) const
    {
        return time >= m_from && time < m_to;
    }

    friend bool operator==(const TimeRange &, const TimeRange &) = default;

private:
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace Ses
