#include "models/ses/ReputationMetric.h"

namespace Ses
{

QString ReputationMetric::metricName(Kind kind)
{
    return kind == BounceRate ? QStringLiteral("Reputation.BounceRate") : QStringLiteral("Reputation.ComplaintRate");
}

QString ReputationMetric::queryId(Kind kind)
{
    return kind == BounceRate ? QStringLiteral("bounceRate") : QStringLiteral("complaintRate");
}

QString ReputationMetric::label(Kind kind)
{
    return kind == BounceRate ? tr("Bounce rate") : tr("Complaint rate");
}

} // namespace Ses
