#include "models/ses/QuotaUsage.h"

#include <algorithm>

namespace Ses
{

std::optional<double> QuotaUsage::usedFraction() const
{
    if (isUnlimited() || m_quota.max24HourSend <= 0)
        return std::nullopt;
    return m_quota.sentLast24Hours / m_quota.max24HourSend;
}

std::optional<double> QuotaUsage::remaining() const
{
    if (isUnlimited())
        return std::nullopt;
    return std::max(0.0, m_quota.max24HourSend - m_quota.sentLast24Hours);
}

} // namespace Ses
