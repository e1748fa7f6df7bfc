#pragma once

#include <optional>

#include <QString>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// NextToken values: opaque to callers, the last key of the previous page inside. A token that
/// does not decode is a BadRequestException, as SES answers a tampered token.
class PageToken
{
public:
    static QString encode(const QString &lastKey);
    /// The key after which the next page starts; empty for no token.
    static Outcome<QString> decode(const QString &token);

    /// Reads PageSize: absent → defaultSize; outside 1..maxSize → BadRequestException.
    static Outcome<int> pageSize(const QJsonObject &input, int defaultSize, int maxSize);
};

} // namespace Sandbox
