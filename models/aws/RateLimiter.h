#pragma once

#include <chrono>

#include <QElapsedTimer>

namespace Aws
{

/// A token bucket: how long a call must wait so management calls stay within SES's limit
/// (about one request per second per account and region). Not thread-safe; lives with its client.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond = 1.0, double burst = 1.0);

    void configure(double ratePerSecond, double burst);
    bool isEnabled() const
    {
        return m_rate > 0;
    }
    /// Takes a token now and returns how long the caller must wait before using it (0 if free).
    std::chrono::milliseconds reserve();

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_timer;
    qint64 m_lastMs = 0;
};

} // namespace Aws
