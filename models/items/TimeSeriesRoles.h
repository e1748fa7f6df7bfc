#pragma once

#include <Qt>

namespace Items
{

/// Columns and roles of TimeSeriesModel: column 0 is the bucket's start time, columns 1..N the
/// series of the table it shows (TimeSeriesModel::seriesColumn maps them).
namespace TimeSeriesRoles
{

constexpr int TimeColumn = 0;
constexpr int FirstSeriesColumn = 1;

enum Role {
    /// QDateTime (UTC) of the bucket start, in every column.
    TimestampRole = Qt::UserRole + 1,
    /// double, or an invalid QVariant for a gap.
    ValueRole,
    /// bool: the cell (or, in the time column, the whole row) has no value.
    IsGapRole,
    /// int: how many source points the bucket summarises.
    SampleCountRole,
    /// QString: the series' API name ("DeliveryAttempts", "Reputation.BounceRate").
    SeriesKeyRole,
    /// int: Ses::SeriesKind (count or ratio), so a delegate knows to show a percent.
    SeriesKindRole,
    /// int: Ses::ReputationStatus of a reputation rate cell (Unknown elsewhere).
    StatusRole,
};

} // namespace TimeSeriesRoles

} // namespace Items
