#include "views/widgets/QuotaGauge.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include "views/widgets/Tone.h"

namespace Views
{

namespace
{
constexpr int BarHeight = 8;
}

QuotaGauge::QuotaGauge(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_figure(new QLabel(this))
    , m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus);
    m_title->setObjectName(QStringLiteral("gaugeTitle"));
    m_figure->setObjectName(QStringLiteral("gaugeFigure"));
    m_caption->setObjectName(QStringLiteral("gaugeCaption"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_figure->setFont(big);
    m_figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10 + BarHeight + 6);
    layout->addWidget(m_title);
    layout->addWidget(m_figure);
    layout->addWidget(m_caption);
    layout->addStretch();
}

void QuotaGauge::setTitle(const QString &title)
{
    m_title->setText(title);
    updateAccessibility();
}

QString QuotaGauge::title() const
{
    return m_title->text();
}

void QuotaGauge::setFigure(const QString &figure, const QString &caption)
{
    m_figure->setText(figure);
    m_caption->setText(caption);
    updateAccessibility();
}

QString QuotaGauge::figure() const
{
    return m_figure->text();
}

QString QuotaGauge::caption() const
{
    return m_caption->text();
}

void QuotaGauge::setFraction(double fraction)
{
    m_fraction = fraction;
    update();
}

void QuotaGauge::clear()
{
    m_figure->setText(QStringLiteral("—"));
    m_caption->clear();
    m_fraction = -1;
    updateAccessibility();
    update();
}

QSize QuotaGauge::sizeHint() const
{
    return QFrame::sizeHint().expandedTo(QSize(200, 0));
}

void QuotaGauge::updateAccessibility()
{
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_figure->text() + QLatin1Char(' ') + m_caption->text());
}

QRect QuotaGauge::barRect() const
{
    const QRect r = contentsRect();
    return QRect(r.left() + 12, r.bottom() - 10 - BarHeight, r.width() - 24, BarHeight);
}

void QuotaGauge::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (m_fraction < 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = barRect();
    p.setPen(Qt::NoPen);
    QColor track = palette().color(QPalette::Mid);
    track.setAlpha(110);
    p.setBrush(track);
    p.drawRoundedRect(bar, BarHeight / 2.0, BarHeight / 2.0);
    const double shown = std::clamp(m_fraction, 0.0, 1.0);
    if (shown <= 0)
        return;
    QColor fill = palette().color(QPalette::Highlight);
    if (m_fraction >= 1.0)
        fill = toneAccent(Tone::Error);
    else if (m_fraction >= 0.8)
        fill = toneAccent(Tone::Warning);
    p.setBrush(fill);
    QRectF used = bar;
    used.setWidth(std::max(bar.height(), bar.width() * shown));
    p.drawRoundedRect(used, BarHeight / 2.0, BarHeight / 2.0);
}

} // namespace Views
