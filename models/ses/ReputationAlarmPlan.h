#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "models/ses/CloudWatchTypes.h"

namespace Ses
{

/// The CloudWatch alarms "Create alarm" makes: one per reputation metric at the guide's review
/// level (bounce >= 5%, complaint >= 0.1%), as the guide's alarm recipe sets them up (static
/// threshold, greater or equal, missing data ignored so the alarm keeps its state), for the
/// account or one configuration set. Built before anything is sent, so the user sees exactly
/// what will be created.
class ReputationAlarmPlan
{
    Q_DECLARE_TR_FUNCTIONS(Ses::ReputationAlarmPlan)

public:
    /// alarmActions: ARNs to notify (an SNS topic), may be empty (the alarm then only changes
    /// state). region goes into the alarm names, as alarms are per region.
    static QList<PutMetricAlarmRequest> build(
        const QString &region, const QString &configurationSet = {}, const QStringList &alarmActions = {});

    /// "SesDesk-us-east-1-Reputation.BounceRate-review" (+ "-<set>").
    static QString alarmName(const QString &region, const QString &metricName, const QString &configurationSet);

    /// One line per alarm for people: "Alarm X: Reputation.BounceRate (AWS/SES, account) Average
    /// over 1 hour >= 5% ...". Translated.
    static QStringList describe(const QList<PutMetricAlarmRequest> &alarms);
};

} // namespace Ses
