#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Ses
{

/// SendQuota of GetAccount.
struct SendQuota {
    double max24HourSend = 0;
    double maxSendRate = 0;
    double sentLast24Hours = 0;
};

/// AccountDetails.ReviewDetails of GetAccount.
struct ReviewDetails {
    QString status; ///< PENDING | FAILED | GRANTED | DENIED
    QString caseId;
};

/// AccountDetails of GetAccount (the production-access request).
struct AccountDetails {
    QString mailType; ///< MARKETING | TRANSACTIONAL
    QString websiteUrl;
    QString contactLanguage; ///< EN | JA
    QString useCaseDescription;
    QStringList additionalContactEmailAddresses;
    ReviewDetails reviewDetails;
};

/// GetAccount's answer, typed; raw keeps the API's own JSON for --output json.
struct Account {
    bool dedicatedIpAutoWarmupEnabled = false;
    QString enforcementStatus; ///< HEALTHY | PROBATION | SHUTDOWN
    bool productionAccessEnabled = false;
    bool sendingEnabled = false;
    SendQuota sendQuota;
    QStringList suppressedReasons; ///< BOUNCE, COMPLAINT
    bool hasDetails = false;
    AccountDetails details;
    bool vdmEnabled = false;
    QJsonObject raw;

    static Account fromJson(const QJsonObject &json);
};

} // namespace Ses
