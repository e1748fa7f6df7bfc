#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// Configuration sets: Create/Get/List/DeleteConfigurationSet and every
/// PutConfigurationSet*Options call (archiving, delivery, reputation, sending, suppression,
/// tracking, VDM).
class ConfigurationSetOperations final : public OperationFamily
{
public:
    explicit ConfigurationSetOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

    static ServiceError notFound(const QString &name);

private:
    JsonOutcome create(const OperationCall &call);
    JsonOutcome get(const OperationCall &call);
    JsonOutcome list(const OperationCall &call);
    JsonOutcome remove(const OperationCall &call);
    JsonOutcome putArchiving(const OperationCall &call);
    JsonOutcome putDelivery(const OperationCall &call);
    JsonOutcome putReputation(const OperationCall &call);
    JsonOutcome putSending(const OperationCall &call);
    JsonOutcome putSuppression(const OperationCall &call);
    JsonOutcome putTracking(const OperationCall &call);
    JsonOutcome putVdm(const OperationCall &call);

    /// Runs change on the named set and saves it; NotFoundException when it does not exist.
    JsonOutcome update(const OperationCall &call, const std::function<Check(QJsonObject &set)> &change);
    /// DeliveryOptions rules: an existing sending pool, MaxDeliverySeconds within 300-50400.
    Check checkDelivery(const QJsonObject &delivery, const QDateTime &now) const;
    static Check checkTracking(const QJsonObject &tracking);

    SandboxContext &m_context;
};

} // namespace Sandbox
