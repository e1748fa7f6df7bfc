#include "sandbox/ops/TagOperations.h"

#include <QJsonArray>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/NameRules.h"
#include "sandbox/state/ResourceArn.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/TaggableResources.h"

namespace Sandbox
{

TagOperations::TagOperations(SandboxContext &context)
    : m_context(context)
{
}

void TagOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("TagResource"), this, &TagOperations::tagResource);
    registry.add(QStringLiteral("UntagResource"), this, &TagOperations::untagResource);
    registry.add(QStringLiteral("ListTagsForResource"), this, &TagOperations::listTags);
}

Outcome<TagOperations::Target> TagOperations::resolve(const QString &arnText)
{
    const std::optional<ResourceArn> arn = ResourceArn::parse(arnText);
    if (!arn)
        return ServiceError::badRequest(QStringLiteral("Invalid ARN: %1").arg(arnText));
    const TaggableResources::Binding *binding = m_context.taggable.find(arn->resourceType);
    if (!binding)
        return ServiceError::badRequest(
            QStringLiteral("Resources of type %1 cannot be tagged: %2").arg(arn->resourceType, arnText));
    const QString key = binding->keyFor(arn->resourceName);
    std::optional<QJsonObject> document;
    if (arn->region == m_context.config.region && arn->accountId == m_context.config.accountId && !key.isEmpty())
        document = m_context.store.get(binding->collection, key);
    if (!document)
        return ServiceError::notFound(QStringLiteral("Resource not found: %1").arg(arnText));
    return Target{binding->collection, key, *document};
}

JsonOutcome TagOperations::tagResource(const OperationCall &call)
{
    Outcome<Target> target = resolve(Inputs::string(call.input, "ResourceArn"));
    if (!target)
        return target.error();
    const QJsonArray merged = NameRules::mergeTags(
        target->document.value(QLatin1String("Tags")).toArray(), call.input.value(QLatin1String("Tags")).toArray());
    if (const Check check = NameRules::tags(merged); !check)
        return check.error();
    QJsonObject document = target->document;
    document.insert(QStringLiteral("Tags"), merged);
    m_context.store.put(target->collection, target->key, document);
    return QJsonObject();
}

JsonOutcome TagOperations::untagResource(const OperationCall &call)
{
    Outcome<Target> target = resolve(Inputs::string(call.input, "ResourceArn"));
    if (!target)
        return target.error();
    QJsonObject document = target->document;
    document.insert(QStringLiteral("Tags"),
        NameRules::removeTags(document.value(QLatin1String("Tags")).toArray(), Inputs::strings(call.input, "TagKeys")));
    m_context.store.put(target->collection, target->key, document);
    return QJsonObject();
}

JsonOutcome TagOperations::listTags(const OperationCall &call)
{
    const Outcome<Target> target = resolve(Inputs::string(call.input, "ResourceArn"));
    if (!target)
        return target.error();
    return QJsonObject{{QStringLiteral("Tags"), target->document.value(QLatin1String("Tags")).toArray()}};
}

} // namespace Sandbox
