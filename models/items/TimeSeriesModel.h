#pragma once

#include <QAbstractTableModel>

#include "models/ses/TimeSeriesTable.h"

namespace Items
{

/// A Ses::TimeSeriesTable as a table model: one row per time bucket, the time then one column
/// per series. The chart maps it with QVXYModelMapper (DisplayRole: a QDateTime in the time
/// column, a number in series columns) and the table view shows it, so they cannot disagree.
/// Gaps are invalid values; runs() tells a chart which row ranges to draw as separate lines.
/// Roles in TimeSeriesRoles.h; colours and formats belong to the views.
class TimeSeriesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesModel)

public:
    explicit TimeSeriesModel(QObject *parent = nullptr);

    void setTable(Ses::TimeSeriesTable table);
    const Ses::TimeSeriesTable &table() const
    {
        return m_table;
    }

    /// Model column of a series key (DeliveryAttempts...), or -1.
    int columnForSeries(const QString &key) const;
    /// Rows with a value in a model column, as contiguous runs (one line segment each).
    QList<Ses::RowRun> runs(int column) const;
    /// "Delivery attempts", "Bounce rate"... for a series key (translated); the key itself when
    /// unknown.
    static QString seriesLabel(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Ses::TimeSeriesTable m_table;
};

} // namespace Items
