#include "views/widgets/PercentBarDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Views
{

PercentBarDelegate::PercentBarDelegate(int percentageRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(percentageRole)
{
}

void PercentBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int percentage = index.data(m_role).toInt();
    if (percentage < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's selection and alternate background first, then the bar inside a margin.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qBound(0, percentage, 100);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize PercentBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) * 3));
    return size;
}

} // namespace Views
