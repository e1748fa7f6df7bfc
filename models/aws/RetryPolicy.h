#pragma once

#include <chrono>
#include <functional>

#include <QString>

namespace Aws
{

struct AwsError;

/// When and how long to wait before trying a failed call again: AWS "standard" retry mode
/// (3 attempts, full-jitter exponential backoff capped at 20 s, a retry quota of 500 tokens).
struct RetryPolicy {
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay{1000};
    std::chrono::milliseconds maxBackoff{20000};
    int quotaCapacity = 500;
    int retryCost = 5;
    int timeoutRetryCost = 10;
    /// Uniform random number in [0, 1): injectable so tests get fixed jitter.
    std::function<double()> random;

    /// Full jitter: random * min(maxBackoff, base * 2^(attempt-1)), attempt counting from 1.
    std::chrono::milliseconds backoff(int attempt) const;

    static bool isThrottlingCode(const QString &code);
    static bool isTransientCode(const QString &code);
    static bool isClockSkewError(const AwsError &error);
    /// Whether the error is worth another attempt at all (throttling, 5xx, transient network).
    static bool isRetryable(const AwsError &error);
};

} // namespace Aws
