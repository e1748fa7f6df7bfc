#include "models/ses/IdentityTypes.h"

#include <QJsonArray>

#include "models/ses/JsonUtil.h"

namespace Ses
{

IdentitySummary IdentitySummary::fromJson(const QJsonObject &json)
{
    IdentitySummary s;
    s.raw = json;
    s.identityType = json.value(QLatin1String("IdentityType")).toString();
    s.identityName = json.value(QLatin1String("IdentityName")).toString();
    s.sendingEnabled = json.value(QLatin1String("SendingEnabled")).toBool();
    s.verificationStatus = json.value(QLatin1String("VerificationStatus")).toString();
    return s;
}

DkimAttributes DkimAttributes::fromJson(const QJsonObject &json)
{
    DkimAttributes d;
    d.signingEnabled = json.value(QLatin1String("SigningEnabled")).toBool();
    d.status = json.value(QLatin1String("Status")).toString();
    d.tokens = Json::strings(json.value(QLatin1String("Tokens")));
    d.signingHostedZone = json.value(QLatin1String("SigningHostedZone")).toString();
    d.signingAttributesOrigin = json.value(QLatin1String("SigningAttributesOrigin")).toString();
    d.nextSigningKeyLength = json.value(QLatin1String("NextSigningKeyLength")).toString();
    d.currentSigningKeyLength = json.value(QLatin1String("CurrentSigningKeyLength")).toString();
    d.lastKeyGenerationTimestamp = Json::timestamp(json.value(QLatin1String("LastKeyGenerationTimestamp")));
    return d;
}

MailFromAttributes MailFromAttributes::fromJson(const QJsonObject &json)
{
    MailFromAttributes m;
    m.mailFromDomain = json.value(QLatin1String("MailFromDomain")).toString();
    m.mailFromDomainStatus = json.value(QLatin1String("MailFromDomainStatus")).toString();
    m.behaviorOnMxFailure = json.value(QLatin1String("BehaviorOnMxFailure")).toString();
    return m;
}

EmailIdentity EmailIdentity::fromJson(const QString &name, const QJsonObject &json)
{
    EmailIdentity e;
    e.identityName = name;
    e.raw = json;
    e.identityType = json.value(QLatin1String("IdentityType")).toString();
    e.feedbackForwardingStatus = json.value(QLatin1String("FeedbackForwardingStatus")).toBool();
    e.verifiedForSendingStatus = json.value(QLatin1String("VerifiedForSendingStatus")).toBool();
    e.dkim = DkimAttributes::fromJson(json.value(QLatin1String("DkimAttributes")).toObject());
    e.mailFrom = MailFromAttributes::fromJson(json.value(QLatin1String("MailFromAttributes")).toObject());
    const QJsonObject policies = json.value(QLatin1String("Policies")).toObject();
    for (auto it = policies.begin(); it != policies.end(); ++it)
        e.policies.insert(it.key(), it.value().toString());
    const QJsonArray tags = json.value(QLatin1String("Tags")).toArray();
    for (const QJsonValue &t : tags) {
        const QJsonObject tag = t.toObject();
        e.tags.append({tag.value(QLatin1String("Key")).toString(), tag.value(QLatin1String("Value")).toString()});
    }
    e.configurationSetName = json.value(QLatin1String("ConfigurationSetName")).toString();
    e.verificationStatus = json.value(QLatin1String("VerificationStatus")).toString();
    e.verificationInfo = json.value(QLatin1String("VerificationInfo")).toObject();
    return e;
}

QJsonObject CreateEmailIdentityRequest::toJson() const
{
    QJsonObject json{{QLatin1String("EmailIdentity"), emailIdentity}};
    if (!tags.isEmpty()) {
        QJsonArray array;
        for (const Tag &t : tags)
            array.append(QJsonObject{{QLatin1String("Key"), t.key}, {QLatin1String("Value"), t.value}});
        json.insert(QLatin1String("Tags"), array);
    }
    if (hasDkimSigningAttributes) {
        QJsonObject dkim;
        if (!dkimSigningAttributes.domainSigningSelector.isEmpty())
            dkim.insert(QLatin1String("DomainSigningSelector"), dkimSigningAttributes.domainSigningSelector);
        if (!dkimSigningAttributes.domainSigningPrivateKey.isEmpty())
            dkim.insert(QLatin1String("DomainSigningPrivateKey"), dkimSigningAttributes.domainSigningPrivateKey);
        if (!dkimSigningAttributes.nextSigningKeyLength.isEmpty())
            dkim.insert(QLatin1String("NextSigningKeyLength"), dkimSigningAttributes.nextSigningKeyLength);
        json.insert(QLatin1String("DkimSigningAttributes"), dkim);
    }
    if (!configurationSetName.isEmpty())
        json.insert(QLatin1String("ConfigurationSetName"), configurationSetName);
    return json;
}

} // namespace Ses
