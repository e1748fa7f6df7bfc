#pragma once

#include <optional>

#include <QModelIndex>
#include <QString>

#include "models/aws/AwsError.h"
#include "models/ses/IdentityTypes.h"

namespace Items
{

/// Columns, roles and values of the identity table (IdentityTableModel and IdentityFilterModel).
namespace Identity
{

enum Column {
    NameColumn,
    TypeColumn,
    VerificationColumn,
    DkimColumn,
    SendingColumn,
    ConfigurationSetColumn,
    ColumnCount
};

/// SES's VerificationStatus / DkimStatus values; Unknown before the details are loaded (DKIM).
enum class Status { Unknown, NotStarted, Pending, Success, Failed, TemporaryFailure };
enum class Type { Unknown, EmailAddress, Domain, ManagedDomain };
/// Whether GetEmailIdentity's details (DKIM status, default configuration set) are in.
enum class DetailsState { NotLoaded, Loading, Loaded, Failed };

enum Role {
    AsciiNameRole = Qt::UserRole + 1, ///< QString: the name as SES has it (punycode)
    UnicodeNameRole, ///< QString: the name for people
    TypeRole, ///< int (Type)
    VerificationStatusRole, ///< int (Status)
    DkimStatusRole, ///< int (Status)
    SendingEnabledRole, ///< bool
    ConfigurationSetRole, ///< QString, empty if none or not loaded
    DetailsStateRole, ///< int (DetailsState)
    SortRole, ///< what the column sorts by (status order, names case-folded)
};

Status statusFromSes(const QString &sesStatus);
Type typeFromSes(const QString &sesType);
/// "Verified", "Pending"... as the SES console says them (translated).
QString statusText(Status status);
/// What a status means and how long SES keeps trying (translated; the guide's words).
QString verificationMeaning(Status status, Type type);
QString dkimMeaning(Status status);
QString typeText(Type type);

} // namespace Identity

/// One row of the identity table: ListEmailIdentities' summary, the Unicode form of its name,
/// and GetEmailIdentity's details once loaded.
struct IdentityEntry {
    Ses::IdentitySummary summary;
    QString unicodeName;
    Identity::DetailsState detailsState = Identity::DetailsState::NotLoaded;
    std::optional<Ses::EmailIdentity> details;
    Aws::AwsError detailsError;

    QString name() const
    {
        return summary.identityName;
    }
    bool isDomain() const
    {
        return summary.identityType == QLatin1String("DOMAIN");
    }
};

/// What panes ask of the identity model, whichever proxy sits in between: the identity at a
/// view's index. Implemented by IdentityTableModel and IdentityFilterModel alike.
class IdentityItems
{
public:
    virtual ~IdentityItems() = default;
    /// The identity at index (any column), or nullopt for an invalid index.
    virtual std::optional<IdentityEntry> identityAt(const QModelIndex &index) const = 0;
};

} // namespace Items
