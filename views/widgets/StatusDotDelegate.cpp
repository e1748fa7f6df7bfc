#include "views/widgets/StatusDotDelegate.h"

#include <QPainter>

namespace Views
{

StatusDotDelegate::StatusDotDelegate(ToneFor toneFor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_toneFor(std::move(toneFor))
{
}

void StatusDotDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const std::optional<Tone> tone = m_toneFor(index);
    if (!tone) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int size = option.fontMetrics.height() / 2;
    const int margin = size;
    QStyleOptionViewItem shifted = option;
    shifted.rect.adjust(size + margin, 0, 0, 0);
    QStyledItemDelegate::paint(painter, shifted, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(toneAccent(*tone));
    const QRect dot(option.rect.left() + margin / 2 + 2, option.rect.center().y() - size / 2, size, size);
    painter->drawEllipse(dot);
    painter->restore();
}

QSize StatusDotDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height();
    return size;
}

} // namespace Views
