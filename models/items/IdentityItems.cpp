#include "models/items/IdentityItems.h"

#include <QCoreApplication>

namespace Items::Identity
{

Status statusFromSes(const QString &s)
{
    if (s == QLatin1String("SUCCESS"))
        return Status::Success;
    if (s == QLatin1String("PENDING"))
        return Status::Pending;
    if (s == QLatin1String("FAILED"))
        return Status::Failed;
    if (s == QLatin1String("TEMPORARY_FAILURE"))
        return Status::TemporaryFailure;
    if (s == QLatin1String("NOT_STARTED"))
        return Status::NotStarted;
    return Status::Unknown;
}

Type typeFromSes(const QString &s)
{
    if (s == QLatin1String("EMAIL_ADDRESS"))
        return Type::EmailAddress;
    if (s == QLatin1String("DOMAIN"))
        return Type::Domain;
    if (s == QLatin1String("MANAGED_DOMAIN"))
        return Type::ManagedDomain;
    return Type::Unknown;
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Success:
        return QCoreApplication::translate("Items::Identity", "Verified");
    case Status::Pending:
        return QCoreApplication::translate("Items::Identity", "Pending");
    case Status::Failed:
        return QCoreApplication::translate("Items::Identity", "Failed");
    case Status::TemporaryFailure:
        return QCoreApplication::translate("Items::Identity", "Temporary failure");
    case Status::NotStarted:
        return QCoreApplication::translate("Items::Identity", "Not started");
    case Status::Unknown:
        break;
    }
    return {};
}

QString verificationMeaning(Status status, Type type)
{
    const bool domain = type != Type::EmailAddress;
    switch (status) {
    case Status::Success:
        return QCoreApplication::translate("Items::Identity", "SES verified this identity; you can send from it.");
    case Status::Pending:
        return domain ? QCoreApplication::translate("Items::Identity",
                   "SES is looking for the DKIM records in your DNS. DNS changes can take up to 72 hours "
                   "to be seen; SES keeps checking for 72 hours.")
                      : QCoreApplication::translate("Items::Identity",
                          "SES sent a verification mail to this address (from no-reply-aws@amazon.com, usually "
                          "within 5 minutes). The link in it must be clicked within 24 hours.");
    case Status::Failed:
        return domain ? QCoreApplication::translate("Items::Identity",
                   "SES did not find the DNS records within 72 hours and stopped checking. Correct the "
                   "records, then start verification again.")
                      : QCoreApplication::translate("Items::Identity",
                          "The verification link was not clicked within 24 hours. Re-send the verification mail.");
    case Status::TemporaryFailure:
        return QCoreApplication::translate("Items::Identity",
            "SES verified this identity before but cannot find its DNS records now. It rechecks for 72 hours: then "
            "the identity is verified again or fails.");
    case Status::NotStarted:
        return QCoreApplication::translate("Items::Identity", "Verification has not started.");
    case Status::Unknown:
        break;
    }
    return {};
}

QString dkimMeaning(Status status)
{
    switch (status) {
    case Status::Success:
        return QCoreApplication::translate("Items::Identity", "SES found the DKIM records and signs your mail.");
    case Status::Pending:
        return QCoreApplication::translate(
            "Items::Identity", "SES has not found the DKIM records yet; it keeps looking for up to 72 hours.");
    case Status::Failed:
        return QCoreApplication::translate("Items::Identity",
            "SES did not find the DKIM records within 72 hours. Correct the records and set up DKIM again.");
    case Status::TemporaryFailure:
        return QCoreApplication::translate(
            "Items::Identity", "SES cannot find the DKIM records it found before; it rechecks for 72 hours.");
    case Status::NotStarted:
        return QCoreApplication::translate("Items::Identity", "SES has not started looking for the DKIM records.");
    case Status::Unknown:
        break;
    }
    return {};
}

QString typeText(Type type)
{
    switch (type) {
    case Type::EmailAddress:
        return QCoreApplication::translate("Items::Identity", "Email address");
    case Type::Domain:
        return QCoreApplication::translate("Items::Identity", "Domain");
    case Type::ManagedDomain:
        return QCoreApplication::translate("Items::Identity", "Managed domain");
    case Type::Unknown:
        break;
    }
    return {};
}

} // namespace Items::Identity
