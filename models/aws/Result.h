#pragma once

#include <utility>
#include <variant>

#include "models/aws/AwsError.h"

namespace Aws {

/// Unit type for operations that succeed without a value.
struct Empty {
};

/// The outcome of an asynchronous operation: a value, an error, or cancelled. Cancellation is
/// its own state, not an error, so callers never report a cancel as a failure.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(AwsError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }
    static Result cancelled()
    {
        return Result(Cancelled{});
    }

    bool ok() const
    {
        return m_state.index() == 0;
    }
    bool isError() const
    {
        return m_state.index() == 1;
    }
    bool isCancelled() const
    {
        return m_state.index() == 2;
    }
    explicit operator bool() const
    {
        return ok();
    }

    const T &value() const &
    {
        return std::get<0>(m_state);
    }
    T &value() &
    {
        return std::get<0>(m_state);
    }
    T &&value() &&
    {
        return std::get<0>(std::move(m_state));
    }
    const T *operator->() const
    {
        return &std::get<0>(m_state);
    }
    const AwsError &error() const
    {
        return std::get<1>(m_state);
    }

    /// Maps the value, keeping an error or cancellation as it is.
    template<typename F>
    auto map(F &&f) const -> Result<decltype(f(std::declval<const T &>()))>
    {
        using U = decltype(f(std::declval<const T &>()));
        if (ok())
            return Result<U>(f(value()));
        if (isError())
            return Result<U>(error());
        return Result<U>::cancelled();
    }

private:
    struct Cancelled {
    };
    explicit Result(Cancelled c)
        : m_state(std::in_place_index<2>, c)
    {
    }
    std::variant<T, AwsError, Cancelled> m_state;
};

} // namespace Aws
