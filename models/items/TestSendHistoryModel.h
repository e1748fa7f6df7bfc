#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/ses/TestSendRecord.h"

namespace Items
{

/// The test sends of the current account and region, newest first: time, sender, scenario,
/// recipient, message id, what SES answered and what became of the message.
class TestSendHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestSendHistoryModel)

public:
    enum Column {
        TimeColumn,
        FromColumn,
        ScenarioColumn,
        RecipientColumn,
        MessageIdColumn,
        ResultColumn,
        OutcomeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RecordIdRole = Qt::UserRole + 1, ///< QString
        SentAtRole, ///< QDateTime (UTC)
        MessageIdRole, ///< QString, empty when SES refused the message
        AcceptedRole, ///< bool
        OutcomeStatusRole, ///< int: Ses::MessageOutcome::Status
        ScenarioRole, ///< QString: the simulator keyword, empty for a custom recipient
        ErrorCodeRole, ///< QString
    };

    explicit TestSendHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Records oldest first, as the history keeps them; shown newest first.
    void setRecords(const QList<Ses::TestSendRecord> &records);
    /// Adds the record at the top, or updates the one with its id in place.
    void upsert(const Ses::TestSendRecord &record);
    void clear();

    const Ses::TestSendRecord &recordAt(int row) const
    {
        return m_records.at(row);
    }
    int rowOf(const QString &recordId) const;
    int rowOfMessage(const QString &messageId) const;

private:
    QString scenarioText(const Ses::TestSendRecord &record) const;
    QString resultText(const Ses::TestSendRecord &record) const;

    QList<Ses::TestSendRecord> m_records; ///< newest first
};

} // namespace Items
