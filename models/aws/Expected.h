#pragma once

#include <utility>
#include <variant>

namespace Aws
{

/// A value or an error of type E: errors as values for synchronous work (local files, the
/// Sandbox's request handling). Asynchronous calls, which can also be cancelled, use Result.
template <typename T, typename E> class Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const
    {
        return m_state.index() == 0;
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
    const E &error() const
    {
        return std::get<1>(m_state);
    }

private:
    std::variant<T, E> m_state;
};

} // namespace Aws
