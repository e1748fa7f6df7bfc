#include "views/charts/PercentProxyModel.h"

#include "models/items/TimeSeriesRoles.h"
#include "models/ses/TimeSeriesTable.h"

namespace Views
{

PercentProxyModel::PercentProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QVariant PercentProxyModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    if (role != Qt::DisplayRole || !value.isValid() || index.column() == Items::TimeSeriesRoles::TimeColumn)
        return value;
    const int kind = QIdentityProxyModel::data(index, Items::TimeSeriesRoles::SeriesKindRole).toInt();
    if (kind != static_cast<int>(Ses::SeriesKind::Ratio))
        return value;
    return value.toDouble() * 100.0;
}

} // namespace Views
