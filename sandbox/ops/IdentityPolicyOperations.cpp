#include "sandbox/ops/IdentityPolicyOperations.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/IdentityName.h"
#include "sandbox/state/IdentityRepository.h"
#include "sandbox/state/NameRules.h"
#include "sandbox/state/ResourceArn.h"

namespace Sandbox
{

namespace
{

QStringList asStrings(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const auto &v : value.toArray())
        out.append(v.toString());
    return out;
}

ServiceError invalidPolicy(const QString &why)
{
    return ServiceError::badRequest(QStringLiteral("Invalid policy: %1").arg(why));
}

} // namespace

IdentityPolicyOperations::IdentityPolicyOperations(SandboxContext &context)
    : m_context(context)
{
}

void IdentityPolicyOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("CreateEmailIdentityPolicy"), this, &IdentityPolicyOperations::createPolicy);
    registry.add(QStringLiteral("GetEmailIdentityPolicies"), this, &IdentityPolicyOperations::getPolicies);
    registry.add(QStringLiteral("UpdateEmailIdentityPolicy"), this, &IdentityPolicyOperations::updatePolicy);
    registry.add(QStringLiteral("DeleteEmailIdentityPolicy"), this, &IdentityPolicyOperations::deletePolicy);
}

Check IdentityPolicyOperations::validatePolicy(const QString &policy, const QString &identityArn)
{
    if (policy.toUtf8().size() > kMaxPolicyBytes)
        return invalidPolicy(QStringLiteral("the policy is larger than 4 KB."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(policy.toUtf8(), &error);
    if (!doc.isObject())
        return invalidPolicy(QStringLiteral("the policy is not a JSON object (%1).").arg(error.errorString()));
    const QJsonValue statementValue = doc.object().value(QLatin1String("Statement"));
    QJsonArray statements = statementValue.isObject() ? QJsonArray{statementValue} : statementValue.toArray();
    if (statements.isEmpty())
        return invalidPolicy(QStringLiteral("the policy needs at least one statement."));
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QJsonObject statement = statements.at(i).toObject();
        const QString label = QStringLiteral("statement %1").arg(i + 1);
        const QString effect = statement.value(QLatin1String("Effect")).toString();
        if (effect != QLatin1String("Allow") && effect != QLatin1String("Deny"))
            return invalidPolicy(QStringLiteral("%1 has no Effect of Allow or Deny.").arg(label));
        const QJsonValue principal = statement.value(QLatin1String("Principal"));
        if (principal.isUndefined() || principal.isNull() || (principal.isObject() && principal.toObject().isEmpty()))
            return invalidPolicy(QStringLiteral("%1 has no Principal.").arg(label));
        const QStringList actions = asStrings(statement.value(QLatin1String("Action")));
        if (actions.isEmpty())
            return invalidPolicy(QStringLiteral("%1 has no Action.").arg(label));
        for (const QString &action : actions) {
            if (!action.startsWith(QLatin1String("ses:"), Qt::CaseInsensitive))
                return invalidPolicy(
                    QStringLiteral("%1 has the action %2, which is not an SES action.").arg(label, action));
        }
        const QStringList resources = asStrings(statement.value(QLatin1String("Resource")));
        if (resources.size() != 1 || resources.first() != identityArn)
            return invalidPolicy(
                QStringLiteral("%1 must have exactly one Resource, the identity's ARN %2.").arg(label, identityArn));
    }
    return passed();
}

QString IdentityPolicyOperations::arnOf(const QJsonObject &identity) const
{
    return ResourceArn::make(m_context.config.region,
        m_context.config.accountId,
        QStringLiteral("identity"),
        identity.value(QLatin1String("IdentityName")).toString());
}

Outcome<QJsonObject> IdentityPolicyOperations::identityFor(const OperationCall &call)
{
    const QString given = Inputs::string(call.input, "EmailIdentity");
    const Outcome<IdentityName> name = IdentityName::parse(given);
    std::optional<QJsonObject> identity = name ? m_context.identities.find(name->key(), call.now) : std::nullopt;
    if (!identity)
        return ServiceError::notFound(QStringLiteral("Email identity %1 does not exist.").arg(given));
    return *identity;
}

JsonOutcome IdentityPolicyOperations::createPolicy(const OperationCall &call)
{
    Outcome<QJsonObject> found = identityFor(call);
    if (!found)
        return found.error();
    QJsonObject identity = found.value();
    const QString policyName = Inputs::string(call.input, "PolicyName");
    if (const Check check = NameRules::policyName(policyName); !check)
        return check.error();
    QJsonObject policies = identity.value(QLatin1String("Policies")).toObject();
    if (policies.contains(policyName))
        return ServiceError::alreadyExists(QStringLiteral("Policy %1 already exists for identity %2.")
                                               .arg(policyName, Inputs::string(call.input, "EmailIdentity")));
    if (policies.size() >= kMaxPolicies)
        return ServiceError::limitExceeded(
            QStringLiteral("An identity can have at most %1 policies.").arg(kMaxPolicies));
    const QString policy = Inputs::string(call.input, "Policy");
    if (const Check check = validatePolicy(policy, arnOf(identity)); !check)
        return check.error();
    policies.insert(policyName, policy);
    identity.insert(QStringLiteral("Policies"), policies);
    m_context.identities.save(identity);
    return QJsonObject();
}

JsonOutcome IdentityPolicyOperations::getPolicies(const OperationCall &call)
{
    const Outcome<QJsonObject> found = identityFor(call);
    if (!found)
        return found.error();
    return QJsonObject{{QStringLiteral("Policies"), found->value(QLatin1String("Policies")).toObject()}};
}

JsonOutcome IdentityPolicyOperations::updatePolicy(const OperationCall &call)
{
    Outcome<QJsonObject> found = identityFor(call);
    if (!found)
        return found.error();
    QJsonObject identity = found.value();
    const QString policyName = Inputs::string(call.input, "PolicyName");
    QJsonObject policies = identity.value(QLatin1String("Policies")).toObject();
    if (!policies.contains(policyName))
        return ServiceError::notFound(QStringLiteral("Policy %1 does not exist for identity %2.")
                                          .arg(policyName, Inputs::string(call.input, "EmailIdentity")));
    const QString policy = Inputs::string(call.input, "Policy");
    if (const Check check = validatePolicy(policy, arnOf(identity)); !check)
        return check.error();
    policies.insert(policyName, policy);
    identity.insert(QStringLiteral("Policies"), policies);
    m_context.identities.save(identity);
    return QJsonObject();
}

JsonOutcome IdentityPolicyOperations::deletePolicy(const OperationCall &call)
{
    Outcome<QJsonObject> found = identityFor(call);
    if (!found)
        return found.error();
    QJsonObject identity = found.value();
    const QString policyName = Inputs::string(call.input, "PolicyName");
    QJsonObject policies = identity.value(QLatin1String("Policies")).toObject();
    if (!policies.contains(policyName))
        return ServiceError::notFound(QStringLiteral("Policy %1 does not exist for identity %2.")
                                          .arg(policyName, Inputs::string(call.input, "EmailIdentity")));
    policies.remove(policyName);
    identity.insert(QStringLiteral("Policies"), policies);
    m_context.identities.save(identity);
    return QJsonObject();
}

} // namespace Sandbox
