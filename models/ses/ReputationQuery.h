#pragma once

#include <QString>

#include "models/ses/Aggregation.h"
#include "models/ses/CloudWatchTypes.h"
#include "models/ses/TimeRange.h"

namespace Ses
{

/// Builds the GetMetricData request for both reputation metrics over a range: the account's
/// (no dimension) or one configuration set's (dimension ses:configuration-set = name), one
/// value per aggregation period.
class ReputationQuery
{
public:
    static GetMetricDataRequest build(const TimeRange &range,
        Aggregation aggregation,
        const QString &configurationSet = {},
        const QString &stat = QStringLiteral("Average"));
};

} // namespace Ses
