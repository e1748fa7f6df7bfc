#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/items/TemplateListInterface.h"

namespace Items
{

/// The account's email templates (ListEmailTemplates): name and creation time, sorted by name.
/// Filled by the pane from all pages of the list; kept current by create, rename and delete
/// without a reload.
class TemplateListModel final : public QAbstractTableModel, public TemplateListInterface
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListModel)

public:
    enum Column { NameColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        TemplateNameRole = Qt::UserRole + 1, ///< QString
        CreatedRole, ///< QDateTime (UTC); invalid when SES did not say
    };

    explicit TemplateListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<Ses::EmailTemplateMetadata> templateAt(const QModelIndex &index) const override;
    QModelIndex indexOfTemplate(const QString &name) const override;

    void setTemplates(QList<Ses::EmailTemplateMetadata> templates);
    /// Adds a template (or replaces the one with the same name), keeping name order.
    void addTemplate(const Ses::EmailTemplateMetadata &metadata);
    bool removeTemplate(const QString &name);
    void clear();
    QStringList templateNames() const;

private:
    qsizetype insertionRow(const QString &name) const;

    QList<Ses::EmailTemplateMetadata> m_templates;
};

} // namespace Items
