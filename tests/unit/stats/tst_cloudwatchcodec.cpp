// CloudWatch requests in both protocols, compared with what botocore (the AWS CLI's serializer)
// makes of the same input, and answers (XML and JSON, paged) parsed into the same typed results
// and into the JSON the AWS CLI prints.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include "models/aws/AwsResponse.h"
#include "models/ses/CloudWatchClient.h"
#include "models/ses/ReputationAlarmPlan.h"
#include "models/ses/ReputationQuery.h"

Q_DECLARE_METATYPE(Aws::Protocol)

class tst_CloudWatchCodec : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(SESDESK_TEST_DATA_DIR "/stats/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }
    static Aws::AwsResponse response(const QByteArray &body)
    {
        Aws::AwsResponse r;
        r.httpStatus = 200;
        r.body = body;
        return r;
    }
    static QDateTime utc(int d, int h = 0)
    {
        return QDateTime(QDate(2026, 3, d), QTime(h, 0), Qt::UTC);
    }
    /// What botocore sends for the operation: {"body": ..., "headers": ...}.
    static QJsonObject botocore(const QString &operation, const QString &protocol, const QJsonObject &params)
    {
        QProcess python;
        python.start(QStringLiteral(SESDESK_PYTHON3),
            {QStringLiteral(SESDESK_SOURCE_DIR "/tests/unit/stats/botocore_serialize.py"),
                operation,
                protocol,
                QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))});
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            qFatal("botocore_serialize.py failed: %s", python.readAllStandardError().constData());
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }
    static QJsonObject formFields(const QByteArray &body)
    {
        QJsonObject out;
        const QUrlQuery query(QString::fromLatin1(body));
        for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded))
            out.insert(k, v);
        return out;
    }
    static QByteArray header(const Aws::AwsRequest &r, const QByteArray &name)
    {
        for (const auto &[k, v] : r.headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    static QJsonObject ourWire(const Aws::AwsRequest &r)
    {
        return r.protocol == Aws::Protocol::Json ? QJsonDocument::fromJson(r.body).object() : formFields(r.body);
    }

private Q_SLOTS:
    void getMetricDataMatchesBotocore_data()
    {
        QTest::addColumn<Aws::Protocol>("protocol");
        QTest::addColumn<QString>("configurationSet");
        QTest::newRow("query, account") << Aws::Protocol::Query << QString();
        QTest::newRow("query, configuration set") << Aws::Protocol::Query << QStringLiteral("marketing");
        QTest::newRow("json, account") << Aws::Protocol::Json << QString();
        QTest::newRow("json, configuration set") << Aws::Protocol::Json << QStringLiteral("marketing");
    }
    void getMetricDataMatchesBotocore()
    {
        QFETCH(Aws::Protocol, protocol);
        QFETCH(QString, configurationSet);
        Ses::GetMetricDataRequest request
            = Ses::ReputationQuery::build({utc(1), utc(15)}, Ses::Aggregation::Hour, configurationSet);
        request.nextToken = QStringLiteral("tok-2/+==");
        const Aws::AwsRequest ours = Ses::CloudWatchClient::getMetricDataRequest(request, protocol);

        QJsonArray queries;
        for (const QString &metric : {QStringLiteral("BounceRate"), QStringLiteral("ComplaintRate")}) {
            QJsonObject m{{QStringLiteral("Namespace"), QStringLiteral("AWS/SES")},
                {QStringLiteral("MetricName"), QStringLiteral("Reputation.") + metric}};
            if (!configurationSet.isEmpty())
                m.insert(QStringLiteral("Dimensions"),
                    QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("ses:configuration-set")},
                        {QStringLiteral("Value"), configurationSet}}});
            queries.append(QJsonObject{{QStringLiteral("Id"),
                                           metric == QLatin1String("BounceRate") ? QStringLiteral("bounceRate")
                                                                                 : QStringLiteral("complaintRate")},
                {QStringLiteral("MetricStat"),
                    QJsonObject{{QStringLiteral("Metric"), m},
                        {QStringLiteral("Period"), 3600},
                        {QStringLiteral("Stat"), QStringLiteral("Average")}}},
                {QStringLiteral("ReturnData"), true}});
        }
        const QJsonObject theirs = botocore(QStringLiteral("GetMetricData"),
            protocol == Aws::Protocol::Json ? QStringLiteral("json") : QStringLiteral("query"),
            QJsonObject{{QStringLiteral("MetricDataQueries"), queries},
                {QStringLiteral("StartTime"), QStringLiteral("2026-03-01T00:00:00Z")},
                {QStringLiteral("EndTime"), QStringLiteral("2026-03-15T00:00:00Z")},
                {QStringLiteral("NextToken"), QStringLiteral("tok-2/+==")}});
        QCOMPARE(ourWire(ours), theirs.value(QStringLiteral("body")).toObject());
        QCOMPARE(ours.serviceKey, QStringLiteral("cloudwatch"));
        QCOMPARE(ours.signingName, QStringLiteral("monitoring"));
        QCOMPARE(ours.kind, Aws::CallKind::Unthrottled);
        const QJsonObject headers = theirs.value(QStringLiteral("headers")).toObject();
        QCOMPARE(QString::fromLatin1(ours.contentType), headers.value(QStringLiteral("Content-Type")).toString());
        if (protocol == Aws::Protocol::Json) {
            QCOMPARE(QString::fromLatin1(header(ours, "X-Amz-Target")),
                headers.value(QStringLiteral("X-Amz-Target")).toString());
            QCOMPARE(QString::fromLatin1(header(ours, "x-amzn-query-mode")),
                headers.value(QStringLiteral("x-amzn-query-mode")).toString());
        }
    }

    void alarmRequestsMatchBotocore_data()
    {
        QTest::addColumn<Aws::Protocol>("protocol");
        QTest::newRow("query") << Aws::Protocol::Query;
        QTest::newRow("json") << Aws::Protocol::Json;
    }
    void alarmRequestsMatchBotocore()
    {
        QFETCH(Aws::Protocol, protocol);
        const QString proto = protocol == Aws::Protocol::Json ? QStringLiteral("json") : QStringLiteral("query");
        const auto plan = Ses::ReputationAlarmPlan::build(QStringLiteral("eu-west-1"),
            QStringLiteral("marketing"),
            {QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ses-alerts")});
        QCOMPARE(plan.size(), 2);
        const Ses::PutMetricAlarmRequest &bounce = plan.first();
        const QJsonObject put = botocore(QStringLiteral("PutMetricAlarm"),
            proto,
            QJsonObject{{QStringLiteral("AlarmName"),
                            QStringLiteral("SesDesk-eu-west-1-Reputation.BounceRate-review-marketing")},
                {QStringLiteral("AlarmDescription"), bounce.alarmDescription},
                {QStringLiteral("ActionsEnabled"), true},
                {QStringLiteral("AlarmActions"),
                    QJsonArray{QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ses-alerts")}},
                {QStringLiteral("MetricName"), QStringLiteral("Reputation.BounceRate")},
                {QStringLiteral("Namespace"), QStringLiteral("AWS/SES")},
                {QStringLiteral("Statistic"), QStringLiteral("Average")},
                {QStringLiteral("Dimensions"),
                    QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("ses:configuration-set")},
                        {QStringLiteral("Value"), QStringLiteral("marketing")}}}},
                {QStringLiteral("Period"), 3600},
                {QStringLiteral("EvaluationPeriods"), 1},
                {QStringLiteral("Threshold"), 0.05},
                {QStringLiteral("ComparisonOperator"), QStringLiteral("GreaterThanOrEqualToThreshold")},
                {QStringLiteral("TreatMissingData"), QStringLiteral("ignore")}});
        QCOMPARE(ourWire(Ses::CloudWatchClient::putMetricAlarmRequest(bounce, protocol)),
            put.value(QStringLiteral("body")).toObject());

        const QJsonObject del = botocore(QStringLiteral("DeleteAlarms"),
            proto,
            QJsonObject{{QStringLiteral("AlarmNames"), QJsonArray{plan.at(0).alarmName, plan.at(1).alarmName}}});
        QCOMPARE(
            ourWire(Ses::CloudWatchClient::deleteAlarmsRequest({plan.at(0).alarmName, plan.at(1).alarmName}, protocol)),
            del.value(QStringLiteral("body")).toObject());

        Ses::DescribeAlarmsRequest describe;
        describe.alarmNamePrefix = QStringLiteral("SesDesk-eu-west-1-");
        describe.maxRecords = 50;
        const QJsonObject desc = botocore(QStringLiteral("DescribeAlarms"),
            proto,
            QJsonObject{{QStringLiteral("AlarmNamePrefix"), QStringLiteral("SesDesk-eu-west-1-")},
                {QStringLiteral("MaxRecords"), 50}});
        QCOMPARE(ourWire(Ses::CloudWatchClient::describeAlarmsRequest(describe, protocol)),
            desc.value(QStringLiteral("body")).toObject());
    }

    void parsesBothProtocolsAlike_data()
    {
        QTest::addColumn<Aws::Protocol>("protocol");
        QTest::addColumn<QString>("extension");
        QTest::newRow("query XML") << Aws::Protocol::Query << QStringLiteral("xml");
        QTest::newRow("json") << Aws::Protocol::Json << QStringLiteral("json");
    }
    void parsesBothProtocolsAlike()
    {
        QFETCH(Aws::Protocol, protocol);
        QFETCH(QString, extension);
        const auto page1 = Ses::CloudWatchClient::parseGetMetricData(
            response(fixture(QStringLiteral("get-metric-data-page1.") + extension)), protocol);
        QVERIFY2(page1.ok(), qPrintable(page1.ok() ? QString() : page1.error().toString()));
        QCOMPARE(page1.value().nextToken, QStringLiteral("tok-2/+=="));
        QCOMPARE(page1.value().results.size(), 2);
        const Ses::MetricDataResult *bounce = page1.value().result(QStringLiteral("bounceRate"));
        QVERIFY(bounce);
        QCOMPARE(bounce->label, QStringLiteral("Reputation.BounceRate"));
        QCOMPARE(bounce->statusCode, QStringLiteral("PartialData"));
        QCOMPARE(bounce->timestamps, (QList<QDateTime>{utc(14, 23), utc(14, 22), utc(14, 21)}));
        QCOMPARE(bounce->values, (QList<double>{0.052, 0.048, 0.031}));

        const auto page2 = Ses::CloudWatchClient::parseGetMetricData(
            response(fixture(QStringLiteral("get-metric-data-page2.") + extension)), protocol);
        QVERIFY(page2.ok());
        QVERIFY(page2.value().nextToken.isEmpty());
        QCOMPARE(page2.value().messages.size(), 1);
        QCOMPARE(page2.value().messages.first().code, QStringLiteral("MaxQueryTimeRangeExceed"));

        Ses::GetMetricDataResult all;
        all.mergePage(page1.value());
        all.mergePage(page2.value());
        QCOMPARE(all.results.size(), 2);
        QCOMPARE(all.result(QStringLiteral("bounceRate"))->values.size(), 5);
        QCOMPARE(all.result(QStringLiteral("complaintRate"))->values, (QList<double>{0.0004, 0.0012, 0.006}));
        QCOMPARE(all.result(QStringLiteral("bounceRate"))->statusCode, QStringLiteral("Complete"));
        // As the AWS CLI's paginator prints it: results of every page in a row, no NextToken.
        QCOMPARE(all.raw.value(QStringLiteral("MetricDataResults")).toArray().size(), 4);
        QVERIFY(!all.raw.contains(QStringLiteral("NextToken")));
        QCOMPARE(all.raw.value(QStringLiteral("Messages")).toArray().size(), 1);
        const QJsonObject first = all.raw.value(QStringLiteral("MetricDataResults")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("Values")).toArray().first().toDouble(), 0.052);
        // Timestamps as each protocol puts them on the wire (the AWS CLI prints them unchanged).
        const QJsonValue ts = first.value(QStringLiteral("Timestamps")).toArray().first();
        if (protocol == Aws::Protocol::Json)
            QCOMPARE(ts.toDouble(), 1773529200.0);
        else
            QCOMPARE(ts.toString(), QStringLiteral("2026-03-14T23:00:00Z"));
    }

    void malformedMetricData_data()
    {
        QTest::addColumn<Aws::Protocol>("protocol");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("xml count mismatch")
            << Aws::Protocol::Query
            << QByteArray("<GetMetricDataResponse><GetMetricDataResult><MetricDataResults>"
                          "<member><Id>b</Id><Timestamps><member>2026-03-14T23:00:00Z</member>"
                          "</Timestamps><Values/></member></MetricDataResults>"
                          "</GetMetricDataResult></GetMetricDataResponse>")
            << QStringLiteral("\"b\" has 1 timestamps but 0 values");
        QTest::newRow("xml bad value") << Aws::Protocol::Query
                                       << QByteArray(
                                              "<GetMetricDataResponse><GetMetricDataResult><MetricDataResults>"
                                              "<member><Id>b</Id><Timestamps><member>2026-03-14T23:00:00Z</member>"
                                              "</Timestamps><Values><member>high</member></Values></member>"
                                              "</MetricDataResults></GetMetricDataResult></GetMetricDataResponse>")
                                       << QStringLiteral("value 1 \"high\"");
        QTest::newRow("xml wrong root") << Aws::Protocol::Query << QByteArray("<DescribeAlarmsResponse/>")
                                        << QStringLiteral("<GetMetricDataResponse>");
        QTest::newRow("json bad timestamp") << Aws::Protocol::Json
                                            << QByteArray("{\"MetricDataResults\":[{\"Id\":\"c\",\"Timestamps\":[true],"
                                                          "\"Values\":[0.1]}]}")
                                            << QStringLiteral("\"c\": timestamp 1");
        QTest::newRow("json not json") << Aws::Protocol::Json << QByteArray("<xml/>")
                                       << QStringLiteral("not a JSON object");
    }
    void malformedMetricData()
    {
        QFETCH(Aws::Protocol, protocol);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto r = Ses::CloudWatchClient::parseGetMetricData(response(body), protocol);
        QVERIFY(r.isError());
        QCOMPARE(r.error().kind, Aws::AwsError::Kind::Parse);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void describeAlarmsXml()
    {
        const auto r = Ses::CloudWatchClient::parseDescribeAlarms(
            response(fixture(QStringLiteral("describe-alarms.xml"))), Aws::Protocol::Query);
        QVERIFY(r.ok());
        QCOMPARE(r.value().metricAlarms.size(), 1);
        const Ses::MetricAlarm &a = r.value().metricAlarms.first();
        QCOMPARE(a.alarmName, QStringLiteral("SesDesk-us-east-1-Reputation.BounceRate-review"));
        QCOMPARE(a.stateValue, QStringLiteral("OK"));
        QCOMPARE(a.threshold, 0.05);
        QCOMPARE(a.period, 3600);
        QCOMPARE(a.alarmActions, QStringList{QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-alerts")});
        // The AWS CLI's JSON: typed numbers and booleans, empty lists as lists.
        QCOMPARE(a.raw.value(QStringLiteral("Threshold")), QJsonValue(0.05));
        QCOMPARE(a.raw.value(QStringLiteral("ActionsEnabled")), QJsonValue(true));
        QCOMPARE(a.raw.value(QStringLiteral("Dimensions")), QJsonValue(QJsonArray()));
        QCOMPARE(a.raw.value(QStringLiteral("StateUpdatedTimestamp")).toString(),
            QStringLiteral("2026-03-14T21:00:00.000Z"));
        QCOMPARE(r.value().raw.value(QStringLiteral("CompositeAlarms")), QJsonValue(QJsonArray()));
    }

    void alarmPlan()
    {
        const auto account = Ses::ReputationAlarmPlan::build(QStringLiteral("us-east-1"));
        QCOMPARE(account.size(), 2);
        QCOMPARE(account.at(0).alarmName, QStringLiteral("SesDesk-us-east-1-Reputation.BounceRate-review"));
        QCOMPARE(account.at(0).threshold, 0.05);
        QCOMPARE(account.at(1).alarmName, QStringLiteral("SesDesk-us-east-1-Reputation.ComplaintRate-review"));
        QCOMPARE(account.at(1).threshold, 0.001);
        for (const auto &a : account) {
            QVERIFY(a.dimensions.isEmpty());
            QCOMPARE(a.namespaceName, QStringLiteral("AWS/SES"));
            QCOMPARE(a.comparisonOperator, QStringLiteral("GreaterThanOrEqualToThreshold"));
            QCOMPARE(a.treatMissingData, QStringLiteral("ignore"));
            QCOMPARE(a.actionsEnabled, std::optional<bool>(false));
        }
        const QStringList lines = Ses::ReputationAlarmPlan::describe(account);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral(">= 5%")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral(">= 0.1%")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(0).contains(QStringLiteral("no notification")));
    }
};

QTEST_GUILESS_MAIN(tst_CloudWatchCodec)
#include "tst_cloudwatchcodec.moc"
