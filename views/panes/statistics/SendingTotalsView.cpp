#include "views/panes/statistics/SendingTotalsView.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include "models/ses/SendTotals.h"

namespace Views
{

namespace
{

QString rate(std::optional<double> r)
{
    if (!r)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(QLocale().toString(*r * 100.0, 'f', *r < 0.01 ? 3 : 2));
}

} // namespace

SendingTotalsView::SendingTotalsView(QWidget *parent)
    : QWidget(parent)
    , m_attempts(makeFigure(QStringLiteral("totalDeliveryAttemptsLabel")))
    , m_bounces(makeFigure(QStringLiteral("totalBouncesLabel")))
    , m_complaints(makeFigure(QStringLiteral("totalComplaintsLabel")))
    , m_rejects(makeFigure(QStringLiteral("totalRejectsLabel")))
{
    setObjectName(QStringLiteral("sendingTotalsView"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    for (const Figure &f : {m_attempts, m_bounces, m_complaints, m_rejects}) {
        layout->addWidget(f.title, 0, column);
        layout->addWidget(f.value, 1, column);
        ++column;
    }
    retranslate();
    clear();
}

SendingTotalsView::Figure SendingTotalsView::makeFigure(const QString &name)
{
    Figure f{new QLabel(this), new QLabel(this)};
    f.value->setObjectName(name);
    f.title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = f.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    f.value->setFont(big);
    f.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return f;
}

void SendingTotalsView::setTotals(const Ses::SendTotals &totals)
{
    const QLocale locale;
    m_attempts.value->setText(locale.toString(totals.deliveryAttempts));
    m_bounces.value->setText(tr("%1 (%2)").arg(locale.toString(totals.bounces), rate(totals.bounceRate())));
    m_complaints.value->setText(tr("%1 (%2)").arg(locale.toString(totals.complaints), rate(totals.complaintRate())));
    m_rejects.value->setText(tr("%1 (%2)").arg(locale.toString(totals.rejects), rate(totals.rejectRate())));
    for (const Figure &f : {m_attempts, m_bounces, m_complaints, m_rejects})
        f.value->setAccessibleName(tr("%1: %2").arg(f.title->text(), f.value->text()));
}

void SendingTotalsView::clear()
{
    for (const Figure &f : {m_attempts, m_bounces, m_complaints, m_rejects}) {
        f.value->setText(QStringLiteral("–"));
        f.value->setAccessibleName(f.title->text());
    }
}

void SendingTotalsView::retranslate()
{
    m_attempts.title->setText(tr("Delivery attempts"));
    m_bounces.title->setText(tr("Bounces (bounce rate)"));
    m_complaints.title->setText(tr("Complaints (complaint rate)"));
    m_rejects.title->setText(tr("Rejects (reject rate)"));
}

} // namespace Views
