#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// Dedicated IP pools (standard and managed) and standard dedicated IPs with their warm-up:
/// Create/Get/List/DeleteDedicatedIpPool, PutDedicatedIpPoolScalingAttributes, GetDedicatedIp(s),
/// PutDedicatedIpInPool, PutDedicatedIpWarmupAttributes.
class DedicatedIpOperations final : public OperationFamily
{
public:
    explicit DedicatedIpOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

private:
    JsonOutcome createPool(const OperationCall &call);
    JsonOutcome getPool(const OperationCall &call);
    JsonOutcome listPools(const OperationCall &call);
    JsonOutcome deletePool(const OperationCall &call);
    JsonOutcome putPoolScaling(const OperationCall &call);
    JsonOutcome getIp(const OperationCall &call);
    JsonOutcome getIps(const OperationCall &call);
    JsonOutcome putIpInPool(const OperationCall &call);
    JsonOutcome putIpWarmup(const OperationCall &call);

    bool autoWarmup(const QDateTime &now) const;

    SandboxContext &m_context;
};

} // namespace Sandbox
