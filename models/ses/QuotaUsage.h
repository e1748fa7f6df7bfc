#pragma once

#include <optional>

#include "models/ses/AccountTypes.h"

namespace Ses
{

/// How much of the 24-hour sending quota is used (GetSendQuota / GetAccount's SendQuota): sent in
/// the last 24 hours against Max24HourSend (-1: unlimited), and the maximum send rate.
class QuotaUsage
{
public:
    explicit QuotaUsage(SendQuota quota = {})
        : m_quota(quota)
    {
    }

    const SendQuota &quota() const
    {
        return m_quota;
    }
    bool isUnlimited() const
    {
        return m_quota.max24HourSend < 0;
    }
    /// sentLast24Hours / max24HourSend (may exceed 1); none when unlimited or the quota is 0.
    std::optional<double> usedFraction() const;
    /// Sends left in the current 24 hours (never negative); none when unlimited.
    std::optional<double> remaining() const;

private:
    SendQuota m_quota;
};

} // namespace Ses
