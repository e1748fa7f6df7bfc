#include "models/items/TestSendHistoryModel.h"

#include <QLocale>

#include "models/ses/MailboxSimulator.h"

namespace Items
{

TestSendHistoryModel::TestSendHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TestSendHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int TestSendHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TestSendHistoryModel::scenarioText(const Ses::TestSendRecord &record) const
{
    const auto scenario = Ses::MailboxSimulator::fromKeyword(record.scenario);
    if (!scenario)
        return tr("Custom recipient");
    const QString title = Ses::MailboxSimulator::title(*scenario);
    return record.label.isEmpty() ? title : tr("%1 (+%2)").arg(title, record.label);
}

QString TestSendHistoryModel::resultText(const Ses::TestSendRecord &record) const
{
    if (record.accepted())
        return tr("Accepted");
    if (record.errorCode.isEmpty())
        return tr("Failed: %1").arg(record.errorMessage);
    return tr("%1: %2").arg(record.errorCode, record.errorMessage);
}

QVariant TestSendHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ses::TestSendRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(r.sentAt.toLocalTime(), QLocale::ShortFormat);
        case FromColumn:
            return r.from;
        case ScenarioColumn:
            return scenarioText(r);
        case RecipientColumn:
            return r.recipient;
        case MessageIdColumn:
            return r.messageId;
        case ResultColumn:
            return resultText(r);
        case OutcomeColumn:
            return r.accepted() ? r.outcome.summary() : QString();
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn && !r.outcome.diagnosticCode.isEmpty())
            return r.outcome.diagnosticCode;
        if (index.column() == ResultColumn && !r.requestId.isEmpty())
            return tr("Request id: %1").arg(r.requestId);
        if (index.column() == ScenarioColumn) {
            if (const auto scenario = Ses::MailboxSimulator::fromKeyword(r.scenario))
                return Ses::MailboxSimulator::explanation(*scenario);
        }
        break;
    case RecordIdRole:
        return r.id;
    case SentAtRole:
        return r.sentAt;
    case MessageIdRole:
        return r.messageId;
    case AcceptedRole:
        return r.accepted();
    case OutcomeStatusRole:
        return static_cast<int>(r.outcome.status);
    case ScenarioRole:
        return r.scenario;
    case ErrorCodeRole:
        return r.errorCode;
    default:
        break;
    }
    return {};
}

QVariant TestSendHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FromColumn:
        return tr("From");
    case ScenarioColumn:
        return tr("Scenario");
    case RecipientColumn:
        return tr("Recipient");
    case MessageIdColumn:
        return tr("Message ID");
    case ResultColumn:
        return tr("Result");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        break;
    }
    return {};
}

void TestSendHistoryModel::setRecords(const QList<Ses::TestSendRecord> &records)
{
    beginResetModel();
    m_records.clear();
    m_records.reserve(records.size());
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        m_records.append(*it);
    endResetModel();
}

void TestSendHistoryModel::upsert(const Ses::TestSendRecord &record)
{
    const int row = rowOf(record.id);
    if (row >= 0) {
        m_records[row] = record;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_records.prepend(record);
    endInsertRows();
}

void TestSendHistoryModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int TestSendHistoryModel::rowOf(const QString &recordId) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == recordId)
            return static_cast<int>(i);
    }
    return -1;
}

int TestSendHistoryModel::rowOfMessage(const QString &messageId) const
{
    if (messageId.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).messageId == messageId)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace Items
