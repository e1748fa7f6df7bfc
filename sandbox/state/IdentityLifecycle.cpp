#include "sandbox/state/IdentityLifecycle.h"

#include <QJsonArray>

#include "sandbox/state/IdentityName.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{

const QString kPending = QStringLiteral("PENDING");
const QString kSuccess = QStringLiteral("SUCCESS");

QDateTime dueTime(const QJsonObject &o, const char *key)
{
    return Timestamps::fromJson(o.value(QLatin1String(key)));
}

} // namespace

QJsonObject IdentityLifecycle::newIdentity(const IdentityName &name, const QDateTime &now, int verifyDelaySeconds)
{
    QJsonObject identity;
    identity.insert(QStringLiteral("IdentityName"), name.name);
    identity.insert(QStringLiteral("IdentityType"), name.typeName());
    identity.insert(QStringLiteral("VerificationStatus"), kPending);
    identity.insert(QStringLiteral("FeedbackForwardingStatus"), true);
    identity.insert(QStringLiteral("Policies"), QJsonObject());
    identity.insert(QStringLiteral("Tags"), QJsonArray());
    identity.insert(QStringLiteral("_createdAt"), Timestamps::toJson(now));
    identity.insert(QStringLiteral("_verifyAt"), Timestamps::toJson(now.addSecs(verifyDelaySeconds)));
    return identity;
}

void IdentityLifecycle::applyEasyDkim(
    QJsonObject &identity, const EasyDkim &dkim, const QDateTime &now, int verifyDelaySeconds)
{
    QJsonObject attributes = identity.value(QLatin1String("DkimAttributes")).toObject();
    const bool enabled = attributes.value(QLatin1String("SigningEnabled")).toBool(true);
    attributes = QJsonObject();
    attributes.insert(QStringLiteral("SigningEnabled"), enabled);
    attributes.insert(QStringLiteral("Status"), kPending);
    attributes.insert(QStringLiteral("Tokens"), QJsonArray::fromStringList(dkim.tokens));
    attributes.insert(QStringLiteral("SigningHostedZone"), dkim.hostedZone);
    attributes.insert(QStringLiteral("SigningAttributesOrigin"), QStringLiteral("AWS_SES"));
    attributes.insert(QStringLiteral("NextSigningKeyLength"), dkim.keyLength);
    attributes.insert(QStringLiteral("CurrentSigningKeyLength"), dkim.keyLength);
    attributes.insert(QStringLiteral("LastKeyGenerationTimestamp"), Timestamps::toJson(now));
    identity.insert(QStringLiteral("DkimAttributes"), attributes);
    identity.insert(QStringLiteral("_dkimVerifyAt"), Timestamps::toJson(now.addSecs(verifyDelaySeconds)));
}

void IdentityLifecycle::applyByodkim(
    QJsonObject &identity, const Byodkim &dkim, const QDateTime &now, int verifyDelaySeconds)
{
    QJsonObject attributes;
    attributes.insert(QStringLiteral("SigningEnabled"), true);
    attributes.insert(QStringLiteral("Status"), kPending);
    attributes.insert(QStringLiteral("Tokens"), QJsonArray());
    attributes.insert(QStringLiteral("SigningAttributesOrigin"), QStringLiteral("EXTERNAL"));
    const QString length = dkim.keyBits <= 1024 ? QStringLiteral("RSA_1024_BIT") : QStringLiteral("RSA_2048_BIT");
    attributes.insert(QStringLiteral("CurrentSigningKeyLength"), length);
    attributes.insert(QStringLiteral("LastKeyGenerationTimestamp"), Timestamps::toJson(now));
    identity.insert(QStringLiteral("DkimAttributes"), attributes);
    identity.insert(QStringLiteral("_byodkimSelector"), dkim.selector);
    identity.insert(QStringLiteral("_dkimVerifyAt"), Timestamps::toJson(now.addSecs(verifyDelaySeconds)));
}

void IdentityLifecycle::applyMailFrom(QJsonObject &identity,
    const QString &mailFromDomain,
    const QString &behavior,
    const QDateTime &now,
    int verifyDelaySeconds)
{
    if (mailFromDomain.isEmpty()) {
        identity.remove(QStringLiteral("MailFromAttributes"));
        identity.remove(QStringLiteral("_mailFromVerifyAt"));
        return;
    }
    const QJsonObject previous = identity.value(QLatin1String("MailFromAttributes")).toObject();
    QJsonObject attributes;
    attributes.insert(QStringLiteral("MailFromDomain"), mailFromDomain);
    attributes.insert(
        QStringLiteral("BehaviorOnMxFailure"), behavior.isEmpty() ? QStringLiteral("USE_DEFAULT_VALUE") : behavior);
    if (previous.value(QLatin1String("MailFromDomain")).toString() == mailFromDomain
        && previous.value(QLatin1String("MailFromDomainStatus")).toString() == kSuccess) {
        attributes.insert(QStringLiteral("MailFromDomainStatus"), kSuccess);
    } else {
        attributes.insert(QStringLiteral("MailFromDomainStatus"), kPending);
        identity.insert(QStringLiteral("_mailFromVerifyAt"), Timestamps::toJson(now.addSecs(verifyDelaySeconds)));
    }
    identity.insert(QStringLiteral("MailFromAttributes"), attributes);
}

bool IdentityLifecycle::settle(QJsonObject &identity, const QDateTime &now)
{
    bool changed = false;
    const QDateTime verifyAt = dueTime(identity, "_verifyAt");
    if (verifyAt.isValid() && verifyAt <= now) {
        if (identity.value(QLatin1String("VerificationStatus")).toString() == kPending) {
            identity.insert(QStringLiteral("VerificationStatus"), kSuccess);
            QJsonObject info;
            info.insert(QStringLiteral("LastCheckedTimestamp"), Timestamps::toJson(verifyAt));
            info.insert(QStringLiteral("LastSuccessTimestamp"), Timestamps::toJson(verifyAt));
            identity.insert(QStringLiteral("VerificationInfo"), info);
        }
        identity.remove(QStringLiteral("_verifyAt"));
        changed = true;
    }
    const QDateTime dkimAt = dueTime(identity, "_dkimVerifyAt");
    if (dkimAt.isValid() && dkimAt <= now) {
        QJsonObject dkim = identity.value(QLatin1String("DkimAttributes")).toObject();
        if (dkim.value(QLatin1String("Status")).toString() == kPending)
            dkim.insert(QStringLiteral("Status"), kSuccess);
        // A requested key length takes effect once SES has rotated to the new key.
        if (dkim.contains(QLatin1String("NextSigningKeyLength")))
            dkim.insert(QStringLiteral("CurrentSigningKeyLength"), dkim.value(QLatin1String("NextSigningKeyLength")));
        identity.insert(QStringLiteral("DkimAttributes"), dkim);
        identity.remove(QStringLiteral("_dkimVerifyAt"));
        changed = true;
    }
    const QDateTime mailFromAt = dueTime(identity, "_mailFromVerifyAt");
    if (mailFromAt.isValid() && mailFromAt <= now) {
        QJsonObject mailFrom = identity.value(QLatin1String("MailFromAttributes")).toObject();
        if (mailFrom.value(QLatin1String("MailFromDomainStatus")).toString() == kPending) {
            mailFrom.insert(QStringLiteral("MailFromDomainStatus"), kSuccess);
            identity.insert(QStringLiteral("MailFromAttributes"), mailFrom);
        }
        identity.remove(QStringLiteral("_mailFromVerifyAt"));
        changed = true;
    }
    return changed;
}

void IdentityLifecycle::forceStatus(QJsonObject &identity, const QString &status, const QDateTime &now)
{
    if (status == kSuccess) {
        // Everything pending is found now.
        identity.insert(QStringLiteral("_verifyAt"), Timestamps::toJson(now));
        if (identity.contains(QLatin1String("_dkimVerifyAt")))
            identity.insert(QStringLiteral("_dkimVerifyAt"), Timestamps::toJson(now));
        if (identity.contains(QLatin1String("_mailFromVerifyAt")))
            identity.insert(QStringLiteral("_mailFromVerifyAt"), Timestamps::toJson(now));
        if (identity.value(QLatin1String("VerificationStatus")).toString() != kSuccess)
            identity.insert(QStringLiteral("VerificationStatus"), kPending);
        settle(identity, now);
        return;
    }
    identity.remove(QStringLiteral("_verifyAt"));
    identity.insert(QStringLiteral("VerificationStatus"), status);
    QJsonObject info = identity.value(QLatin1String("VerificationInfo")).toObject();
    info.insert(QStringLiteral("LastCheckedTimestamp"), Timestamps::toJson(now));
    if (status == QLatin1String("FAILED") || status == QLatin1String("TEMPORARY_FAILURE")) {
        const bool domain = identity.value(QLatin1String("IdentityType")).toString() == QLatin1String("DOMAIN");
        info.insert(
            QStringLiteral("ErrorType"), domain ? QStringLiteral("HOST_NOT_FOUND") : QStringLiteral("SERVICE_ERROR"));
        QJsonObject dkim = identity.value(QLatin1String("DkimAttributes")).toObject();
        if (!dkim.isEmpty()) {
            dkim.insert(QStringLiteral("Status"), status);
            identity.insert(QStringLiteral("DkimAttributes"), dkim);
            identity.remove(QStringLiteral("_dkimVerifyAt"));
        }
    }
    identity.insert(QStringLiteral("VerificationInfo"), info);
}

QJsonObject IdentityLifecycle::withoutInternals(const QJsonObject &identity)
{
    QJsonObject out;
    for (auto it = identity.begin(); it != identity.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('_')))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace Sandbox
