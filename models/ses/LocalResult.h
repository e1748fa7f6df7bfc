#pragma once

#include <utility>
#include <variant>

#include "models/ses/LocalError.h"

namespace Ses
{

/// A value or a LocalError: the outcome of reading or writing local files (template exports,
/// history, drafts). Errors are values, as with Aws::Result.
template <typename T> class LocalResult
{
public:
    LocalResult(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    LocalResult(LocalError error)
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
    T &&value() &&
    {
        return std::get<0>(std::move(m_state));
    }
    const T *operator->() const
    {
        return &std::get<0>(m_state);
    }
    const LocalError &error() const
    {
        return std::get<1>(m_state);
    }

private:
    std::variant<T, LocalError> m_state;
};

/// The value of a LocalResult that has none.
struct Done {
};

} // namespace Ses
