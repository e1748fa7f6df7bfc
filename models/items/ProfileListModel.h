#pragma once

#include <QAbstractListModel>

#include "models/connection/ProfileEntry.h"

namespace Connection
{
class ProfileCatalog;
}

namespace Items
{

/// The profiles of a ProfileCatalog as a list: for the toolbar's profile switcher and the
/// profile dialog. Display text names the kind ("prod — AWS CLI").
class ProfileListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< QString: ProfileRef::key()
        KindRole, ///< int: ProfileRef::Kind
        NameRole, ///< QString: the plain name
        RegionRole, ///< QString: the profile's own region
        EditableRole, ///< bool
    };

    explicit ProfileListModel(Connection::ProfileCatalog *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The row of a profile key, or -1.
    int rowOf(const QString &key) const;
    Connection::ProfileEntry entryAt(int row) const;

private:
    Connection::ProfileCatalog *m_catalog;
    Connection::ProfileEntries m_entries;
};

} // namespace Items
