#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ses
{

// CloudWatch (monitoring, 2010-08-01) shapes SesDesk uses, member names as botocore's model.

struct Dimension {
    QString name;
    QString value;
    friend bool operator==(const Dimension &, const Dimension &) = default;
};

struct Metric {
    QString namespaceName; ///< "Namespace"
    QString metricName;
    QList<Dimension> dimensions;
};

struct MetricStat {
    Metric metric;
    int period = 3600; ///< seconds
    QString stat = QStringLiteral("Average");
    QString unit; ///< Sent when non-empty.
};

/// One MetricDataQuery: a metric (MetricStat) or an Expression.
struct MetricDataQuery {
    QString id;
    std::optional<MetricStat> metricStat;
    QString expression;
    QString label;
    std::optional<bool> returnData;
    std::optional<int> period; ///< Only with an Expression.
};

struct GetMetricDataRequest {
    QList<MetricDataQuery> queries;
    QDateTime startTime;
    QDateTime endTime;
    QString nextToken;
    QString scanBy; ///< TimestampDescending (the service default) | TimestampAscending
    std::optional<int> maxDatapoints;
};

struct MessageData {
    QString code;
    QString value;
};

/// One MetricDataResult. Timestamps and values are parallel lists, in the order CloudWatch
/// sent them (newest first unless ScanBy says otherwise).
struct MetricDataResult {
    QString id;
    QString label;
    QList<QDateTime> timestamps;
    QList<double> values;
    QString statusCode; ///< Complete | InternalError | PartialData | Forbidden
    QList<MessageData> messages;
};

/// GetMetricData's answer. After paging (CloudWatchClient::getAllMetricData) results holds one
/// entry per query id with every page's points, and raw is what the AWS CLI prints for the
/// paginated call (MetricDataResults and Messages of every page concatenated, no NextToken).
struct GetMetricDataResult {
    QList<MetricDataResult> results;
    QList<MessageData> messages;
    QString nextToken;
    QJsonObject raw;

    const MetricDataResult *result(const QString &id) const;
    /// Appends another page: points join the result with the same id, raw lists concatenate.
    void mergePage(const GetMetricDataResult &page);
};

/// PutMetricAlarm's input (the members SesDesk sets; a metric alarm on one metric).
struct PutMetricAlarmRequest {
    QString alarmName;
    QString alarmDescription;
    std::optional<bool> actionsEnabled;
    QStringList okActions;
    QStringList alarmActions;
    QStringList insufficientDataActions;
    QString metricName;
    QString namespaceName;
    QString statistic; ///< SampleCount | Average | Sum | Minimum | Maximum
    QList<Dimension> dimensions;
    int period = 0;
    QString unit;
    int evaluationPeriods = 1;
    std::optional<int> datapointsToAlarm;
    double threshold = 0;
    QString comparisonOperator; ///< GreaterThanOrEqualToThreshold, ...
    QString treatMissingData; ///< breaching | notBreaching | ignore | missing

    friend bool operator==(const PutMetricAlarmRequest &, const PutMetricAlarmRequest &) = default;
};

/// One MetricAlarm of DescribeAlarms (the members the console shows); raw as the AWS CLI prints.
struct MetricAlarm {
    QString alarmName;
    QString alarmArn;
    QString alarmDescription;
    QString stateValue; ///< OK | ALARM | INSUFFICIENT_DATA
    QString stateReason;
    QString metricName;
    QString namespaceName;
    QString statistic;
    QList<Dimension> dimensions;
    int period = 0;
    int evaluationPeriods = 0;
    double threshold = 0;
    QString comparisonOperator;
    QString treatMissingData;
    QStringList alarmActions;
    QJsonObject raw;
};

struct DescribeAlarmsRequest {
    QStringList alarmNames;
    QString alarmNamePrefix;
    QString stateValue;
    QString nextToken;
    std::optional<int> maxRecords;
};

struct DescribeAlarmsResult {
    QList<MetricAlarm> metricAlarms;
    QString nextToken;
    QJsonObject raw;
};

} // namespace Ses
