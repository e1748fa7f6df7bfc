#include "sandbox/state/TokenBucket.h"

#include <algorithm>

namespace Sandbox
{

TokenBucket::TokenBucket(double ratePerSecond, double capacity)
    : m_rate(ratePerSecond)
    , m_capacity(capacity)
    , m_tokens(capacity)
{
}

void TokenBucket::reconfigure(double ratePerSecond, double capacity)
{
    m_rate = ratePerSecond;
    m_capacity = capacity;
    m_tokens = std::min(m_tokens, m_capacity);
}

void TokenBucket::refill(const QDateTime &now)
{
    if (m_last.isValid()) {
        const double elapsed = std::max<qint64>(0, m_last.msecsTo(now)) / 1000.0;
        m_tokens = std::min(m_capacity, m_tokens + elapsed * m_rate);
    }
    m_last = now;
}

bool TokenBucket::tryTake(double tokens, const QDateTime &now)
{
    refill(now);
    if (tokens > m_tokens)
        return false;
    m_tokens -= tokens;
    return true;
}

double TokenBucket::available(const QDateTime &now)
{
    refill(now);
    return m_tokens;
}

} // namespace Sandbox
