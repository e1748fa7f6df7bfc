#include "models/ses/DnsRecord.h"

namespace Ses
{

QString DnsRecord::typeName(Type type)
{
    switch (type) {
    case Type::CNAME:
        return QStringLiteral("CNAME");
    case Type::TXT:
        return QStringLiteral("TXT");
    case Type::MX:
        return QStringLiteral("MX");
    }
    return {};
}

QString DnsRecord::typeName() const
{
    return typeName(type);
}

QString DnsRecord::presentationValue() const
{
    switch (type) {
    case Type::MX:
        return QStringLiteral("%1 %2").arg(priority).arg(value);
    case Type::TXT:
        if (purpose == Purpose::ByoDkim)
            return value;
        return QLatin1Char('"') + value + QLatin1Char('"');
    case Type::CNAME:
        return value;
    }
    return value;
}

const char *DnsRecord::purposeSourceText(Purpose purpose)
{
    switch (purpose) {
    case Purpose::EasyDkim:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "DKIM (Easy DKIM)");
    case Purpose::ByoDkim:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "DKIM (BYODKIM)");
    case Purpose::MailFromMx:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "Custom MAIL FROM (MX)");
    case Purpose::MailFromSpf:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "Custom MAIL FROM (SPF)");
    case Purpose::Dmarc:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "DMARC");
    case Purpose::InboundMx:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "Receiving (MX)");
    }
    return "";
}

const char *DnsRecord::requirementSourceText(Requirement requirement)
{
    switch (requirement) {
    case Requirement::Required:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "Required");
    case Requirement::Recommended:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "Recommended");
    case Requirement::Optional:
        return QT_TRANSLATE_NOOP("Ses::DnsRecord", "Optional");
    }
    return "";
}

QString DnsRecord::purposeText(Purpose purpose)
{
    return tr(purposeSourceText(purpose));
}

QString DnsRecord::requirementText(Requirement requirement)
{
    return tr(requirementSourceText(requirement));
}

QString DnsRecord::statusText(Status status)
{
    switch (status) {
    case Status::NotApplicable:
        return QString();
    case Status::NotStarted:
        //: SES verification status NOT_STARTED
        return tr("Not started");
    case Status::Pending:
        //: SES verification status PENDING
        return tr("Pending");
    case Status::Success:
        //: SES verification status SUCCESS
        return tr("Verified");
    case Status::Failed:
        //: SES verification status FAILED
        return tr("Failed");
    case Status::TemporaryFailure:
        //: SES verification status TEMPORARY_FAILURE
        return tr("Temporary failure");
    }
    return {};
}

DnsRecord::Status DnsRecord::statusFromSes(const QString &sesStatus)
{
    if (sesStatus == QLatin1String("SUCCESS"))
        return Status::Success;
    if (sesStatus == QLatin1String("PENDING"))
        return Status::Pending;
    if (sesStatus == QLatin1String("FAILED"))
        return Status::Failed;
    if (sesStatus == QLatin1String("TEMPORARY_FAILURE"))
        return Status::TemporaryFailure;
    if (sesStatus == QLatin1String("NOT_STARTED"))
        return Status::NotStarted;
    return Status::NotApplicable;
}

} // namespace Ses
