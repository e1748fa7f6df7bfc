#pragma once

#include <QIdentityProxyModel>

namespace Views
{

/// Shows ratio columns of an Items::TimeSeriesModel as percentages (0.05 -> 5) in DisplayRole,
/// so a chart's axis reads "5%" while the model keeps the API's ratios. Everything else passes
/// through: the chart still reads the same model the table shows.
class PercentProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PercentProxyModel)

public:
    explicit PercentProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace Views
