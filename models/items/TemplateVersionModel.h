#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/ses/TemplateVersion.h"

namespace Items
{

/// The local version history of one template, newest first: version, when it was saved, why,
/// its size and note. Two selected rows are what the diff view compares.
class TemplateVersionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateVersionModel)

public:
    enum Column { VersionColumn, SavedAtColumn, OriginColumn, SizeColumn, NoteColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        VersionRole = Qt::UserRole + 1, ///< int
        SavedAtRole, ///< QDateTime (UTC)
        OriginRole, ///< int: Ses::TemplateVersion::Origin
        SizeRole, ///< qint64 bytes
    };

    explicit TemplateVersionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Versions oldest first, as the store lists them; shown newest first.
    void setVersions(const QString &templateName, const QList<Ses::TemplateVersion> &versions);
    /// Adds a newly saved version at the top (ignored when that version is already shown).
    void addVersion(const Ses::TemplateVersion &version);
    void clear();

    const QString &templateName() const
    {
        return m_templateName;
    }
    const Ses::TemplateVersion &versionAt(int row) const
    {
        return m_versions.at(row);
    }
    int rowOfVersion(int version) const;

    static QString originTitle(Ses::TemplateVersion::Origin origin);

private:
    QString m_templateName;
    QList<Ses::TemplateVersion> m_versions; ///< newest first
};

} // namespace Items
