#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "models/ses/IdentityTypes.h"

namespace Ses
{

/// PutEmailIdentityDkimSigningAttributes' request: Easy DKIM with another key length
/// (SigningAttributesOrigin AWS_SES + NextSigningKeyLength), or BYODKIM (EXTERNAL + selector and
/// private key).
struct PutDkimSigningAttributesRequest {
    QString emailIdentity;
    QString signingAttributesOrigin = QStringLiteral("AWS_SES"); ///< AWS_SES | EXTERNAL | AWS_SES_<REGION>
    /// SigningAttributes; members left empty are not sent.
    DkimSigningAttributes signingAttributes;

    QJsonObject toJson() const;
};

/// PutEmailIdentityDkimSigningAttributes' answer.
struct PutDkimSigningAttributesResult {
    QString dkimStatus;
    QStringList dkimTokens;
    QString signingHostedZone;
    QJsonObject raw;
};

/// PutEmailIdentityMailFromAttributes' request. An empty mailFromDomain turns the custom MAIL
/// FROM domain off (the member is then left out, as the CLI does).
struct PutMailFromAttributesRequest {
    QString emailIdentity;
    QString mailFromDomain;
    QString behaviorOnMxFailure; ///< USE_DEFAULT_VALUE | REJECT_MESSAGE; empty: not sent

    QJsonObject toJson() const;
};

/// One page of ListConfigurationSets.
struct ConfigurationSetPage {
    QStringList configurationSets;
    QString nextToken;
};

} // namespace Ses
