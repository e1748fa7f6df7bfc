#include "views/widgets/BusyOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Views
{

BusyOverlay::BusyOverlay(QWidget *covered)
    : QWidget(covered)
    , m_covered(covered)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("busyOverlay"));
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_progress->setObjectName(QStringLiteral("busyProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Loading"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label, 0, Qt::AlignHCenter);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addStretch();
    m_covered->installEventFilter(this);
    hide();
}

void BusyOverlay::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleName(text);
}

QString BusyOverlay::text() const
{
    return m_label->text();
}

void BusyOverlay::start()
{
    m_active = true;
    setGeometry(m_covered->rect());
    raise();
    show();
}

void BusyOverlay::stop()
{
    m_active = false;
    hide();
}

bool BusyOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_covered && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        setGeometry(m_covered->rect());
    return QWidget::eventFilter(watched, event);
}

void BusyOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(190);
    p.fillRect(rect(), veil);
}

} // namespace Views
