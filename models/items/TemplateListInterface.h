#pragma once

#include <optional>

#include <QModelIndex>

#include "models/ses/TemplateTypes.h"

namespace Items
{

/// What the Templates pane asks of its table, answered alike by TemplateListModel and by
/// TemplateFilterProxyModel over it, so the pane never unwraps the proxy.
class TemplateListInterface
{
public:
    virtual ~TemplateListInterface() = default;
    /// The template in the row of index (any column); nullopt for an invalid index.
    virtual std::optional<Ses::EmailTemplateMetadata> templateAt(const QModelIndex &index) const = 0;
    /// The index (first column) of the named template; invalid when it is not shown.
    virtual QModelIndex indexOfTemplate(const QString &name) const = 0;
};

} // namespace Items
