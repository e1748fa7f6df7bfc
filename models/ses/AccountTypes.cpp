#include "models/ses/AccountTypes.h"

#include "models/ses/JsonUtil.h"

namespace Ses
{

Account Account::fromJson(const QJsonObject &json)
{
    Account a;
    a.raw = json;
    a.dedicatedIpAutoWarmupEnabled = json.value(QLatin1String("DedicatedIpAutoWarmupEnabled")).toBool();
    a.enforcementStatus = json.value(QLatin1String("EnforcementStatus")).toString();
    a.productionAccessEnabled = json.value(QLatin1String("ProductionAccessEnabled")).toBool();
    a.sendingEnabled = json.value(QLatin1String("SendingEnabled")).toBool();
    const QJsonObject quota = json.value(QLatin1String("SendQuota")).toObject();
    a.sendQuota.max24HourSend = quota.value(QLatin1String("Max24HourSend")).toDouble();
    a.sendQuota.maxSendRate = quota.value(QLatin1String("MaxSendRate")).toDouble();
    a.sendQuota.sentLast24Hours = quota.value(QLatin1String("SentLast24Hours")).toDouble();
    a.suppressedReasons = Json::strings(
        json.value(QLatin1String("SuppressionAttributes")).toObject().value(QLatin1String("SuppressedReasons")));
    a.hasDetails = json.contains(QLatin1String("Details"));
    const QJsonObject details = json.value(QLatin1String("Details")).toObject();
    a.details.mailType = details.value(QLatin1String("MailType")).toString();
    a.details.websiteUrl = details.value(QLatin1String("WebsiteURL")).toString();
    a.details.contactLanguage = details.value(QLatin1String("ContactLanguage")).toString();
    a.details.useCaseDescription = details.value(QLatin1String("UseCaseDescription")).toString();
    a.details.additionalContactEmailAddresses
        = Json::strings(details.value(QLatin1String("AdditionalContactEmailAddresses")));
    const QJsonObject review = details.value(QLatin1String("ReviewDetails")).toObject();
    a.details.reviewDetails.status = review.value(QLatin1String("Status")).toString();
    a.details.reviewDetails.caseId = review.value(QLatin1String("CaseId")).toString();
    a.vdmEnabled = json.value(QLatin1String("VdmAttributes")).toObject().value(QLatin1String("VdmEnabled")).toString()
        == QLatin1String("ENABLED");
    return a;
}

} // namespace Ses
