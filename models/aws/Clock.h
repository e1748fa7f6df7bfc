#pragma once

#include <QDateTime>

namespace Aws {

/// Tells the current UTC time. Injected everywhere time matters (signing, expiry, backoff), so
/// tests can pin it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override
    {
        return QDateTime::currentDateTimeUtc();
    }
};

} // namespace Aws
