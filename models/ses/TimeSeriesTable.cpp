#include "models/ses/TimeSeriesTable.h"

namespace Ses
{

TimeSeriesTable::TimeSeriesTable(QList<SeriesColumn> columns, int bucketSeconds)
    : m_columns(std::move(columns))
    , m_bucketSeconds(bucketSeconds)
{
}

void TimeSeriesTable::appendRow(const QDateTime &bucketStart, QList<std::optional<double>> values, int samples)
{
    values.resize(m_columns.size());
    m_times.append(bucketStart);
    m_values.append(std::move(values));
    m_samples.append(samples);
}

int TimeSeriesTable::columnIndex(const QString &key) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

bool TimeSeriesTable::isGap(int row) const
{
    for (const std::optional<double> &v : m_values.at(row)) {
        if (v)
            return false;
    }
    return true;
}

QList<RowRun> TimeSeriesTable::runs(int column) const
{
    QList<RowRun> out;
    for (int row = 0; row < rowCount(); ++row) {
        if (!m_values.at(row).at(column))
            continue;
        if (!out.isEmpty() && out.last().first + out.last().count == row)
            ++out.last().count;
        else
            out.append({row, 1});
    }
    return out;
}

int TimeSeriesTable::valueCount(int column) const
{
    int n = 0;
    for (const auto &row : m_values)
        n += row.at(column) ? 1 : 0;
    return n;
}

double TimeSeriesTable::sum(int column) const
{
    double s = 0;
    for (const auto &row : m_values)
        s += row.at(column).value_or(0.0);
    return s;
}

int TimeSeriesTable::lastValueRow(int column) const
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (m_values.at(row).at(column))
            return row;
    }
    return -1;
}

} // namespace Ses
