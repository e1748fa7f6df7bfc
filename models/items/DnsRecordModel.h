#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/ses/DnsCheckResult.h"
#include "models/ses/DnsRecordSet.h"

namespace Items
{

/// The DNS records of one identity (a DnsRecordSet) as a table, with the result of the last
/// DNS check beside each record. Roles carry the record and the check state, never colours.
class DnsRecordModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsRecordModel)

public:
    enum Column {
        PurposeColumn,
        TypeColumn,
        NameColumn,
        ValueColumn,
        PriorityColumn,
        StatusColumn,
        CheckColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RecordRole = Qt::UserRole + 1, ///< Ses::DnsRecord
        PurposeRole, ///< int (DnsRecord::Purpose)
        RequirementRole, ///< int (DnsRecord::Requirement)
        StatusRole, ///< int (DnsRecord::Status): what SES reports
        CheckStateRole, ///< int (DnsCheckResult::State)
        CheckResultRole, ///< Ses::DnsCheckResult
        /// QString: the copyable text of the cell (the value as it goes into DNS, the name
        /// in ASCII), where the display text is for people.
        CopyTextRole,
        CompleteRole, ///< bool: the value is known (a BYODKIM key may not be)
    };

    explicit DnsRecordModel(QObject *parent = nullptr);

    /// Shows set's records, forgetting every check result.
    void setRecordSet(const Ses::DnsRecordSet &set);
    const Ses::DnsRecordSet &recordSet() const
    {
        return m_set;
    }
    void clear();
    /// The result of checking record row.
    void setCheckResult(int row, const Ses::DnsCheckResult &result);
    /// Forgets every check result (back to "Not checked").
    void clearCheckResults();
    Ses::DnsRecord recordAt(int row) const;
    Ses::DnsCheckResult checkResultAt(int row) const;
    QList<Ses::DnsRecord> records() const
    {
        return m_set.records();
    }

    /// After a language change: headers and texts are read again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QString copyText(int row, int column) const;

    Ses::DnsRecordSet m_set;
    QList<Ses::DnsCheckResult> m_results;
};

} // namespace Items
