#include "models/ses/ReputationQuery.h"

#include "models/ses/ReputationMetric.h"

namespace Ses
{

GetMetricDataRequest ReputationQuery::build(
    const TimeRange &range, Aggregation aggregation, const QString &configurationSet, const QString &stat)
{
    GetMetricDataRequest request;
    request.startTime = range.from();
    request.endTime = range.to();
    for (ReputationMetric::Kind kind : {ReputationMetric::BounceRate, ReputationMetric::ComplaintRate}) {
        MetricDataQuery q;
        q.id = ReputationMetric::queryId(kind);
        MetricStat s;
        s.metric.namespaceName = ReputationMetric::cloudWatchNamespace();
        s.metric.metricName = ReputationMetric::metricName(kind);
        if (!configurationSet.isEmpty())
            s.metric.dimensions.append({ReputationMetric::configurationSetDimension(), configurationSet});
        s.period = aggregation.seconds();
        s.stat = stat;
        q.metricStat = s;
        q.returnData = true;
        request.queries.append(q);
    }
    return request;
}

} // namespace Ses
