#include "models/items/SuppressionListModel.h"

#include <QLocale>
#include <QSet>

#include "models/ses/SesClient.h"

namespace Items
{

using namespace SuppressionList;

SuppressionListModel::SuppressionListModel(QObject *parent)
    : PagedTableModel(parent)
{
}

Aws::AwsJob *SuppressionListModel::requestPage(const QString &token, quint64 generation)
{
    Ses::ListSuppressedDestinationsRequest request;
    request.reasons = m_filter.reasons;
    request.startDate = m_filter.start;
    request.endDate = m_filter.end;
    request.nextToken = token;
    request.pageSize = pageSize();
    return client()->listSuppressedDestinations(
        request, this, [this, generation](Aws::Result<Ses::SuppressedDestinationPage> page) {
            if (!isCurrent(generation) || page.isCancelled())
                return;
            if (page.isError()) {
                failPage(page.error());
                return;
            }
            // An address added here while paging may come again in a later page: keep one row.
            QSet<QString> loaded;
            if (!m_entries.isEmpty() && !page.value().summaries.isEmpty()) {
                for (const Ses::SuppressedDestinationSummary &e : std::as_const(m_entries))
                    loaded.insert(e.emailAddress.toLower());
            }
            QList<Ses::SuppressedDestinationSummary> fresh;
            fresh.reserve(page.value().summaries.size());
            for (const Ses::SuppressedDestinationSummary &e : page.value().summaries) {
                if (!loaded.contains(e.emailAddress.toLower()))
                    fresh.append(e);
            }
            if (!fresh.isEmpty()) {
                const int first = static_cast<int>(m_entries.size());
                beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
                m_entries.append(fresh);
                endInsertRows();
            }
            acceptPage(page.value().nextToken);
        });
}

void SuppressionListModel::clearRows()
{
    m_entries.clear();
}

std::optional<Ses::SuppressedDestinationSummary> SuppressionListModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index.row());
}

int SuppressionListModel::rowOf(const QString &emailAddress) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).emailAddress.compare(emailAddress, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

void SuppressionListModel::upsert(const Ses::SuppressedDestinationSummary &entry)
{
    const int row = rowOf(entry.emailAddress);
    const bool accepted = m_filter.accepts(entry.reason, entry.lastUpdateTime);
    if (row >= 0) {
        // A put moves the entry to the top of a newest-first list.
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    if (!accepted)
        return;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

bool SuppressionListModel::removeAddress(const QString &emailAddress)
{
    const int row = rowOf(emailAddress);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

void SuppressionListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SuppressionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SuppressionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuppressionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ses::SuppressedDestinationSummary &entry = m_entries.at(index.row());
    switch (role) {
    case EmailAddressRole:
        return entry.emailAddress;
    case ReasonRole:
        return static_cast<int>(reasonFromSes(entry.reason));
    case LastUpdateTimeRole:
        return entry.lastUpdateTime;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case EmailAddressColumn:
            return entry.emailAddress;
        case ReasonColumn: {
            const Reason reason = reasonFromSes(entry.reason);
            return reason == Reason::Unknown ? entry.reason : reasonText(reason);
        }
        case LastUpdateColumn:
            return QLocale().toString(entry.lastUpdateTime.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastUpdateColumn)
            return entry.lastUpdateTime.toUTC().toString(Qt::ISODate);
        return {};
    default:
        return {};
    }
}

QVariant SuppressionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EmailAddressColumn:
        return tr("Email address");
    case ReasonColumn:
        return tr("Reason");
    case LastUpdateColumn:
        return tr("Last update");
    }
    return {};
}

} // namespace Items
