#pragma once

#include <QStyledItemDelegate>

namespace Views
{

/// Draws a cell holding a percentage (0–100 in a role; below 0: unknown) as the style's progress
/// bar with the model's text on it, so a warm-up or a quota reads at a glance.
class PercentBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PercentBarDelegate)

public:
    PercentBarDelegate(int percentageRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Views
