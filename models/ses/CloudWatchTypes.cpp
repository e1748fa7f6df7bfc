#include "models/ses/CloudWatchTypes.h"

#include <QJsonArray>

namespace Ses
{

const MetricDataResult *GetMetricDataResult::result(const QString &resultId) const
{
    for (const MetricDataResult &r : results) {
        if (r.id == resultId)
            return &r;
    }
    return nullptr;
}

void GetMetricDataResult::mergePage(const GetMetricDataResult &page)
{
    for (const MetricDataResult &r : page.results) {
        MetricDataResult *existing = nullptr;
        for (MetricDataResult &mine : results) {
            if (mine.id == r.id)
                existing = &mine;
        }
        if (!existing) {
            results.append(r);
            continue;
        }
        existing->timestamps.append(r.timestamps);
        existing->values.append(r.values);
        existing->messages.append(r.messages);
        // The last page's status is the one that describes the whole series.
        if (!r.statusCode.isEmpty())
            existing->statusCode = r.statusCode;
        if (existing->label.isEmpty())
            existing->label = r.label;
    }
    messages.append(page.messages);
    nextToken = page.nextToken;

    // As the AWS CLI's paginator builds its output: result keys concatenated, NextToken dropped.
    for (const char *key : {"MetricDataResults", "Messages"}) {
        const QLatin1String k(key);
        if (!page.raw.contains(k))
            continue;
        QJsonArray merged = raw.value(k).toArray();
        for (const QJsonValue &v : page.raw.value(k).toArray())
            merged.append(v);
        raw.insert(k, merged);
    }
    raw.remove(QLatin1String("NextToken"));
}

} // namespace Ses
