#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "models/ses/ConfigurationSetTypes.h"

namespace Items
{

/// The event destinations of one configuration set (GetConfigurationSetEventDestinations), in the
/// columns of the SES console's list: name, destination, event types, publishing. Roles carry
/// the values (kind, enabled), never colours.
class EventDestinationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDestinationModel)

public:
    enum Column { NameColumn, KindColumn, TargetColumn, EventTypesColumn, PublishingColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        NameRole = Qt::UserRole + 1, ///< QString
        KindRole, ///< int (Ses::EventDestination::Kind)
        EnabledRole, ///< bool
        EventTypesRole, ///< QStringList of SES event types (SEND, BOUNCE...)
    };

    explicit EventDestinationModel(QObject *parent = nullptr);

    void setDestinations(QList<Ses::EventDestination> destinations);
    const QList<Ses::EventDestination> &destinations() const
    {
        return m_destinations;
    }
    void clear();
    std::optional<Ses::EventDestination> destinationAt(const QModelIndex &index) const;
    int rowOf(const QString &name) const;
    void retranslate();

    /// "Amazon SNS", "Amazon CloudWatch"... (translated).
    static QString kindText(Ses::EventDestination::Kind kind);
    /// "Sends", "Hard bounces"... as the SES console names them (translated).
    static QString eventTypeText(const QString &type);
    /// What an event type means (the guide's words, translated).
    static QString eventTypeMeaning(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Ses::EventDestination> m_destinations;
};

} // namespace Items
