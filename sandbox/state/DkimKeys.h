#pragma once

#include <QRandomGenerator>
#include <QStringList>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// DKIM material as SES hands it out and accepts it.
class DkimKeys
{
public:
    /// Three Easy DKIM tokens: 32 characters of lower-case base32 each, as SES generates
    /// ("hirjd4exampled5477y22yd23ettobi"); each becomes <token>._domainkey.<domain> CNAME
    /// <token>.<hosted zone>.
    static QStringList easyDkimTokens(QRandomGenerator &random);

    /// The DNS zone the DKIM CNAMEs point into: dkim.amazonses.com, or a regional zone in the
    /// regions the guide names (af-south-1, ap-northeast-3, eu-south-1).
    static QString signingHostedZone(const QString &region);

    /// Checks a BYODKIM private key (base64 of DER, PEM armour and line breaks removed): RSA,
    /// PKCS #1 or PKCS #8, 1024 to 2048 bits. Returns the key length in bits.
    static Outcome<int> validatePrivateKey(const QString &base64Der);
};

} // namespace Sandbox
