#include "models/ses/CloudWatchJsonCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "models/aws/AwsResponse.h"
#include "models/ses/AwsTimestamp.h"

namespace Ses
{

namespace
{

class CloudWatchJson
{
    Q_DECLARE_TR_FUNCTIONS(Ses::CloudWatchJson)

public:
    static Aws::AwsError error(const QString &message)
    {
        return Aws::AwsError::local(Aws::AwsError::Kind::Parse, QStringLiteral("MalformedResponse"), message);
    }
    static Aws::AwsError notJson(const QString &operation, const QString &why)
    {
        return error(tr("The %1 answer is not a JSON object: %2.").arg(operation, why));
    }
    static Aws::AwsError badTimestamp(const QString &id, qsizetype index)
    {
        return error(tr("MetricDataResult \"%1\": timestamp %2 is not valid.").arg(id).arg(index));
    }
    static Aws::AwsError badValue(const QString &id, qsizetype index)
    {
        return error(tr("MetricDataResult \"%1\": value %2 is not a number.").arg(id).arg(index));
    }
    static Aws::AwsError countMismatch(const QString &id, qsizetype timestamps, qsizetype values)
    {
        return error(
            tr("MetricDataResult \"%1\" has %2 timestamps but %3 values.").arg(id).arg(timestamps).arg(values));
    }
};

QJsonArray dimensionsJson(const QList<Dimension> &dimensions)
{
    QJsonArray out;
    for (const Dimension &d : dimensions)
        out.append(QJsonObject{{QLatin1String("Name"), d.name}, {QLatin1String("Value"), d.value}});
    return out;
}

QJsonArray stringsJson(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QList<MessageData> messages(const QJsonValue &value)
{
    QList<MessageData> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("Code")).toString(), o.value(QLatin1String("Value")).toString()});
    }
    return out;
}

Aws::Result<QJsonObject> object(const Aws::AwsResponse &response, const QString &operation)
{
    if (response.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError)
        return CloudWatchJson::notJson(operation, error.errorString());
    if (!doc.isObject())
        return CloudWatchJson::notJson(operation, QStringLiteral("not an object"));
    return doc.object();
}

} // namespace

QJsonObject CloudWatchJsonCodec::getMetricData(const GetMetricDataRequest &request)
{
    QJsonArray queries;
    for (const MetricDataQuery &q : request.queries) {
        QJsonObject o{{QLatin1String("Id"), q.id}};
        if (q.metricStat) {
            QJsonObject metric{{QLatin1String("Namespace"), q.metricStat->metric.namespaceName},
                {QLatin1String("MetricName"), q.metricStat->metric.metricName}};
            if (!q.metricStat->metric.dimensions.isEmpty())
                metric.insert(QLatin1String("Dimensions"), dimensionsJson(q.metricStat->metric.dimensions));
            QJsonObject stat{{QLatin1String("Metric"), metric},
                {QLatin1String("Period"), q.metricStat->period},
                {QLatin1String("Stat"), q.metricStat->stat}};
            if (!q.metricStat->unit.isEmpty())
                stat.insert(QLatin1String("Unit"), q.metricStat->unit);
            o.insert(QLatin1String("MetricStat"), stat);
        }
        if (!q.expression.isEmpty())
            o.insert(QLatin1String("Expression"), q.expression);
        if (!q.label.isEmpty())
            o.insert(QLatin1String("Label"), q.label);
        if (q.returnData)
            o.insert(QLatin1String("ReturnData"), *q.returnData);
        if (q.period)
            o.insert(QLatin1String("Period"), *q.period);
        queries.append(o);
    }
    QJsonObject body{{QLatin1String("MetricDataQueries"), queries},
        {QLatin1String("StartTime"), AwsTimestamp::toEpochJson(request.startTime)},
        {QLatin1String("EndTime"), AwsTimestamp::toEpochJson(request.endTime)}};
    if (!request.nextToken.isEmpty())
        body.insert(QLatin1String("NextToken"), request.nextToken);
    if (!request.scanBy.isEmpty())
        body.insert(QLatin1String("ScanBy"), request.scanBy);
    if (request.maxDatapoints)
        body.insert(QLatin1String("MaxDatapoints"), *request.maxDatapoints);
    return body;
}

QJsonObject CloudWatchJsonCodec::putMetricAlarm(const PutMetricAlarmRequest &r)
{
    QJsonObject o{{QLatin1String("AlarmName"), r.alarmName},
        {QLatin1String("MetricName"), r.metricName},
        {QLatin1String("Namespace"), r.namespaceName},
        {QLatin1String("EvaluationPeriods"), r.evaluationPeriods},
        {QLatin1String("Threshold"), r.threshold},
        {QLatin1String("ComparisonOperator"), r.comparisonOperator}};
    if (!r.alarmDescription.isEmpty())
        o.insert(QLatin1String("AlarmDescription"), r.alarmDescription);
    if (r.actionsEnabled)
        o.insert(QLatin1String("ActionsEnabled"), *r.actionsEnabled);
    if (!r.okActions.isEmpty())
        o.insert(QLatin1String("OKActions"), stringsJson(r.okActions));
    if (!r.alarmActions.isEmpty())
        o.insert(QLatin1String("AlarmActions"), stringsJson(r.alarmActions));
    if (!r.insufficientDataActions.isEmpty())
        o.insert(QLatin1String("InsufficientDataActions"), stringsJson(r.insufficientDataActions));
    if (!r.statistic.isEmpty())
        o.insert(QLatin1String("Statistic"), r.statistic);
    if (!r.dimensions.isEmpty())
        o.insert(QLatin1String("Dimensions"), dimensionsJson(r.dimensions));
    if (r.period > 0)
        o.insert(QLatin1String("Period"), r.period);
    if (!r.unit.isEmpty())
        o.insert(QLatin1String("Unit"), r.unit);
    if (r.datapointsToAlarm)
        o.insert(QLatin1String("DatapointsToAlarm"), *r.datapointsToAlarm);
    if (!r.treatMissingData.isEmpty())
        o.insert(QLatin1String("TreatMissingData"), r.treatMissingData);
    return o;
}

QJsonObject CloudWatchJsonCodec::describeAlarms(const DescribeAlarmsRequest &r)
{
    QJsonObject o;
    if (!r.alarmNames.isEmpty())
        o.insert(QLatin1String("AlarmNames"), stringsJson(r.alarmNames));
    if (!r.alarmNamePrefix.isEmpty())
        o.insert(QLatin1String("AlarmNamePrefix"), r.alarmNamePrefix);
    if (!r.stateValue.isEmpty())
        o.insert(QLatin1String("StateValue"), r.stateValue);
    if (!r.nextToken.isEmpty())
        o.insert(QLatin1String("NextToken"), r.nextToken);
    if (r.maxRecords)
        o.insert(QLatin1String("MaxRecords"), *r.maxRecords);
    return o;
}

QJsonObject CloudWatchJsonCodec::deleteAlarms(const QStringList &alarmNames)
{
    return QJsonObject{{QLatin1String("AlarmNames"), stringsJson(alarmNames)}};
}

Aws::Result<GetMetricDataResult> CloudWatchJsonCodec::parseGetMetricData(const Aws::AwsResponse &response)
{
    const auto json = object(response, QStringLiteral("GetMetricData"));
    if (!json.ok())
        return json.error();
    GetMetricDataResult out;
    out.raw = json.value();
    for (const QJsonValue &v : out.raw.value(QLatin1String("MetricDataResults")).toArray()) {
        const QJsonObject o = v.toObject();
        MetricDataResult r;
        r.id = o.value(QLatin1String("Id")).toString();
        r.label = o.value(QLatin1String("Label")).toString();
        r.statusCode = o.value(QLatin1String("StatusCode")).toString();
        const QJsonArray timestamps = o.value(QLatin1String("Timestamps")).toArray();
        const QJsonArray values = o.value(QLatin1String("Values")).toArray();
        if (timestamps.size() != values.size())
            return CloudWatchJson::countMismatch(r.id, timestamps.size(), values.size());
        for (qsizetype i = 0; i < timestamps.size(); ++i) {
            const QDateTime ts = AwsTimestamp::fromJson(timestamps.at(i));
            if (!ts.isValid())
                return CloudWatchJson::badTimestamp(r.id, i + 1);
            if (!values.at(i).isDouble())
                return CloudWatchJson::badValue(r.id, i + 1);
            r.timestamps.append(ts);
            r.values.append(values.at(i).toDouble());
        }
        r.messages = messages(o.value(QLatin1String("Messages")));
        out.results.append(r);
    }
    out.messages = messages(out.raw.value(QLatin1String("Messages")));
    out.nextToken = out.raw.value(QLatin1String("NextToken")).toString();
    return out;
}

Aws::Result<DescribeAlarmsResult> CloudWatchJsonCodec::parseDescribeAlarms(const Aws::AwsResponse &response)
{
    const auto json = object(response, QStringLiteral("DescribeAlarms"));
    if (!json.ok())
        return json.error();
    DescribeAlarmsResult out;
    out.raw = json.value();
    for (const QJsonValue &v : out.raw.value(QLatin1String("MetricAlarms")).toArray()) {
        const QJsonObject o = v.toObject();
        MetricAlarm a;
        a.raw = o;
        a.alarmName = o.value(QLatin1String("AlarmName")).toString();
        a.alarmArn = o.value(QLatin1String("AlarmArn")).toString();
        a.alarmDescription = o.value(QLatin1String("AlarmDescription")).toString();
        a.stateValue = o.value(QLatin1String("StateValue")).toString();
        a.stateReason = o.value(QLatin1String("StateReason")).toString();
        a.metricName = o.value(QLatin1String("MetricName")).toString();
        a.namespaceName = o.value(QLatin1String("Namespace")).toString();
        a.statistic = o.value(QLatin1String("Statistic")).toString();
        for (const QJsonValue &d : o.value(QLatin1String("Dimensions")).toArray())
            a.dimensions.append({d.toObject().value(QLatin1String("Name")).toString(),
                d.toObject().value(QLatin1String("Value")).toString()});
        a.period = o.value(QLatin1String("Period")).toInt();
        a.evaluationPeriods = o.value(QLatin1String("EvaluationPeriods")).toInt();
        a.threshold = o.value(QLatin1String("Threshold")).toDouble();
        a.comparisonOperator = o.value(QLatin1String("ComparisonOperator")).toString();
        a.treatMissingData = o.value(QLatin1String("TreatMissingData")).toString();
        for (const QJsonValue &s : o.value(QLatin1String("AlarmActions")).toArray())
            a.alarmActions.append(s.toString());
        out.metricAlarms.append(a);
    }
    out.nextToken = out.raw.value(QLatin1String("NextToken")).toString();
    return out;
}

} // namespace Ses
