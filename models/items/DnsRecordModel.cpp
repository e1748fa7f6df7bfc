#include "models/items/DnsRecordModel.h"

namespace Items
{

using Ses::DnsCheckResult;
using Ses::DnsRecord;

DnsRecordModel::DnsRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DnsRecordModel::setRecordSet(const Ses::DnsRecordSet &set)
{
    beginResetModel();
    m_set = set;
    m_results = QList<DnsCheckResult>(m_set.records().size());
    endResetModel();
}

void DnsRecordModel::clear()
{
    setRecordSet({});
}

void DnsRecordModel::setCheckResult(int row, const DnsCheckResult &result)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DnsRecordModel::clearCheckResults()
{
    if (m_results.isEmpty())
        return;
    m_results = QList<DnsCheckResult>(m_set.records().size());
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

DnsRecord DnsRecordModel::recordAt(int row) const
{
    return row >= 0 && row < m_set.records().size() ? m_set.records().at(row) : DnsRecord{};
}

DnsCheckResult DnsRecordModel::checkResultAt(int row) const
{
    return row >= 0 && row < m_results.size() ? m_results.at(row) : DnsCheckResult{};
}

void DnsRecordModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int DnsRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_set.records().size());
}

int DnsRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DnsRecordModel::display(int row, int column) const
{
    const DnsRecord &r = m_set.records().at(row);
    switch (column) {
    case PurposeColumn:
        if (r.requirement == DnsRecord::Requirement::Required)
            return DnsRecord::purposeText(r.purpose);
        return tr("%1 (%2)", "purpose (requirement)")
            .arg(DnsRecord::purposeText(r.purpose), DnsRecord::requirementText(r.requirement).toLower());
    case TypeColumn:
        return r.typeName();
    case NameColumn:
        return r.unicodeName == r.name ? r.name : tr("%1 (%2)", "Unicode name (ASCII name)").arg(r.unicodeName, r.name);
    case ValueColumn:
        return r.isComplete() ? r.value : tr("(unknown: %1)").arg(r.note);
    case PriorityColumn:
        return r.type == DnsRecord::Type::MX ? QVariant(r.priority) : QVariant();
    case StatusColumn:
        return DnsRecord::statusText(r.status);
    case CheckColumn:
        return m_results.at(row).summary();
    default:
        break;
    }
    return {};
}

QString DnsRecordModel::copyText(int row, int column) const
{
    const DnsRecord &r = m_set.records().at(row);
    switch (column) {
    case NameColumn:
        return r.name;
    case ValueColumn:
        return r.value;
    case PriorityColumn:
        return r.type == DnsRecord::Type::MX ? QString::number(r.priority) : QString();
    case CheckColumn:
        return m_results.at(row).explanation();
    default:
        break;
    }
    return display(row, column).toString();
}

QVariant DnsRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const DnsRecord &r = m_set.records().at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CheckColumn)
            return m_results.at(row).explanation();
        if (index.column() == ValueColumn || index.column() == PurposeColumn)
            return r.note.isEmpty() ? QVariant() : QVariant(r.note);
        return {};
    case RecordRole:
        return QVariant::fromValue(r);
    case PurposeRole:
        return static_cast<int>(r.purpose);
    case RequirementRole:
        return static_cast<int>(r.requirement);
    case StatusRole:
        return static_cast<int>(r.status);
    case CheckStateRole:
        return static_cast<int>(m_results.at(row).state);
    case CheckResultRole:
        return QVariant::fromValue(m_results.at(row));
    case CopyTextRole:
        return copyText(row, index.column());
    case CompleteRole:
        return r.isComplete();
    default:
        break;
    }
    return {};
}

QVariant DnsRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PurposeColumn:
        return tr("Purpose");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case CheckColumn:
        return tr("DNS check");
    default:
        break;
    }
    return {};
}

} // namespace Items
