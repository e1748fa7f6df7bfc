#include "models/items/ActivityLogModel.h"

#include <QLocale>

namespace Items
{

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLogModel::resultText(const Aws::CallRecord &record) const
{
    if (record.cancelled)
        return tr("Cancelled");
    if (record.ok)
        return record.httpStatus > 0 ? tr("OK (%1)").arg(record.httpStatus) : tr("OK");
    if (record.httpStatus > 0)
        return tr("%1 (%2)").arg(record.errorCode, QString::number(record.httpStatus));
    return record.errorCode.isEmpty() ? tr("Failed") : record.errorCode;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Aws::CallRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(r.startedUtc.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
        case ConnectionColumn:
            return row.connection;
        case OperationColumn:
            return r.operation;
        case DurationColumn:
            return tr("%1 ms").arg(r.durationMs);
        case ResultColumn:
            return resultText(r);
        case RequestIdColumn:
            return r.requestId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && !r.ok && !r.cancelled && !r.errorMessage.isEmpty())
            return r.errorMessage;
        if (index.column() == TimeColumn)
            return QLocale().toString(r.startedUtc.toLocalTime(), QLocale::LongFormat);
        if (index.column() == DurationColumn && r.attempts > 1)
            return tr("%n attempt(s)", nullptr, r.attempts);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OutcomeRole:
        return QVariant::fromValue(r.cancelled ? Outcome::Cancelled : (r.ok ? Outcome::Succeeded : Outcome::Failed));
    case ErrorCodeRole:
        return r.errorCode;
    case HttpStatusRole:
        return r.httpStatus;
    case StartedRole:
        return r.startedUtc;
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ConnectionColumn:
        return tr("Connection");
    case OperationColumn:
        return tr("Operation");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case RequestIdColumn:
        return tr("Request ID");
    default:
        return {};
    }
}

void ActivityLogModel::setMaximumRows(int rows)
{
    m_maximumRows = std::max(1, rows);
    if (m_rows.size() > m_maximumRows) {
        const int excess = static_cast<int>(m_rows.size()) - m_maximumRows;
        beginRemoveRows({}, 0, excess - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
    }
}

void ActivityLogModel::append(const Aws::CallRecord &record, const QString &connection)
{
    if (m_rows.size() >= m_maximumRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({record, connection});
    endInsertRows();
}

void ActivityLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace Items
