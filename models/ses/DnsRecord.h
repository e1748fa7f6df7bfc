#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Ses
{

/// One DNS record an SES identity needs, exactly as the Developer Guide gives it.
///
/// name and value are in the DNS's ASCII form (IDN labels in punycode, lower case, no trailing
/// dot); unicodeName is the same name for display. For TXT records value is the text itself,
/// without quotes; each exporter quotes and splits it as its format needs. For MX records value is
/// the mail host and priority its preference.
struct DnsRecord {
    Q_DECLARE_TR_FUNCTIONS(Ses::DnsRecord)

public:
    enum class Purpose {
        EasyDkim, ///< CNAME <token>._domainkey.<domain> → <token>.<SigningHostedZone> (×3)
        ByoDkim, ///< TXT <selector>._domainkey.<domain> "p=<public key>"
        MailFromMx, ///< MX <mail from domain> 10 feedback-smtp.<region>.amazonses.com
        MailFromSpf, ///< TXT <mail from domain> "v=spf1 include:amazonses.com ~all"
        Dmarc, ///< TXT _dmarc.<domain> "v=DMARC1; p=none; ..."
        InboundMx, ///< MX <domain> 10 inbound-smtp.<region>.amazonaws.com (receiving regions)
    };
    enum class Type { CNAME, TXT, MX };
    enum class Requirement { Required, Recommended, Optional };
    /// The status SES reports for what the record verifies (DKIM or MAIL FROM status).
    enum class Status { NotApplicable, NotStarted, Pending, Success, Failed, TemporaryFailure };

    Purpose purpose = Purpose::EasyDkim;
    Type type = Type::CNAME;
    QString name;
    QString unicodeName;
    QString value;
    int priority = 0; ///< MX preference; 0 for other types
    Requirement requirement = Requirement::Required;
    Status status = Status::NotApplicable;
    /// Why the record is incomplete or how its value was chosen (translated), or empty.
    QString note;

    /// False when the value is not known (a BYODKIM record whose public key was not supplied):
    /// exporters then write the record as a comment or leave it out.
    bool isComplete() const
    {
        return !value.isEmpty();
    }

    /// "CNAME", "TXT", "MX".
    QString typeName() const;
    static QString typeName(Type type);
    /// The value as the SES console and the guide print it: MX "10 host"; the SPF and DMARC TXT
    /// values in quotes (the guide: "quotes required"); BYODKIM "p=..." without quotes.
    QString presentationValue() const;

    /// Translated labels for the GUI, CLI and exports.
    static QString purposeText(Purpose purpose);
    static QString requirementText(Requirement requirement);
    static QString statusText(Status status);
    /// Untranslated source texts (context "Ses::DnsRecord"), for callers that translate with a
    /// translator of their own (DnsAdminMailBuilder).
    static const char *purposeSourceText(Purpose purpose);
    static const char *requirementSourceText(Requirement requirement);

    /// SES's status strings (DkimStatus, MailFromDomainStatus) to Status; unknown → NotApplicable.
    static Status statusFromSes(const QString &sesStatus);

    bool operator==(const DnsRecord &other) const = default;
};

} // namespace Ses

Q_DECLARE_METATYPE(Ses::DnsRecord)
