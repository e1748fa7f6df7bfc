#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// A configuration set's event destinations: Create/Get/Update/Delete, at most 10 per set,
/// exactly one destination (Firehose, CloudWatch, SNS, EventBridge or Pinpoint) each.
class EventDestinationOperations final : public OperationFamily
{
public:
    explicit EventDestinationOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

    /// Checks an EventDestinationDefinition; region is the Sandbox's (ARNs must be in it).
    static Check checkDefinition(const QJsonObject &definition, const QString &region);

private:
    JsonOutcome create(const OperationCall &call);
    JsonOutcome get(const OperationCall &call);
    JsonOutcome update(const OperationCall &call);
    JsonOutcome remove(const OperationCall &call);

    SandboxContext &m_context;
};

} // namespace Sandbox
