#pragma once

#include <optional>

#include <QtGlobal>

namespace Ses
{

struct SendDataPoint;

/// The sums of GetSendStatistics' counters over a range, and the rates SES derives from them:
/// bounce rate = Bounces / DeliveryAttempts, complaint rate = Complaints / DeliveryAttempts
/// (the guide: "the percentage of sent mail that hard-bounced / was reported as spam", and a
/// delivery attempt is an email sent), reject rate = Rejects / DeliveryAttempts (the dashboard's
/// Rejects / Sends). A rate over no attempts is undefined, not zero.
struct SendTotals {
    qint64 deliveryAttempts = 0;
    qint64 bounces = 0;
    qint64 complaints = 0;
    qint64 rejects = 0;
    int points = 0; ///< Number of data points summed.

    void add(const SendDataPoint &point);

    std::optional<double> bounceRate() const;
    std::optional<double> complaintRate() const;
    std::optional<double> rejectRate() const;

    friend bool operator==(const SendTotals &, const SendTotals &) = default;
};

} // namespace Ses
