#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// Contact lists and their topics: Create/Get/List/Update/DeleteContactList (one list per
/// account, at most 20 topics).
class ContactListOperations final : public OperationFamily
{
public:
    explicit ContactListOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

    static ServiceError listNotFound(const QString &name);
    /// Unique, well-formed topic names, at most 20.
    static Check checkTopics(const QJsonArray &topics);

private:
    JsonOutcome create(const OperationCall &call);
    JsonOutcome get(const OperationCall &call);
    JsonOutcome list(const OperationCall &call);
    JsonOutcome update(const OperationCall &call);
    JsonOutcome remove(const OperationCall &call);

    SandboxContext &m_context;
};

} // namespace Sandbox
