#pragma once

#include <optional>

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// Email identities: Create/Get/List/DeleteEmailIdentity and the Put*Attributes calls (DKIM,
/// DKIM signing incl. BYODKIM, MAIL FROM, feedback forwarding, default configuration set).
class IdentityOperations final : public OperationFamily
{
public:
    explicit IdentityOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

    static constexpr int kMaxIdentities = 10000;

private:
    JsonOutcome createEmailIdentity(const OperationCall &call);
    JsonOutcome getEmailIdentity(const OperationCall &call);
    JsonOutcome listEmailIdentities(const OperationCall &call);
    JsonOutcome deleteEmailIdentity(const OperationCall &call);
    JsonOutcome putDkimAttributes(const OperationCall &call);
    JsonOutcome putDkimSigningAttributes(const OperationCall &call);
    JsonOutcome putMailFromAttributes(const OperationCall &call);
    JsonOutcome putFeedbackAttributes(const OperationCall &call);
    JsonOutcome putConfigurationSetAttributes(const OperationCall &call);

    /// The stored identity named by the call's EmailIdentity, or NotFoundException.
    Outcome<QJsonObject> existing(const OperationCall &call);
    /// Applies DkimSigningAttributes (BYODKIM or Easy DKIM) to a domain identity.
    Check applySigning(QJsonObject &identity, const QString &origin, const QJsonObject &signing, const QDateTime &now);

    SandboxContext &m_context;
};

} // namespace Sandbox
