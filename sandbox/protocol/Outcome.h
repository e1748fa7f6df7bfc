#pragma once

#include <utility>
#include <variant>

#include <QJsonObject>

#include "sandbox/protocol/ServiceError.h"

namespace Sandbox
{

/// What a Sandbox operation or check produces: a value or the SES error to answer with.
template <typename T> class Outcome
{
public:
    Outcome(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Outcome(ServiceError error)
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
    const ServiceError &error() const
    {
        return std::get<1>(m_state);
    }

private:
    std::variant<T, ServiceError> m_state;
};

/// A check that either passes or names the error.
struct Passed {
};
using Check = Outcome<Passed>;

inline Check passed()
{
    return Check(Passed{});
}

/// The answer of an operation in a JSON protocol: the output structure.
using JsonOutcome = Outcome<QJsonObject>;

} // namespace Sandbox
