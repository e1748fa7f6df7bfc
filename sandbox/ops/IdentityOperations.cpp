#include "sandbox/ops/IdentityOperations.h"

#include <QJsonArray>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/ConfigurationSetRepository.h"
#include "sandbox/state/DkimKeys.h"
#include "sandbox/state/IdentityLifecycle.h"
#include "sandbox/state/IdentityName.h"
#include "sandbox/state/IdentityRepository.h"
#include "sandbox/state/NameRules.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{

ServiceError identityNotFound(const QString &name)
{
    return ServiceError::notFound(QStringLiteral("Email identity %1 does not exist.").arg(name));
}

bool isDomain(const QJsonObject &identity)
{
    return identity.value(QLatin1String("IdentityType")).toString() == QLatin1String("DOMAIN");
}

} // namespace

IdentityOperations::IdentityOperations(SandboxContext &context)
    : m_context(context)
{
}

void IdentityOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("CreateEmailIdentity"), this, &IdentityOperations::createEmailIdentity);
    registry.add(QStringLiteral("GetEmailIdentity"), this, &IdentityOperations::getEmailIdentity);
    registry.add(QStringLiteral("ListEmailIdentities"), this, &IdentityOperations::listEmailIdentities);
    registry.add(QStringLiteral("DeleteEmailIdentity"), this, &IdentityOperations::deleteEmailIdentity);
    registry.add(QStringLiteral("PutEmailIdentityDkimAttributes"), this, &IdentityOperations::putDkimAttributes);
    registry.add(
        QStringLiteral("PutEmailIdentityDkimSigningAttributes"), this, &IdentityOperations::putDkimSigningAttributes);
    registry.add(
        QStringLiteral("PutEmailIdentityMailFromAttributes"), this, &IdentityOperations::putMailFromAttributes);
    registry.add(
        QStringLiteral("PutEmailIdentityFeedbackAttributes"), this, &IdentityOperations::putFeedbackAttributes);
    registry.add(QStringLiteral("PutEmailIdentityConfigurationSetAttributes"),
        this,
        &IdentityOperations::putConfigurationSetAttributes);
}

Outcome<QJsonObject> IdentityOperations::existing(const OperationCall &call)
{
    const QString given = Inputs::string(call.input, "EmailIdentity");
    const Outcome<IdentityName> name = IdentityName::parse(given);
    if (!name)
        return identityNotFound(given);
    std::optional<QJsonObject> identity = m_context.identities.find(name->key(), call.now);
    if (!identity)
        return identityNotFound(given);
    return *identity;
}

Check IdentityOperations::applySigning(
    QJsonObject &identity, const QString &origin, const QJsonObject &signing, const QDateTime &now)
{
    const int delay = m_context.config.verifyDelaySeconds;
    if (origin == QLatin1String("EXTERNAL")) {
        const QString selector = signing.value(QLatin1String("DomainSigningSelector")).toString();
        const QString key = signing.value(QLatin1String("DomainSigningPrivateKey")).toString();
        if (selector.isEmpty() || key.isEmpty()) {
            return ServiceError::badRequest(QStringLiteral(
                "DomainSigningSelector and DomainSigningPrivateKey are required to use your own DKIM keys (BYODKIM)."));
        }
        if (!NameRules::isValidName(selector, 63) || selector.contains(QLatin1Char('_'))) {
            return ServiceError::badRequest(
                QStringLiteral("Invalid DKIM selector <%1>: use 1 to 63 letters, digits or hyphens.").arg(selector));
        }
        const Outcome<int> bits = DkimKeys::validatePrivateKey(key);
        if (!bits)
            return bits.error();
        IdentityLifecycle::applyByodkim(identity, IdentityLifecycle::Byodkim{selector, bits.value()}, now, delay);
        return passed();
    }

    // Easy DKIM (AWS_SES, or a deterministic AWS_SES_<REGION> origin).
    QJsonObject current = identity.value(QLatin1String("DkimAttributes")).toObject();
    const bool wasEasy = !current.isEmpty()
        && current.value(QLatin1String("SigningAttributesOrigin")).toString() != QLatin1String("EXTERNAL");
    const QString requested = signing.value(QLatin1String("NextSigningKeyLength")).toString();
    if (wasEasy) {
        // A key-length change on an Easy DKIM identity rotates keys; tokens stay.
        if (!requested.isEmpty()) {
            if (requested == current.value(QLatin1String("NextSigningKeyLength")).toString())
                return ServiceError::badRequest(
                    QStringLiteral("The DKIM signing key length is already %1.").arg(requested));
            const QDateTime lastChange = Timestamps::fromJson(identity.value(QLatin1String("_keyLengthChangedAt")));
            const bool lastWasDowngrade
                = identity.value(QLatin1String("_lastKeyLengthChange")).toString() == QLatin1String("RSA_1024_BIT");
            if (lastChange.isValid() && lastChange.secsTo(now) < 24 * 3600 && !lastWasDowngrade) {
                return ServiceError::badRequest(
                    QStringLiteral("You can change the DKIM signing key length of an identity only once in 24 hours."));
            }
            current.insert(QStringLiteral("NextSigningKeyLength"), requested);
            current.insert(QStringLiteral("LastKeyGenerationTimestamp"), Timestamps::toJson(now));
            identity.insert(QStringLiteral("DkimAttributes"), current);
            identity.insert(QStringLiteral("_keyLengthChangedAt"), Timestamps::toJson(now));
            identity.insert(QStringLiteral("_lastKeyLengthChange"), requested);
            identity.insert(QStringLiteral("_dkimVerifyAt"), Timestamps::toJson(now.addSecs(delay)));
        }
        current = identity.value(QLatin1String("DkimAttributes")).toObject();
        current.insert(QStringLiteral("SigningAttributesOrigin"), origin);
        identity.insert(QStringLiteral("DkimAttributes"), current);
        return passed();
    }
    IdentityLifecycle::EasyDkim easy;
    easy.tokens = DkimKeys::easyDkimTokens(m_context.random);
    easy.hostedZone = DkimKeys::signingHostedZone(m_context.config.region);
    if (!requested.isEmpty())
        easy.keyLength = requested;
    IdentityLifecycle::applyEasyDkim(identity, easy, now, delay);
    QJsonObject attributes = identity.value(QLatin1String("DkimAttributes")).toObject();
    attributes.insert(QStringLiteral("SigningAttributesOrigin"), origin);
    identity.insert(QStringLiteral("DkimAttributes"), attributes);
    identity.remove(QStringLiteral("_byodkimSelector"));
    return passed();
}

JsonOutcome IdentityOperations::createEmailIdentity(const OperationCall &call)
{
    const QJsonObject &in = call.input;
    const Outcome<IdentityName> name = IdentityName::parse(Inputs::string(in, "EmailIdentity"));
    if (!name)
        return name.error();
    if (m_context.identities.find(name->key(), call.now))
        return ServiceError::alreadyExists(QStringLiteral("Email identity %1 already exists.").arg(name->name));
    if (m_context.identities.count() >= kMaxIdentities) {
        return ServiceError::limitExceeded(
            QStringLiteral("Maximum number of verified identities (%1) reached for this account in this region.")
                .arg(kMaxIdentities));
    }
    const QJsonArray tags = in.value(QLatin1String("Tags")).toArray();
    if (const Check check = NameRules::tags(tags); !check)
        return check.error();
    const QString configurationSet = Inputs::string(in, "ConfigurationSetName");
    if (!configurationSet.isEmpty() && !m_context.configurationSets.exists(configurationSet))
        return ServiceError::notFound(QStringLiteral("Configuration set <%1> does not exist.").arg(configurationSet));

    QJsonObject identity = IdentityLifecycle::newIdentity(name.value(), call.now, m_context.config.verifyDelaySeconds);
    identity.insert(QStringLiteral("Tags"), tags);
    if (!configurationSet.isEmpty())
        identity.insert(QStringLiteral("ConfigurationSetName"), configurationSet);

    const QJsonObject signing = in.value(QLatin1String("DkimSigningAttributes")).toObject();
    if (name->type == IdentityName::Type::Domain) {
        QString origin = signing.value(QLatin1String("DomainSigningAttributesOrigin")).toString();
        if (origin.isEmpty())
            origin = signing.contains(QLatin1String("DomainSigningPrivateKey")) ? QStringLiteral("EXTERNAL")
                                                                                : QStringLiteral("AWS_SES");
        if (const Check check = applySigning(identity, origin, signing, call.now); !check)
            return check.error();
        // A domain verifies when its DKIM records are found.
        identity.insert(QStringLiteral("_verifyAt"), identity.value(QLatin1String("_dkimVerifyAt")));
    } else if (!signing.isEmpty()) {
        return ServiceError::badRequest(
            QStringLiteral("DKIM signing attributes can only be set for domain identities."));
    }
    IdentityLifecycle::settle(identity, call.now);
    m_context.identities.save(identity);

    const QJsonObject described = m_context.identities.describe(identity, call.now);
    QJsonObject out;
    out.insert(QStringLiteral("IdentityType"), described.value(QLatin1String("IdentityType")));
    out.insert(QStringLiteral("VerifiedForSendingStatus"), described.value(QLatin1String("VerifiedForSendingStatus")));
    out.insert(QStringLiteral("DkimAttributes"), described.value(QLatin1String("DkimAttributes")));
    return out;
}

JsonOutcome IdentityOperations::getEmailIdentity(const OperationCall &call)
{
    const Outcome<QJsonObject> identity = existing(call);
    if (!identity)
        return identity.error();
    return m_context.identities.describe(identity.value(), call.now);
}

JsonOutcome IdentityOperations::listEmailIdentities(const OperationCall &call)
{
    const Outcome<PageRequest> request = PageToken::request(call.input, 100, 1000);
    if (!request)
        return request.error();
    const QList<QJsonObject> page = m_context.identities.page(request->after, request->size + 1, call.now);
    QJsonArray items;
    for (qsizetype i = 0; i < page.size() && i < request->size; ++i) {
        const QJsonObject &identity = page.at(i);
        const bool verified
            = identity.value(QLatin1String("VerificationStatus")).toString() == QLatin1String("SUCCESS");
        items.append(QJsonObject{
            {QStringLiteral("IdentityType"), identity.value(QLatin1String("IdentityType"))},
            {QStringLiteral("IdentityName"), identity.value(QLatin1String("IdentityName"))},
            {QStringLiteral("SendingEnabled"), verified},
            {QStringLiteral("VerificationStatus"), identity.value(QLatin1String("VerificationStatus"))},
        });
    }
    QJsonObject out{{QStringLiteral("EmailIdentities"), items}};
    if (page.size() > request->size)
        out.insert(QStringLiteral("NextToken"),
            PageToken::encode(page.at(request->size - 1).value(QLatin1String("IdentityName")).toString()));
    return out;
}

JsonOutcome IdentityOperations::deleteEmailIdentity(const OperationCall &call)
{
    const Outcome<QJsonObject> identity = existing(call);
    if (!identity)
        return identity.error();
    m_context.identities.remove(identity->value(QLatin1String("IdentityName")).toString());
    return QJsonObject();
}

JsonOutcome IdentityOperations::putDkimAttributes(const OperationCall &call)
{
    Outcome<QJsonObject> found = existing(call);
    if (!found)
        return found.error();
    QJsonObject identity = found.value();
    const bool enabled = call.input.value(QLatin1String("SigningEnabled")).toBool(false);
    if (isDomain(identity)) {
        QJsonObject dkim = identity.value(QLatin1String("DkimAttributes")).toObject();
        dkim.insert(QStringLiteral("SigningEnabled"), enabled);
        identity.insert(QStringLiteral("DkimAttributes"), dkim);
    } else {
        // An address can only override the DKIM signing of a domain it belongs to (and that
        // has DKIM set up and verified).
        const QString name = identity.value(QLatin1String("IdentityName")).toString();
        const std::optional<QJsonObject> parent
            = m_context.identities.parentDomainOf(name.mid(name.lastIndexOf(QLatin1Char('@')) + 1), call.now, true);
        const QJsonObject parentDkim
            = parent ? parent->value(QLatin1String("DkimAttributes")).toObject() : QJsonObject();
        if (parentDkim.value(QLatin1String("Status")).toString() != QLatin1String("SUCCESS")) {
            return ServiceError::badRequest(QStringLiteral(
                "DKIM signing for %1 can only be changed when its domain is a verified identity with DKIM set up.")
                                                .arg(name));
        }
        if (enabled && !parentDkim.value(QLatin1String("SigningEnabled")).toBool()) {
            return ServiceError::badRequest(
                QStringLiteral("DKIM signing cannot be enabled for %1 because it is disabled for its domain.")
                    .arg(name));
        }
        identity.insert(QStringLiteral("_dkimSigningEnabled"), enabled);
    }
    m_context.identities.save(identity);
    return QJsonObject();
}

JsonOutcome IdentityOperations::putDkimSigningAttributes(const OperationCall &call)
{
    Outcome<QJsonObject> found = existing(call);
    if (!found)
        return found.error();
    QJsonObject identity = found.value();
    if (!isDomain(identity))
        return ServiceError::badRequest(
            QStringLiteral("DKIM signing attributes can only be set for domain identities."));
    const QString origin = Inputs::string(call.input, "SigningAttributesOrigin");
    const QJsonObject signing = call.input.value(QLatin1String("SigningAttributes")).toObject();
    if (const Check check = applySigning(identity, origin, signing, call.now); !check)
        return check.error();
    IdentityLifecycle::settle(identity, call.now);
    m_context.identities.save(identity);
    const QJsonObject dkim = identity.value(QLatin1String("DkimAttributes")).toObject();
    QJsonObject out;
    out.insert(QStringLiteral("DkimStatus"), dkim.value(QLatin1String("Status")));
    out.insert(QStringLiteral("DkimTokens"), dkim.value(QLatin1String("Tokens")));
    if (dkim.contains(QLatin1String("SigningHostedZone")))
        out.insert(QStringLiteral("SigningHostedZone"), dkim.value(QLatin1String("SigningHostedZone")));
    return out;
}

JsonOutcome IdentityOperations::putMailFromAttributes(const OperationCall &call)
{
    Outcome<QJsonObject> found = existing(call);
    if (!found)
        return found.error();
    QJsonObject identity = found.value();
    const QString name = identity.value(QLatin1String("IdentityName")).toString();
    const QString domain = isDomain(identity) ? name : name.mid(name.lastIndexOf(QLatin1Char('@')) + 1);
    const QString mailFrom = Inputs::string(call.input, "MailFromDomain").toLower();
    if (!mailFrom.isEmpty()) {
        const Outcome<IdentityName> parsed = IdentityName::parse(mailFrom);
        if (!parsed || parsed->type != IdentityName::Type::Domain || !mailFrom.endsWith(QLatin1Char('.') + domain)) {
            return ServiceError::badRequest(QStringLiteral(
                "Invalid MAIL FROM domain <%1>: it must be a subdomain of %2 that is not used to send or "
                "receive email.")
                                                .arg(mailFrom, domain));
        }
    }
    IdentityLifecycle::applyMailFrom(identity,
        mailFrom,
        Inputs::string(call.input, "BehaviorOnMxFailure"),
        call.now,
        m_context.config.verifyDelaySeconds);
    IdentityLifecycle::settle(identity, call.now);
    m_context.identities.save(identity);
    return QJsonObject();
}

JsonOutcome IdentityOperations::putFeedbackAttributes(const OperationCall &call)
{
    Outcome<QJsonObject> found = existing(call);
    if (!found)
        return found.error();
    QJsonObject identity = found.value();
    identity.insert(QStringLiteral("FeedbackForwardingStatus"),
        call.input.value(QLatin1String("EmailForwardingEnabled")).toBool(false));
    m_context.identities.save(identity);
    return QJsonObject();
}

JsonOutcome IdentityOperations::putConfigurationSetAttributes(const OperationCall &call)
{
    Outcome<QJsonObject> found = existing(call);
    if (!found)
        return found.error();
    QJsonObject identity = found.value();
    const QString set = Inputs::string(call.input, "ConfigurationSetName");
    if (set.isEmpty()) {
        identity.remove(QStringLiteral("ConfigurationSetName"));
    } else {
        if (!m_context.configurationSets.exists(set))
            return ServiceError::notFound(QStringLiteral("Configuration set <%1> does not exist.").arg(set));
        identity.insert(QStringLiteral("ConfigurationSetName"), set);
    }
    m_context.identities.save(identity);
    return QJsonObject();
}

} // namespace Sandbox
