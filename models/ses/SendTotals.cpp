#include "models/ses/SendTotals.h"

#include "models/ses/StatisticsTypes.h"

namespace Ses
{

namespace
{

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

void SendTotals::add(const SendDataPoint &point)
{
    deliveryAttempts += point.deliveryAttempts;
    bounces += point.bounces;
    complaints += point.complaints;
    rejects += point.rejects;
    ++points;
}

std::optional<double> SendTotals::bounceRate() const
{
    return ratio(bounces, deliveryAttempts);
}

std::optional<double> SendTotals::complaintRate() const
{
    return ratio(complaints, deliveryAttempts);
}

std::optional<double> SendTotals::rejectRate() const
{
    return ratio(rejects, deliveryAttempts);
}

} // namespace Ses
