#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Items
{

/// Columns, roles and values of the suppression list table.
namespace SuppressionList
{

/// A SuppressionListReason.
enum class Reason { Unknown, Bounce, Complaint };

enum Column { EmailAddressColumn, ReasonColumn, LastUpdateColumn, ColumnCount };

enum Role {
    EmailAddressRole = Qt::UserRole + 1, ///< QString
    ReasonRole, ///< int (Reason)
    LastUpdateTimeRole, ///< QDateTime (UTC)
};

Reason reasonFromSes(const QString &reason);
QString reasonToSes(Reason reason);
/// "Bounce", "Complaint" (translated).
QString reasonText(Reason reason);

/// What the list shows: SES's own filters of ListSuppressedDestinations (inclusive times).
struct Filter {
    QStringList reasons; ///< BOUNCE, COMPLAINT; empty: every reason
    QDateTime start; ///< invalid: from the first entry
    QDateTime end; ///< invalid: up to now

    bool isEmpty() const
    {
        return reasons.isEmpty() && !start.isValid() && !end.isValid();
    }
    /// Whether an entry with this reason and time falls inside the filter.
    bool accepts(const QString &reason, const QDateTime &lastUpdateTime) const;
    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace SuppressionList

} // namespace Items
