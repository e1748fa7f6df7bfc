#pragma once

#include <functional>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// One authenticated, routed and validated call of a JSON-shaped operation.
struct OperationCall {
    QString operation; ///< "CreateEmailIdentity"
    QJsonObject input; ///< The input structure (URI labels and query members merged in).
    QDateTime now; ///< The Sandbox clock at arrival: handlers never read the wall clock.
    QString requestId;
    QString accessKeyId;
};

using OperationHandler = std::function<JsonOutcome(const OperationCall &)>;

/// How the Sandbox paces an operation.
enum class OperationKind {
    Management, ///< Subject to the management-call rate limit (SES: 1 request per second) when enabled.
    Sending, ///< SendEmail, SendBulkEmail...: paced by the sending quota instead.
};

/// The handlers of one JSON API (SES v2, or CloudWatch's JSON protocol) by operation name.
/// Families of operations register themselves here; an operation of the model without a
/// handler answers that the Sandbox does not support it.
class OperationRegistry
{
public:
    struct Entry {
        OperationHandler handler;
        OperationKind kind = OperationKind::Management;
    };

    void add(const QString &operation, OperationHandler handler, OperationKind kind = OperationKind::Management)
    {
        m_entries.insert(operation, Entry{std::move(handler), kind});
    }
    /// Registers a member function of an operation family (which outlives the registry's use).
    template <typename Family>
    void add(const QString &operation,
        Family *family,
        JsonOutcome (Family::*handler)(const OperationCall &),
        OperationKind kind = OperationKind::Management)
    {
        add(
            operation,
            [family, handler](const OperationCall &call) {
                return (family->*handler)(call);
            },
            kind);
    }
    const Entry *find(const QString &operation) const
    {
        const auto it = m_entries.constFind(operation);
        return it == m_entries.constEnd() ? nullptr : &*it;
    }
    QStringList operations() const
    {
        QStringList names = m_entries.keys();
        names.sort();
        return names;
    }

private:
    QHash<QString, Entry> m_entries;
};

} // namespace Sandbox
