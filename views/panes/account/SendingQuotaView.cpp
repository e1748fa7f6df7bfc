#include "views/panes/account/SendingQuotaView.h"

#include <cmath>

#include <QHBoxLayout>
#include <QLocale>

#include "models/ses/AccountTypes.h"

#include "views/widgets/QuotaGauge.h"

namespace Views
{

SendingQuotaView::SendingQuotaView(QWidget *parent)
    : QGroupBox(parent)
    , m_sent(new QuotaGauge(this))
    , m_max(new QuotaGauge(this))
    , m_rate(new QuotaGauge(this))
{
    setObjectName(QStringLiteral("sendingQuotaView"));
    m_sent->setObjectName(QStringLiteral("sentLast24HoursGauge"));
    m_max->setObjectName(QStringLiteral("max24HourSendGauge"));
    m_rate->setObjectName(QStringLiteral("maxSendRateGauge"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_sent, 1);
    layout->addWidget(m_max, 1);
    layout->addWidget(m_rate, 1);
    retranslate();
    clear();
}

void SendingQuotaView::setQuota(const Ses::SendQuota &quota)
{
    const QLocale locale;
    const auto number = [&locale](double v) -> QString {
        return locale.toString(v, 'f', v == static_cast<qint64>(v) ? 0 : 1);
    };
    // Max24HourSend of -1 means unlimited (SES documents it for the v1 GetSendQuota).
    const bool unlimited = quota.max24HourSend < 0;
    const double fraction = (!unlimited && quota.max24HourSend > 0) ? quota.sentLast24Hours / quota.max24HourSend : 0;
    // One decimal only where it says something (0.5%), never "0.0%".
    const double pct = fraction * 100.0;
    const QString percent = locale.toString(pct, 'f', (pct > 0 && pct < 10 && pct != std::floor(pct)) ? 1 : 0);
    m_sent->setFigure(number(quota.sentLast24Hours),
        unlimited ? tr("No 24-hour limit")
                  : tr("%1% of %2 used; %3 left")
                        .arg(percent,
                            number(quota.max24HourSend),
                            number(std::max(0.0, quota.max24HourSend - quota.sentLast24Hours))));
    m_sent->setFraction(unlimited ? -1 : fraction);
    m_max->setFigure(unlimited ? tr("Unlimited") : number(quota.max24HourSend), tr("recipients per rolling 24 hours"));
    m_rate->setFigure(number(quota.maxSendRate), tr("recipients per second"));
}

void SendingQuotaView::clear()
{
    m_sent->clear();
    m_max->clear();
    m_rate->clear();
}

void SendingQuotaView::retranslate()
{
    setTitle(tr("Sending quota"));
    m_sent->setTitle(tr("Sent in the last 24 hours"));
    m_max->setTitle(tr("Maximum sends per 24 hours"));
    m_rate->setTitle(tr("Maximum send rate"));
}

} // namespace Views
