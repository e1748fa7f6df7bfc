#include "models/items/EventDestinationModel.h"

#include <algorithm>

namespace Items
{

using Kind = Ses::EventDestination::Kind;

EventDestinationModel::EventDestinationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventDestinationModel::setDestinations(QList<Ses::EventDestination> destinations)
{
    beginResetModel();
    m_destinations = std::move(destinations);
    std::sort(m_destinations.begin(), m_destinations.end(), [](const auto &a, const auto &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
}

void EventDestinationModel::clear()
{
    if (m_destinations.isEmpty())
        return;
    beginResetModel();
    m_destinations.clear();
    endResetModel();
}

std::optional<Ses::EventDestination> EventDestinationModel::destinationAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_destinations.size())
        return std::nullopt;
    return m_destinations.at(index.row());
}

int EventDestinationModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_destinations.size(); ++i) {
        if (m_destinations.at(i).name == name)
            return i;
    }
    return -1;
}

void EventDestinationModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_destinations.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString EventDestinationModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::CloudWatch:
        return tr("Amazon CloudWatch");
    case Kind::KinesisFirehose:
        return tr("Amazon Data Firehose");
    case Kind::EventBridge:
        return tr("Amazon EventBridge");
    case Kind::Sns:
        return tr("Amazon SNS");
    case Kind::Pinpoint:
        return tr("Amazon Pinpoint");
    }
    return {};
}

QString EventDestinationModel::eventTypeText(const QString &type)
{
    namespace T = Ses::EventTypes;
    if (type == T::Send)
        return tr("Sends");
    if (type == T::RenderingFailure)
        return tr("Rendering failures");
    if (type == T::Reject)
        return tr("Rejects");
    if (type == T::Delivery)
        return tr("Deliveries");
    if (type == T::Bounce)
        return tr("Hard bounces");
    if (type == T::Complaint)
        return tr("Complaints");
    if (type == T::DeliveryDelay)
        return tr("Delivery delays");
    if (type == T::Subscription)
        return tr("Subscriptions");
    if (type == T::Open)
        return tr("Opens");
    if (type == T::Click)
        return tr("Clicks");
    return type;
}

QString EventDestinationModel::eventTypeMeaning(const QString &type)
{
    namespace T = Ses::EventTypes;
    if (type == T::Send)
        return tr("The send request succeeded and SES will try to deliver the message.");
    if (type == T::RenderingFailure)
        return tr("A template could not be rendered (missing data or a parameter mismatch); templated sends only.");
    if (type == T::Reject)
        return tr("SES accepted the message but found a virus in it and did not try to deliver it.");
    if (type == T::Delivery)
        return tr("The recipient's mail server accepted the message.");
    if (type == T::Bounce)
        return tr("The recipient's mail server rejected the message permanently (soft bounces only once SES "
                  "gives up retrying).");
    if (type == T::Complaint)
        return tr("The message was delivered, and the recipient marked it as spam.");
    if (type == T::DeliveryDelay)
        return tr("The message could not be delivered yet because of a temporary problem (a full inbox, a "
                  "receiving server issue).");
    if (type == T::Subscription)
        return tr("The message was delivered, and the recipient changed their subscription through the "
                  "List-Unsubscribe header or the unsubscribe link.");
    if (type == T::Open)
        return tr("The recipient opened the message.");
    if (type == T::Click)
        return tr("The recipient clicked one or more links in the message.");
    return {};
}

int EventDestinationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_destinations.size());
}

int EventDestinationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventDestinationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ses::EventDestination &d = m_destinations.at(index.row());
    switch (role) {
    case NameRole:
        return d.name;
    case KindRole:
        return static_cast<int>(d.kind);
    case EnabledRole:
        return d.enabled;
    case EventTypesRole:
        return d.matchingEventTypes;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case KindColumn:
            return kindText(d.kind);
        case TargetColumn:
            return d.target();
        case EventTypesColumn: {
            QStringList names;
            for (const QString &type : Ses::EventTypes::all()) {
                if (d.matchingEventTypes.contains(type))
                    names.append(eventTypeText(type));
            }
            return names.join(QStringLiteral(", "));
        }
        case PublishingColumn:
            return d.enabled ? tr("Enabled") : tr("Disabled");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn)
            return d.target();
        if (index.column() == EventTypesColumn)
            return data(index, Qt::DisplayRole);
        return {};
    default:
        return {};
    }
}

QVariant EventDestinationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Destination");
    case TargetColumn:
        return tr("Target");
    case EventTypesColumn:
        return tr("Event types");
    case PublishingColumn:
        return tr("Event publishing");
    }
    return {};
}

} // namespace Items
