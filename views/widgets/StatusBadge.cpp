#include "views/widgets/StatusBadge.h"

#include <QEvent>
#include <QPainter>

namespace Views
{

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setMargin(4);
    setIndent(6);
    setAlignment(Qt::AlignCenter);
    setMinimumWidth(90);
    QFont f = font();
    f.setBold(true);
    setFont(f);
}

void StatusBadge::setStatus(const QString &text, Tone tone, const QString &caption)
{
    m_tone = tone;
    m_caption = caption;
    setText(text);
    setAccessibleName(caption.isEmpty() ? text : tr("%1: %2").arg(caption, text));
    update();
}

void StatusBadge::clear()
{
    setStatus(QString(), Tone::Information, m_caption);
}

void StatusBadge::paintEvent(QPaintEvent *event)
{
    if (!text().isEmpty()) {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(toneAccent(m_tone), 1.5));
        painter.setBrush(toneBackground(palette(), m_tone));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    }
    QLabel::paintEvent(event);
}

void StatusBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QLabel::changeEvent(event);
}

} // namespace Views
