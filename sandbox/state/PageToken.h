#pragma once

#include <optional>

#include <QString>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// Where a List call starts and how many items it wants.
struct PageRequest {
    QString after; ///< The key after which the page starts; empty for the first page.
    int size = 0;
};

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
    /// Reads NextToken and PageSize of a List call's input.
    static Outcome<PageRequest> request(const QJsonObject &input, int defaultSize, int maxSize);
};

} // namespace Sandbox
