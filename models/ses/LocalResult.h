#pragma once

#include "models/aws/Expected.h"
#include "models/ses/LocalError.h"

namespace Ses
{

/// A value or a LocalError: the outcome of reading or writing local files (template exports,
/// history, drafts). Errors are values, as with Aws::Result.
template <typename T> using LocalResult = Aws::Expected<T, LocalError>;

/// The value of a LocalResult that has none.
struct Done {
};

} // namespace Ses
