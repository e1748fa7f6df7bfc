#include "views/widgets/Banner.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace Views
{

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("banner"));
    setAutoFillBackground(false);
    m_titleLabel->setObjectName(QStringLiteral("bannerTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_titleLabel->setWordWrap(true);
    m_textLabel->setObjectName(QStringLiteral("bannerTextLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setTextFormat(Qt::PlainText);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_titleLabel);
    texts->addWidget(m_textLabel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addLayout(texts, 1);
    layout->addLayout(m_buttons);
    m_buttons->setAlignment(Qt::AlignTop);
}

void Banner::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

void Banner::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
    m_titleLabel->setVisible(!title.isEmpty());
    setAccessibleName(title);
    updateAccessibleDescription();
}

QString Banner::title() const
{
    return m_titleLabel->text();
}

void Banner::setText(const QString &text)
{
    m_textLabel->setText(text);
    m_textLabel->setVisible(!text.isEmpty());
    updateAccessibleDescription();
}

QString Banner::text() const
{
    return m_textLabel->text();
}

void Banner::addButton(QAbstractButton *button)
{
    button->setParent(this);
    m_buttons->addWidget(button);
}

void Banner::updateAccessibleDescription()
{
    setAccessibleDescription(m_textLabel->text());
}

void Banner::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(toneAccent(m_tone), 1));
    p.setBrush(toneBackground(palette(), m_tone));
    p.drawRoundedRect(r, 4, 4);
    p.fillRect(QRectF(r.left(), r.top() + 2, 4, r.height() - 4), toneAccent(m_tone));
    QFrame::paintEvent(event);
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QFrame::changeEvent(event);
}

} // namespace Views
