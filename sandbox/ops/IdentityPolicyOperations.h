#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// Identity authorization policies: Create/Get/Update/DeleteEmailIdentityPolicy, with the
/// guide's rules (at most 20 per identity, 4 KB, one resource that is the identity's ARN, at
/// least one statement with Effect, Principal and Action).
class IdentityPolicyOperations final : public OperationFamily
{
public:
    explicit IdentityPolicyOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

    static constexpr int kMaxPolicies = 20;
    static constexpr int kMaxPolicyBytes = 4096;

    /// Checks a policy document for the identity whose ARN is identityArn.
    static Check validatePolicy(const QString &policy, const QString &identityArn);

private:
    JsonOutcome createPolicy(const OperationCall &call);
    JsonOutcome getPolicies(const OperationCall &call);
    JsonOutcome updatePolicy(const OperationCall &call);
    JsonOutcome deletePolicy(const OperationCall &call);
    Outcome<QJsonObject> identityFor(const OperationCall &call);
    QString arnOf(const QJsonObject &identity) const;

    SandboxContext &m_context;
};

} // namespace Sandbox
