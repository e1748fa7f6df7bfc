#pragma once

#include <QGroupBox>

namespace Ses
{
struct SendQuota;
}

namespace Views
{

class QuotaGauge;

/// The sending quota as three gauges: sent in the last 24 hours against the 24-hour maximum
/// (with the percentage used), the 24-hour maximum, and the maximum send rate.
class SendingQuotaView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingQuotaView)

public:
    explicit SendingQuotaView(QWidget *parent = nullptr);

    void setQuota(const Ses::SendQuota &quota);
    void clear();
    void retranslate();

    QuotaGauge *sentGauge() const
    {
        return m_sent;
    }

private:
    QuotaGauge *m_sent;
    QuotaGauge *m_max;
    QuotaGauge *m_rate;
};

} // namespace Views
