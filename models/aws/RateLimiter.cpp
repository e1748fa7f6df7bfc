#include "models/aws/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace Aws
{

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1.0, burst))
    , m_tokens(m_burst)
{
    m_timer.start();
}

void RateLimiter::configure(double ratePerSecond, double burst)
{
    m_rate = ratePerSecond;
    m_burst = std::max(1.0, burst);
    m_tokens = std::min(m_tokens, m_burst);
}

std::chrono::milliseconds RateLimiter::reserve()
{
    if (m_rate <= 0)
        return std::chrono::milliseconds(0);
    const qint64 now = m_timer.elapsed();
    m_tokens = std::min(m_burst, m_tokens + (now - m_lastMs) * m_rate / 1000.0);
    m_lastMs = now;
    m_tokens -= 1.0;
    if (m_tokens >= 0)
        return std::chrono::milliseconds(0);
    // In debt: wait until the bucket has refilled to zero.
    return std::chrono::milliseconds(static_cast<qint64>(std::ceil(-m_tokens * 1000.0 / m_rate)));
}

} // namespace Aws
