#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/aws/AwsClient.h"

namespace Items
{

/// Every API call SesDesk made, newest last: time, connection, operation, duration, result and
/// request id. Fed from AwsClient::callFinished; CallRecord holds no secrets, and neither does
/// this model. Keeps the latest maximumRows() calls.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogModel)

public:
    enum Column {
        TimeColumn,
        ConnectionColumn,
        OperationColumn,
        DurationColumn,
        ResultColumn,
        RequestIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Semantic outcome of a call, for the view's delegate (colours come from the view).
    enum class Outcome { Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    enum Role {
        OutcomeRole = Qt::UserRole + 1, ///< Outcome
        ErrorCodeRole, ///< QString, empty on success
        HttpStatusRole, ///< int
        StartedRole, ///< QDateTime (UTC)
    };

    explicit ActivityLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMaximumRows(int rows);
    int maximumRows() const
    {
        return m_maximumRows;
    }
    const Aws::CallRecord &recordAt(int row) const
    {
        return m_rows.at(row).record;
    }

public Q_SLOTS:
    /// Adds one finished call; connection says where it went ("Local Sandbox · us-east-1").
    void append(const Aws::CallRecord &record, const QString &connection);
    void clear();

private:
    struct Row {
        Aws::CallRecord record;
        QString connection;
    };
    QString resultText(const Aws::CallRecord &record) const;

    QList<Row> m_rows;
    int m_maximumRows = 5000;
};

} // namespace Items
