#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// GetAccount and the Put*Account* calls: production-access requests (reviewed after
/// --review-delay), account-wide sending switch, suppression, VDM and IP warm-up settings.
class AccountOperations final : public OperationFamily
{
public:
    explicit AccountOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

private:
    JsonOutcome getAccount(const OperationCall &call);
    JsonOutcome putAccountDetails(const OperationCall &call);
    JsonOutcome putAccountSendingAttributes(const OperationCall &call);
    JsonOutcome putAccountSuppressionAttributes(const OperationCall &call);
    JsonOutcome putAccountVdmAttributes(const OperationCall &call);
    JsonOutcome putAccountDedicatedIpWarmupAttributes(const OperationCall &call);

    SandboxContext &m_context;
};

} // namespace Sandbox
