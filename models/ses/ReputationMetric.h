#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ses
{

/// The two SES reputation metrics, and their CloudWatch names (namespace AWS/SES, values are
/// ratios: 0.05 = 5%). Per configuration set they carry the dimension "ses:configuration-set"
/// (when the set has reputation metrics enabled).
class ReputationMetric
{
    Q_DECLARE_TR_FUNCTIONS(Ses::ReputationMetric)

public:
    enum Kind { BounceRate, ComplaintRate };

    static QString cloudWatchNamespace()
    {
        return QStringLiteral("AWS/SES");
    }
    static QString configurationSetDimension()
    {
        return QStringLiteral("ses:configuration-set");
    }
    /// "Reputation.BounceRate" / "Reputation.ComplaintRate".
    static QString metricName(Kind kind);
    /// "bounceRate" / "complaintRate": the MetricDataQuery ids SesDesk uses.
    static QString queryId(Kind kind);
    /// "Bounce rate" / "Complaint rate" (translated).
    static QString label(Kind kind);
};

} // namespace Ses
