#include "models/items/TemplateVersionModel.h"

#include <QLocale>

namespace Items
{

TemplateVersionModel::TemplateVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TemplateVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int TemplateVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TemplateVersionModel::originTitle(Ses::TemplateVersion::Origin origin)
{
    switch (origin) {
    case Ses::TemplateVersion::Origin::Saved:
        return tr("Saved");
    case Ses::TemplateVersion::Origin::Restored:
        return tr("Restored");
    case Ses::TemplateVersion::Origin::Imported:
        return tr("Imported");
    case Ses::TemplateVersion::Origin::Fetched:
        return tr("As found in SES");
    }
    return {};
}

QVariant TemplateVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ses::TemplateVersion &v = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return v.version;
        case SavedAtColumn:
            return QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat);
        case OriginColumn:
            return originTitle(v.origin);
        case SizeColumn:
            return QLocale().formattedDataSize(v.size());
        case NoteColumn:
            return v.note;
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case VersionRole:
        return v.version;
    case SavedAtRole:
        return v.savedAt;
    case OriginRole:
        return static_cast<int>(v.origin);
    case SizeRole:
        return v.size();
    default:
        break;
    }
    return {};
}

QVariant TemplateVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case SavedAtColumn:
        return tr("Saved");
    case OriginColumn:
        return tr("Origin");
    case SizeColumn:
        return tr("Size");
    case NoteColumn:
        return tr("Note");
    default:
        break;
    }
    return {};
}

void TemplateVersionModel::setVersions(const QString &templateName, const QList<Ses::TemplateVersion> &versions)
{
    beginResetModel();
    m_templateName = templateName;
    m_versions.clear();
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        m_versions.append(*it);
    endResetModel();
}

void TemplateVersionModel::addVersion(const Ses::TemplateVersion &version)
{
    if (rowOfVersion(version.version) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_versions.prepend(version);
    endInsertRows();
}

void TemplateVersionModel::clear()
{
    setVersions({}, {});
}

int TemplateVersionModel::rowOfVersion(int version) const
{
    for (qsizetype i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).version == version)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace Items
