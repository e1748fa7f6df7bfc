#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// Contacts of a contact list: Create/Get/Update/DeleteContact and ListContacts with its
/// subscription-status and topic filters.
class ContactOperations final : public OperationFamily
{
public:
    explicit ContactOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

private:
    JsonOutcome create(const OperationCall &call);
    JsonOutcome get(const OperationCall &call);
    JsonOutcome list(const OperationCall &call);
    JsonOutcome update(const OperationCall &call);
    JsonOutcome remove(const OperationCall &call);

    /// The list named by the call, or NotFoundException.
    Outcome<QJsonObject> contactList(const OperationCall &call) const;
    /// Topic preferences, UnsubscribeAll and AttributesData from the input, checked.
    Check applyInput(QJsonObject &contact, const QJsonObject &input, const QJsonObject &list) const;

    SandboxContext &m_context;
};

} // namespace Sandbox
