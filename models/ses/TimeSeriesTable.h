#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ses
{

/// What a time-series column holds, so views format it (a count, or a ratio shown as percent).
enum class SeriesKind { Count, Ratio };

struct SeriesColumn {
    QString key; ///< API member name: "DeliveryAttempts", "Reputation.BounceRate"...
    SeriesKind kind = SeriesKind::Count;
};

/// A contiguous run of rows with a value in one column: a chart draws one line per run, so
/// gaps stay gaps.
struct RowRun {
    int first = 0;
    int count = 0;
    friend bool operator==(const RowRun &, const RowRun &) = default;
};

/// Time buckets (rows, ascending) by named series (columns), each cell a value or a gap. The one
/// shape every chart, table, CSV export and CLI listing reads, so they cannot disagree.
class TimeSeriesTable
{
public:
    TimeSeriesTable() = default;
    TimeSeriesTable(QList<SeriesColumn> columns, int bucketSeconds);

    /// Appends a bucket; values has one entry per column (std::nullopt for a gap). samples is
    /// how many source points fell into the bucket (0 for a gap).
    void appendRow(const QDateTime &bucketStart, QList<std::optional<double>> values, int samples);

    int rowCount() const
    {
        return static_cast<int>(m_times.size());
    }
    int columnCount() const
    {
        return static_cast<int>(m_columns.size());
    }
    const QList<SeriesColumn> &columns() const
    {
        return m_columns;
    }
    int columnIndex(const QString &key) const;
    int bucketSeconds() const
    {
        return m_bucketSeconds;
    }
    const QDateTime &time(int row) const
    {
        return m_times.at(row);
    }
    std::optional<double> value(int row, int column) const
    {
        return m_values.at(row).at(column);
    }
    int samples(int row) const
    {
        return m_samples.at(row);
    }
    /// A row where no column has a value.
    bool isGap(int row) const;
    /// Rows with a value in column, as contiguous runs.
    QList<RowRun> runs(int column) const;
    /// Number of rows with a value in column.
    int valueCount(int column) const;
    /// Sum of a column's values (gaps count as nothing).
    double sum(int column) const;
    /// The last row with a value in column, or -1.
    int lastValueRow(int column) const;

private:
    QList<SeriesColumn> m_columns;
    int m_bucketSeconds = 0;
    QList<QDateTime> m_times;
    QList<QList<std::optional<double>>> m_values;
    QList<int> m_samples;
};

} // namespace Ses
