#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Ses
{

/// One entry of ListEmailIdentities.
struct IdentitySummary {
    QString identityType; ///< EMAIL_ADDRESS | DOMAIN | MANAGED_DOMAIN
    QString identityName;
    bool sendingEnabled = false;
    QString verificationStatus; ///< PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE | NOT_STARTED
    QJsonObject raw;

    static IdentitySummary fromJson(const QJsonObject &json);
};

/// One page of ListEmailIdentities.
struct IdentityPage {
    QList<IdentitySummary> identities;
    QString nextToken;
    QJsonObject raw;
};

/// DkimAttributes of GetEmailIdentity / CreateEmailIdentity.
struct DkimAttributes {
    bool signingEnabled = false;
    QString status; ///< PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE | NOT_STARTED
    QStringList tokens;
    QString signingHostedZone;
    QString signingAttributesOrigin; ///< AWS_SES | EXTERNAL | AWS_SES_*
    QString nextSigningKeyLength;
    QString currentSigningKeyLength;
    QDateTime lastKeyGenerationTimestamp;

    static DkimAttributes fromJson(const QJsonObject &json);
};

/// MailFromAttributes of GetEmailIdentity.
struct MailFromAttributes {
    QString mailFromDomain;
    QString mailFromDomainStatus; ///< PENDING | SUCCESS | FAILED | TEMPORARY_FAILURE
    QString behaviorOnMxFailure; ///< USE_DEFAULT_VALUE | REJECT_MESSAGE

    static MailFromAttributes fromJson(const QJsonObject &json);
};

struct Tag {
    QString key;
    QString value;
};

/// GetEmailIdentity's answer.
struct EmailIdentity {
    QString identityName; ///< Not in the answer; the name that was asked for.
    QString identityType;
    bool feedbackForwardingStatus = false;
    bool verifiedForSendingStatus = false;
    DkimAttributes dkim;
    MailFromAttributes mailFrom;
    QMap<QString, QString> policies;
    QList<Tag> tags;
    QString configurationSetName;
    QString verificationStatus;
    QJsonObject verificationInfo;
    QJsonObject raw;

    static EmailIdentity fromJson(const QString &name, const QJsonObject &json);
};

/// DkimSigningAttributes of CreateEmailIdentity: Easy DKIM key length, or BYODKIM.
struct DkimSigningAttributes {
    QString domainSigningSelector; ///< BYODKIM
    QString domainSigningPrivateKey; ///< BYODKIM, base64 of the DER key (no PEM lines)
    QString nextSigningKeyLength; ///< Easy DKIM: RSA_1024_BIT | RSA_2048_BIT
};

/// CreateEmailIdentity's request.
struct CreateEmailIdentityRequest {
    QString emailIdentity;
    QList<Tag> tags;
    bool hasDkimSigningAttributes = false;
    DkimSigningAttributes dkimSigningAttributes;
    QString configurationSetName;

    QJsonObject toJson() const;
};

/// CreateEmailIdentity's answer.
struct CreateEmailIdentityResult {
    QString identityType;
    bool verifiedForSendingStatus = false;
    DkimAttributes dkim;
    QJsonObject raw;
};

} // namespace Ses
