#include "views/panes/account/AccountTexts.h"

namespace Views
{

QString AccountTexts::enforcementStatus(const QString &status)
{
    if (status == QLatin1String("HEALTHY"))
        return tr("Healthy");
    if (status == QLatin1String("PROBATION"))
        return tr("Under review (probation)");
    if (status == QLatin1String("SHUTDOWN"))
        return tr("Shut down");
    return status.isEmpty() ? tr("Unknown") : status;
}

QString AccountTexts::enforcementMeaning(const QString &status)
{
    if (status == QLatin1String("HEALTHY"))
        return tr("No reputation issues affect sending.");
    if (status == QLatin1String("PROBATION"))
        return tr("SES is reviewing this account because of bounces or complaints. Fix the cause before the "
                  "review ends, or sending may be paused.");
    if (status == QLatin1String("SHUTDOWN"))
        return tr("SES has stopped this account from sending. Contact AWS Support.");
    return {};
}

QString AccountTexts::reviewStatus(const QString &status)
{
    if (status == QLatin1String("PENDING"))
        return tr("Pending");
    if (status == QLatin1String("FAILED"))
        return tr("Failed");
    if (status == QLatin1String("GRANTED"))
        return tr("Granted");
    if (status == QLatin1String("DENIED"))
        return tr("Denied");
    return status;
}

QString AccountTexts::reviewMeaning(const QString &status)
{
    if (status == QLatin1String("PENDING"))
        return tr("AWS received the request for production access and is reviewing it. AWS Support usually "
                  "answers within 24 hours; the details cannot be changed until the review ends.");
    if (status == QLatin1String("FAILED"))
        return tr("An internal error occurred and AWS did not receive the request. Submit it again.");
    if (status == QLatin1String("GRANTED"))
        return tr("The request was reviewed and production access was granted.");
    if (status == QLatin1String("DENIED"))
        return tr("The request was reviewed and production access was denied. See the support case for the "
                  "reasons; you can submit a new request with more detail.");
    return {};
}

QString AccountTexts::mailType(const QString &type)
{
    if (type == QLatin1String("MARKETING"))
        return tr("Marketing");
    if (type == QLatin1String("TRANSACTIONAL"))
        return tr("Transactional");
    return type;
}

QString AccountTexts::contactLanguage(const QString &language)
{
    if (language == QLatin1String("EN"))
        return tr("English");
    if (language == QLatin1String("JA"))
        return tr("Japanese");
    return language;
}

QString AccountTexts::sandboxLimits()
{
    return tr("In the SES sandbox you can send only to verified email addresses and domains and to the mailbox "
              "simulator, at most 200 messages in 24 hours and 1 message per second. Suppression-list "
              "management through the API is disabled. Request production access to lift these limits.");
}

QString AccountTexts::sendingPaused()
{
    return tr("Email sending is paused for this account in this region: every send call is rejected. If you "
              "paused it yourself you can resume it; if AWS paused it (for example because of a high bounce "
              "or complaint rate), it cannot be resumed from here.");
}

} // namespace Views
