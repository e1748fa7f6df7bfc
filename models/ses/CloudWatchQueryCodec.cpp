#include "models/ses/CloudWatchQueryCodec.h"

#include <QCoreApplication>
#include <QLocale>

#include "models/aws/AwsResponse.h"
#include "models/aws/XmlNode.h"
#include "models/ses/AwsTimestamp.h"
#include "models/ses/QueryXmlJson.h"

namespace Ses
{

namespace
{

class CloudWatchXml
{
    Q_DECLARE_TR_FUNCTIONS(Ses::CloudWatchXml)

public:
    static Aws::AwsError error(const QString &message)
    {
        return Aws::AwsError::local(Aws::AwsError::Kind::Parse, QStringLiteral("MalformedResponse"), message);
    }
    static Aws::AwsError wrongRoot(const QString &expected, const QString &found)
    {
        return error(tr("Expected a <%1> answer, got <%2>.").arg(expected, found));
    }
    static Aws::AwsError badTimestamp(const QString &id, int index, const QString &text)
    {
        return error(tr("MetricDataResult \"%1\": timestamp %2 \"%3\" is not valid.").arg(id).arg(index).arg(text));
    }
    static Aws::AwsError badValue(const QString &id, int index, const QString &text)
    {
        return error(tr("MetricDataResult \"%1\": value %2 \"%3\" is not a number.").arg(id).arg(index).arg(text));
    }
    static Aws::AwsError countMismatch(const QString &id, qsizetype timestamps, qsizetype values)
    {
        return error(
            tr("MetricDataResult \"%1\" has %2 timestamps but %3 values.").arg(id).arg(timestamps).arg(values));
    }
};

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString number(double d)
{
    // The shortest text that reads back as the same double: "0.05", as botocore sends it.
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

void addDimensions(CloudWatchQueryCodec::Params &p, const QString &prefix, const QList<Dimension> &dimensions)
{
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        const QString m = QStringLiteral("%1.member.%2.").arg(prefix).arg(i + 1);
        p.append({m + QStringLiteral("Name"), dimensions[i].name});
        p.append({m + QStringLiteral("Value"), dimensions[i].value});
    }
}

void addList(CloudWatchQueryCodec::Params &p, const QString &prefix, const QStringList &items)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        p.append({QStringLiteral("%1.member.%2").arg(prefix).arg(i + 1), items[i]});
}

QList<MessageData> messages(const Aws::XmlNode &list)
{
    QList<MessageData> out;
    for (const Aws::XmlNode *m : list.childrenNamed(QStringLiteral("member")))
        out.append({m->child(QStringLiteral("Code")).text, m->child(QStringLiteral("Value")).text});
    return out;
}

QList<Dimension> dimensions(const Aws::XmlNode &list)
{
    QList<Dimension> out;
    for (const Aws::XmlNode *m : list.childrenNamed(QStringLiteral("member")))
        out.append({m->child(QStringLiteral("Name")).text, m->child(QStringLiteral("Value")).text});
    return out;
}

QStringList strings(const Aws::XmlNode &list)
{
    QStringList out;
    for (const Aws::XmlNode *m : list.childrenNamed(QStringLiteral("member")))
        out.append(m->text);
    return out;
}

Aws::Result<Aws::XmlNode> parseRoot(const Aws::AwsResponse &response, const QString &expected)
{
    auto xml = Aws::XmlNode::parse(response.body);
    if (!xml.ok())
        return xml;
    if (xml.value().name != expected)
        return CloudWatchXml::wrongRoot(expected, xml.value().name);
    return xml;
}

} // namespace

CloudWatchQueryCodec::Params CloudWatchQueryCodec::getMetricData(const GetMetricDataRequest &request)
{
    Params p;
    for (qsizetype i = 0; i < request.queries.size(); ++i) {
        const MetricDataQuery &q = request.queries[i];
        const QString m = QStringLiteral("MetricDataQueries.member.%1.").arg(i + 1);
        p.append({m + QStringLiteral("Id"), q.id});
        if (q.metricStat) {
            const MetricStat &s = *q.metricStat;
            p.append({m + QStringLiteral("MetricStat.Metric.Namespace"), s.metric.namespaceName});
            p.append({m + QStringLiteral("MetricStat.Metric.MetricName"), s.metric.metricName});
            addDimensions(p, m + QStringLiteral("MetricStat.Metric.Dimensions"), s.metric.dimensions);
            p.append({m + QStringLiteral("MetricStat.Period"), QString::number(s.period)});
            p.append({m + QStringLiteral("MetricStat.Stat"), s.stat});
            if (!s.unit.isEmpty())
                p.append({m + QStringLiteral("MetricStat.Unit"), s.unit});
        }
        if (!q.expression.isEmpty())
            p.append({m + QStringLiteral("Expression"), q.expression});
        if (!q.label.isEmpty())
            p.append({m + QStringLiteral("Label"), q.label});
        if (q.returnData)
            p.append({m + QStringLiteral("ReturnData"), boolText(*q.returnData)});
        if (q.period)
            p.append({m + QStringLiteral("Period"), QString::number(*q.period)});
    }
    p.append({QStringLiteral("StartTime"), AwsTimestamp::toIso(request.startTime)});
    p.append({QStringLiteral("EndTime"), AwsTimestamp::toIso(request.endTime)});
    if (!request.nextToken.isEmpty())
        p.append({QStringLiteral("NextToken"), request.nextToken});
    if (!request.scanBy.isEmpty())
        p.append({QStringLiteral("ScanBy"), request.scanBy});
    if (request.maxDatapoints)
        p.append({QStringLiteral("MaxDatapoints"), QString::number(*request.maxDatapoints)});
    return p;
}

CloudWatchQueryCodec::Params CloudWatchQueryCodec::putMetricAlarm(const PutMetricAlarmRequest &r)
{
    Params p;
    p.append({QStringLiteral("AlarmName"), r.alarmName});
    if (!r.alarmDescription.isEmpty())
        p.append({QStringLiteral("AlarmDescription"), r.alarmDescription});
    if (r.actionsEnabled)
        p.append({QStringLiteral("ActionsEnabled"), boolText(*r.actionsEnabled)});
    addList(p, QStringLiteral("OKActions"), r.okActions);
    addList(p, QStringLiteral("AlarmActions"), r.alarmActions);
    addList(p, QStringLiteral("InsufficientDataActions"), r.insufficientDataActions);
    p.append({QStringLiteral("MetricName"), r.metricName});
    p.append({QStringLiteral("Namespace"), r.namespaceName});
    if (!r.statistic.isEmpty())
        p.append({QStringLiteral("Statistic"), r.statistic});
    addDimensions(p, QStringLiteral("Dimensions"), r.dimensions);
    if (r.period > 0)
        p.append({QStringLiteral("Period"), QString::number(r.period)});
    if (!r.unit.isEmpty())
        p.append({QStringLiteral("Unit"), r.unit});
    p.append({QStringLiteral("EvaluationPeriods"), QString::number(r.evaluationPeriods)});
    if (r.datapointsToAlarm)
        p.append({QStringLiteral("DatapointsToAlarm"), QString::number(*r.datapointsToAlarm)});
    p.append({QStringLiteral("Threshold"), number(r.threshold)});
    p.append({QStringLiteral("ComparisonOperator"), r.comparisonOperator});
    if (!r.treatMissingData.isEmpty())
        p.append({QStringLiteral("TreatMissingData"), r.treatMissingData});
    return p;
}

CloudWatchQueryCodec::Params CloudWatchQueryCodec::describeAlarms(const DescribeAlarmsRequest &r)
{
    Params p;
    addList(p, QStringLiteral("AlarmNames"), r.alarmNames);
    if (!r.alarmNamePrefix.isEmpty())
        p.append({QStringLiteral("AlarmNamePrefix"), r.alarmNamePrefix});
    if (!r.stateValue.isEmpty())
        p.append({QStringLiteral("StateValue"), r.stateValue});
    if (!r.nextToken.isEmpty())
        p.append({QStringLiteral("NextToken"), r.nextToken});
    if (r.maxRecords)
        p.append({QStringLiteral("MaxRecords"), QString::number(*r.maxRecords)});
    return p;
}

CloudWatchQueryCodec::Params CloudWatchQueryCodec::deleteAlarms(const QStringList &alarmNames)
{
    Params p;
    addList(p, QStringLiteral("AlarmNames"), alarmNames);
    return p;
}

Aws::Result<GetMetricDataResult> CloudWatchQueryCodec::parseGetMetricData(const Aws::AwsResponse &response)
{
    const auto root = parseRoot(response, QStringLiteral("GetMetricDataResponse"));
    if (!root.ok())
        return root.error();
    const Aws::XmlNode &result = root.value().child(QStringLiteral("GetMetricDataResult"));
    GetMetricDataResult out;
    for (const Aws::XmlNode *m :
        result.child(QStringLiteral("MetricDataResults")).childrenNamed(QStringLiteral("member"))) {
        MetricDataResult r;
        r.id = m->child(QStringLiteral("Id")).text;
        r.label = m->child(QStringLiteral("Label")).text;
        r.statusCode = m->child(QStringLiteral("StatusCode")).text;
        int index = 0;
        for (const Aws::XmlNode *t : m->child(QStringLiteral("Timestamps")).childrenNamed(QStringLiteral("member"))) {
            const QDateTime ts = AwsTimestamp::parseIso(t->text);
            if (!ts.isValid())
                return CloudWatchXml::badTimestamp(r.id, index + 1, t->text);
            r.timestamps.append(ts);
            ++index;
        }
        index = 0;
        for (const Aws::XmlNode *v : m->child(QStringLiteral("Values")).childrenNamed(QStringLiteral("member"))) {
            bool ok = false;
            const double d = v->text.trimmed().toDouble(&ok);
            if (!ok)
                return CloudWatchXml::badValue(r.id, index + 1, v->text);
            r.values.append(d);
            ++index;
        }
        if (r.timestamps.size() != r.values.size())
            return CloudWatchXml::countMismatch(r.id, r.timestamps.size(), r.values.size());
        r.messages = messages(m->child(QStringLiteral("Messages")));
        out.results.append(r);
    }
    out.messages = messages(result.child(QStringLiteral("Messages")));
    out.nextToken = result.child(QStringLiteral("NextToken")).text;
    static const QueryXmlJson::Hints hints{{QStringLiteral("MetricDataResults"),
                                               QStringLiteral("Timestamps"),
                                               QStringLiteral("Values"),
                                               QStringLiteral("Messages")},
        {QStringLiteral("Values")},
        {}};
    out.raw = QueryXmlJson::structure(result, hints);
    return out;
}

Aws::Result<DescribeAlarmsResult> CloudWatchQueryCodec::parseDescribeAlarms(const Aws::AwsResponse &response)
{
    const auto root = parseRoot(response, QStringLiteral("DescribeAlarmsResponse"));
    if (!root.ok())
        return root.error();
    const Aws::XmlNode &result = root.value().child(QStringLiteral("DescribeAlarmsResult"));
    static const QueryXmlJson::Hints hints{{QStringLiteral("MetricAlarms"),
                                               QStringLiteral("CompositeAlarms"),
                                               QStringLiteral("Dimensions"),
                                               QStringLiteral("AlarmActions"),
                                               QStringLiteral("OKActions"),
                                               QStringLiteral("InsufficientDataActions"),
                                               QStringLiteral("Metrics")},
        {QStringLiteral("Period"),
            QStringLiteral("EvaluationPeriods"),
            QStringLiteral("DatapointsToAlarm"),
            QStringLiteral("Threshold")},
        {QStringLiteral("ActionsEnabled"), QStringLiteral("ReturnData")}};
    DescribeAlarmsResult out;
    for (const Aws::XmlNode *m : result.child(QStringLiteral("MetricAlarms")).childrenNamed(QStringLiteral("member"))) {
        MetricAlarm a;
        a.alarmName = m->child(QStringLiteral("AlarmName")).text;
        a.alarmArn = m->child(QStringLiteral("AlarmArn")).text;
        a.alarmDescription = m->child(QStringLiteral("AlarmDescription")).text;
        a.stateValue = m->child(QStringLiteral("StateValue")).text;
        a.stateReason = m->child(QStringLiteral("StateReason")).text;
        a.metricName = m->child(QStringLiteral("MetricName")).text;
        a.namespaceName = m->child(QStringLiteral("Namespace")).text;
        a.statistic = m->child(QStringLiteral("Statistic")).text;
        a.dimensions = dimensions(m->child(QStringLiteral("Dimensions")));
        a.period = m->child(QStringLiteral("Period")).text.toInt();
        a.evaluationPeriods = m->child(QStringLiteral("EvaluationPeriods")).text.toInt();
        a.threshold = m->child(QStringLiteral("Threshold")).text.toDouble();
        a.comparisonOperator = m->child(QStringLiteral("ComparisonOperator")).text;
        a.treatMissingData = m->child(QStringLiteral("TreatMissingData")).text;
        a.alarmActions = strings(m->child(QStringLiteral("AlarmActions")));
        a.raw = QueryXmlJson::structure(*m, hints);
        out.metricAlarms.append(a);
    }
    out.nextToken = result.child(QStringLiteral("NextToken")).text;
    out.raw = QueryXmlJson::structure(result, hints);
    return out;
}

} // namespace Ses
