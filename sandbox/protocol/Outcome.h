#pragma once

#include <QJsonObject>

#include "models/aws/Expected.h"

#include "sandbox/protocol/ServiceError.h"

namespace Sandbox
{

/// What a Sandbox operation or check produces: a value or the SES error to answer with.
template <typename T> using Outcome = Aws::Expected<T, ServiceError>;

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
