#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;

/// TagResource, UntagResource and ListTagsForResource for every taggable resource type
/// registered in TaggableResources.
class TagOperations final : public OperationFamily
{
public:
    explicit TagOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

private:
    struct Target {
        QString collection;
        QString key;
        QJsonObject document;
    };
    Outcome<Target> resolve(const QString &arn);

    JsonOutcome tagResource(const OperationCall &call);
    JsonOutcome untagResource(const OperationCall &call);
    JsonOutcome listTags(const OperationCall &call);

    SandboxContext &m_context;
};

} // namespace Sandbox
