#include "models/items/ProfileListModel.h"

#include "models/connection/ProfileCatalog.h"

namespace Items
{

ProfileListModel::ProfileListModel(Connection::ProfileCatalog *catalog, QObject *parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
    , m_entries(catalog->entries())
{
    connect(m_catalog, &Connection::ProfileCatalog::aboutToChange, this, [this] {
        beginResetModel();
    });
    connect(m_catalog, &Connection::ProfileCatalog::changed, this, [this] {
        m_entries = m_catalog->entries();
        endResetModel();
    });
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connection::ProfileEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (e.ref.kind) {
        case Connection::ProfileRef::Kind::Sandbox:
            return e.displayName;
        case Connection::ProfileRef::Kind::AwsCli:
            return tr("%1 (AWS CLI)").arg(e.displayName);
        case Connection::ProfileRef::Kind::SesDesk:
            return tr("%1 (SesDesk)").arg(e.displayName);
        }
        return e.displayName;
    case Qt::ToolTipRole:
        switch (e.ref.kind) {
        case Connection::ProfileRef::Kind::Sandbox:
            return tr("A local SES-compatible server running inside SesDesk, with demo data. Nothing is sent to AWS.");
        case Connection::ProfileRef::Kind::AwsCli:
            return tr("Profile from the AWS CLI's files in ~/.aws (read-only here).");
        case Connection::ProfileRef::Kind::SesDesk:
            return tr("SesDesk profile; its secret key is in the keyring.");
        }
        return {};
    case KeyRole:
        return e.ref.key();
    case KindRole:
        return static_cast<int>(e.ref.kind);
    case NameRole:
        return e.ref.name;
    case RegionRole:
        return e.region;
    case EditableRole:
        return e.editable;
    default:
        return {};
    }
}

int ProfileListModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).ref.key() == key)
            return i;
    }
    return -1;
}

Connection::ProfileEntry ProfileListModel::entryAt(int row) const
{
    return m_entries.value(row);
}

} // namespace Items
