#include "models/items/TimeSeriesModel.h"

#include <cmath>

#include "models/items/TimeSeriesRoles.h"
#include "models/ses/ReputationMetric.h"
#include "models/ses/ReputationThresholds.h"

namespace Items
{

using namespace TimeSeriesRoles;

TimeSeriesModel::TimeSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimeSeriesModel::setTable(Ses::TimeSeriesTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int TimeSeriesModel::columnForSeries(const QString &key) const
{
    const int c = m_table.columnIndex(key);
    return c < 0 ? -1 : c + FirstSeriesColumn;
}

QList<Ses::RowRun> TimeSeriesModel::runs(int column) const
{
    if (column < FirstSeriesColumn || column >= columnCount())
        return {};
    return m_table.runs(column - FirstSeriesColumn);
}

QString TimeSeriesModel::seriesLabel(const QString &key)
{
    if (key == QLatin1String("DeliveryAttempts"))
        return tr("Delivery attempts");
    if (key == QLatin1String("Bounces"))
        return tr("Bounces");
    if (key == QLatin1String("Complaints"))
        return tr("Complaints");
    if (key == QLatin1String("Rejects"))
        return tr("Rejects");
    if (key == Ses::ReputationMetric::metricName(Ses::ReputationMetric::BounceRate))
        return Ses::ReputationMetric::label(Ses::ReputationMetric::BounceRate);
    if (key == Ses::ReputationMetric::metricName(Ses::ReputationMetric::ComplaintRate))
        return Ses::ReputationMetric::label(Ses::ReputationMetric::ComplaintRate);
    return key;
}

int TimeSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int TimeSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount() + FirstSeriesColumn;
}

QVariant TimeSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const int series = column - FirstSeriesColumn;
    const std::optional<double> value = series >= 0 ? m_table.value(row, series) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == TimeColumn)
            return m_table.time(row);
        if (!value)
            return {};
        if (m_table.columns().at(series).kind == Ses::SeriesKind::Count)
            return static_cast<qlonglong>(std::llround(*value));
        return *value;
    case Qt::TextAlignmentRole:
        return column == TimeColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case TimestampRole:
        return m_table.time(row);
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case IsGapRole:
        return column == TimeColumn ? m_table.isGap(row) : !value.has_value();
    case SampleCountRole:
        return m_table.samples(row);
    case SeriesKeyRole:
        return series >= 0 ? m_table.columns().at(series).key : QString();
    case SeriesKindRole:
        return series >= 0 ? static_cast<int>(m_table.columns().at(series).kind) : QVariant();
    case StatusRole: {
        if (series < 0 || !value)
            return static_cast<int>(Ses::ReputationStatus::Unknown);
        const QString &key = m_table.columns().at(series).key;
        for (auto kind : {Ses::ReputationMetric::BounceRate, Ses::ReputationMetric::ComplaintRate}) {
            if (key == Ses::ReputationMetric::metricName(kind))
                return static_cast<int>(Ses::ReputationThresholds::forMetric(kind).classify(*value));
        }
        return static_cast<int>(Ses::ReputationStatus::Unknown);
    }
    default:
        return {};
    }
}

QVariant TimeSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == TimeColumn ? tr("Time") : seriesLabel(m_table.columns().at(section - FirstSeriesColumn).key);
    if (role == SeriesKeyRole)
        return section == TimeColumn ? QStringLiteral("Timestamp")
                                     : m_table.columns().at(section - FirstSeriesColumn).key;
    return {};
}

QHash<int, QByteArray> TimeSeriesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TimestampRole, "timestamp");
    names.insert(ValueRole, "value");
    names.insert(IsGapRole, "isGap");
    names.insert(SampleCountRole, "sampleCount");
    names.insert(SeriesKeyRole, "seriesKey");
    names.insert(SeriesKindRole, "seriesKind");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace Items
