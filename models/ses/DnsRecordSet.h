#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/aws/Result.h"
#include "models/ses/DnsRecord.h"
#include "models/ses/SesRegion.h"

namespace Ses
{

struct EmailIdentity;

/// The DNS records one SES identity needs in one region, derived from GetEmailIdentity's answer:
/// the three Easy DKIM CNAMEs (target from the identity's SigningHostedZone) or the BYODKIM TXT,
/// the custom MAIL FROM MX and SPF TXT, a recommended DMARC TXT and, in regions that receive
/// mail, an optional inbound MX.
class DnsRecordSet
{
    Q_DECLARE_TR_FUNCTIONS(Ses::DnsRecordSet)

public:
    /// What the identity's answer does not hold.
    struct Options {
        QString regionCode; ///< The region the identity lives in (required).
        /// BYODKIM: SES returns neither the selector nor the public key (Tokens is empty), so the
        /// wizard, which has both, passes them (the key from DkimPublicKey::publicKeyBase64()).
        QString byoDkimSelector;
        QString byoDkimPublicKey;
        bool includeDmarc = true;
        QString dmarcReportAddress; ///< rua=mailto:<this>; empty leaves rua out
        bool includeInboundMx = true; ///< Only in regions that receive mail.
    };

    DnsRecordSet() = default;

    /// Derives the records. Errors (AwsError::Kind::Usage): malformed region code, a domain that
    /// is no valid DNS name, a malformed DMARC report address.
    static Aws::Result<DnsRecordSet> fromIdentity(const EmailIdentity &identity, const Options &options);

    const QList<DnsRecord> &records() const
    {
        return m_records;
    }
    /// Required and recommended records, plus the optional ones if includeOptional.
    QList<DnsRecord> records(bool includeOptional) const;
    bool isEmpty() const
    {
        return m_records.isEmpty();
    }
    /// The identity uses BYODKIM but no selector was given: its DKIM record could not be named
    /// (SES returns no selector), so the caller should ask for it.
    bool needsByoDkimSelector() const
    {
        return m_needsByoDkimSelector;
    }

    QString identityName() const
    {
        return m_identityName;
    }
    /// The identity's domain (for an email address identity, its domain part), ASCII form.
    QString domain() const
    {
        return m_domain;
    }
    QString unicodeDomain() const
    {
        return m_unicodeDomain;
    }
    const SesRegion &region() const
    {
        return m_region;
    }

    /// "example.com" → ASCII (punycode) form, lower case, no trailing dot; empty if not a valid
    /// DNS name (empty label, label over 63 or name over 253 characters, invalid IDN).
    static QString toAsciiDomain(const QString &domain);
    /// The display (Unicode) form of an ASCII domain.
    static QString toUnicodeDomain(const QString &asciiDomain);

private:
    QList<DnsRecord> m_records;
    QString m_identityName;
    QString m_domain;
    QString m_unicodeDomain;
    SesRegion m_region;
    bool m_needsByoDkimSelector = false;
};

} // namespace Ses
