#pragma once

#include <QDateTime>

namespace Sandbox
{

/// A token bucket on an injected time line: tokens refill at ratePerSecond up to capacity.
/// Paces the sending rate (recipients per second) and, when enabled, management calls.
class TokenBucket
{
public:
    TokenBucket(double ratePerSecond, double capacity);

    void reconfigure(double ratePerSecond, double capacity);
    /// Takes tokens if the bucket holds enough at now; otherwise takes nothing.
    bool tryTake(double tokens, const QDateTime &now);
    double available(const QDateTime &now);

private:
    void refill(const QDateTime &now);

    double m_rate;
    double m_capacity;
    double m_tokens;
    QDateTime m_last;
};

} // namespace Sandbox
