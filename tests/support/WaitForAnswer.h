#pragma once

#include <optional>
#include <utility>

#include <QTest>

namespace TestSupport
{

/// Starts an asynchronous call with a callback and runs the event loop until the callback has
/// delivered its answer: \a call receives the callback to hand on. Empty after \a timeoutMs.
template <typename R, typename Call> std::optional<R> waitForAnswer(Call call, int timeoutMs = 20000)
{
    std::optional<R> result;
    call([&result](R r) {
        result = std::move(r);
    });
    if (!QTest::qWaitFor(
            [&result] {
                return result.has_value();
            },
            timeoutMs))
        return std::nullopt;
    return result;
}

} // namespace TestSupport
