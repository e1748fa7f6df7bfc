#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

namespace Sandbox
{

/// The account-level suppression list as the send path sees it. The Sandbox's list with its
/// API (Put/Get/Delete/ListSuppressedDestinations, import jobs) implements this and is
/// installed through SandboxHooks; without one, nothing is suppressed.
class SuppressionList
{
public:
    virtual ~SuppressionList() = default;

    /// "BOUNCE" or "COMPLAINT" when address is on the list.
    virtual std::optional<QString> reasonFor(const QString &address) const = 0;
    /// SES adds an address automatically after a hard bounce or complaint whose reason the
    /// account (or the configuration set) suppresses.
    virtual void recordFeedback(
        const QString &address, const QString &reason, const QString &messageId, const QDateTime &when)
        = 0;
};

} // namespace Sandbox
