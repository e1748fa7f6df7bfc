#pragma once

#include <QSortFilterProxyModel>

#include "models/items/TemplateListInterface.h"

namespace Items
{

class TemplateListModel;

/// Filters the template list as the user types (case-insensitive, any part of the name) and
/// sorts it (names naturally, creation times by time).
class TemplateFilterProxyModel final : public QSortFilterProxyModel, public TemplateListInterface
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateFilterProxyModel)

public:
    explicit TemplateFilterProxyModel(QObject *parent = nullptr);

    void setSourceTemplateModel(TemplateListModel *model);
    void setFilterText(const QString &text);
    QString filterText() const
    {
        return m_filter;
    }

    std::optional<Ses::EmailTemplateMetadata> templateAt(const QModelIndex &index) const override;
    QModelIndex indexOfTemplate(const QString &name) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TemplateListModel *m_templates = nullptr;
    QString m_filter;
};

} // namespace Items
