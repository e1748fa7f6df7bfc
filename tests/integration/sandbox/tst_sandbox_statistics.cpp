// SES v1 statistics and CloudWatch against a real sesdesk-sandbox, driven by the unchanged AWS
// CLI (awsJson 1.0 for CloudWatch, the Query protocol for SES v1) and by SesDesk's own clients
// (SesV1Client, CloudWatchClient in both protocols, `sesdesk-cli stats`), so the Sandbox and the
// statistics code agree with each other and with the AWS CLI.
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/Clock.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/CloudWatchClient.h"
#include "models/ses/ReputationQuery.h"
#include "models/ses/SesV1Client.h"

#include "tests/integration/sandbox/SandboxCli.h"
#include "tests/support/WaitForAnswer.h"
#include "tests/support/XmlText.h"

using TestSupport::AwsCliError;
using TestSupport::CliRun;
using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

Q_DECLARE_METATYPE(Aws::Protocol)

namespace
{

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(run.exitCode), run.out, run.err);
}

QString metricQueries(const QString &metric, const QString &set = {})
{
    QJsonObject m{{QStringLiteral("Namespace"), QStringLiteral("AWS/SES")}, {QStringLiteral("MetricName"), metric}};
    if (!set.isEmpty())
        m.insert(QStringLiteral("Dimensions"),
            QJsonArray{QJsonObject{
                {QStringLiteral("Name"), QStringLiteral("ses:configuration-set")}, {QStringLiteral("Value"), set}}});
    const QJsonArray queries{QJsonObject{{QStringLiteral("Id"), QStringLiteral("rate")},
        {QStringLiteral("MetricStat"),
            QJsonObject{{QStringLiteral("Metric"), m},
                {QStringLiteral("Period"), 3600},
                {QStringLiteral("Stat"), QStringLiteral("Average")}}}}};
    return QString::fromUtf8(QJsonDocument(queries).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_SandboxStatistics : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{
        {QStringLiteral("--verify-delay"), QStringLiteral("0"), QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;
    std::unique_ptr<TestSupport::CliRunner> m_sesdesk;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    Aws::SystemClock m_clock;
    std::unique_ptr<Aws::AwsClient> m_aws;
    QDateTime m_start;

    CliRun aws(const QStringList &arguments)
    {
        return m_cli->aws(arguments);
    }
    CliRun sesdesk(const QStringList &arguments)
    {
        return m_sesdesk->sesdesk(
            QStringList{QStringLiteral("--endpoint-url"), m_sandbox.url().toString()} + arguments);
    }
    QJsonObject metricData(const QString &metric, const QString &set = {})
    {
        const CliRun run = aws({QStringLiteral("cloudwatch"),
            QStringLiteral("get-metric-data"),
            QStringLiteral("--metric-data-queries"),
            metricQueries(metric, set),
            QStringLiteral("--start-time"),
            m_start.toString(Qt::ISODate),
            QStringLiteral("--end-time"),
            m_start.addSecs(3 * 3600).toString(Qt::ISODate)});
        if (run.exitCode != 0)
            qWarning().noquote() << describe(run);
        return run.json().object().value(QLatin1String("MetricDataResults")).toArray().first().toObject();
    }
    template <typename T> Aws::Result<T> wait(std::function<void(std::function<void(Aws::Result<T>)>)> call)
    {
        return TestSupport::waitForAnswer<Aws::Result<T>>(std::move(call)).value_or(Aws::Result<T>::cancelled());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_cli = std::make_unique<SandboxCli>(m_sandbox);
        QProcessEnvironment env = m_sandbox.awsEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        m_sesdesk = std::make_unique<TestSupport::CliRunner>(env, m_dir.path());
        Aws::ClientConfig config;
        config.endpointOverride = m_sandbox.url();
        config.region = m_sandbox.region();
        config.managementRatePerSecond = 0;
        config.retry.maxAttempts = 1;
        m_aws = std::make_unique<Aws::AwsClient>(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{m_sandbox.accessKeyId(), m_sandbox.secretAccessKey(), {}, {}}, QStringLiteral("test")),
            &m_clock,
            config);
        // The hour before this one, so the range holds every datapoint of the test.
        m_start
            = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 3600 * 3600 - 3600, QTimeZone::utc());

        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com")},
            &ok);
        QVERIFY(ok);
        m_cli->sesv2({QStringLiteral("create-configuration-set"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("tracked"),
                         QStringLiteral("--reputation-options"),
                         QStringLiteral("ReputationMetricsEnabled=true")},
            &ok);
        QVERIFY(ok);
        // Three simulator recipients (statistics only) and one verified address under the tracked set.
        m_cli->sesv2({QStringLiteral("send-email"),
                         QStringLiteral("--from-email-address"),
                         QStringLiteral("shop@example.com"),
                         QStringLiteral("--destination"),
                         QStringLiteral("ToAddresses=success@simulator.amazonses.com,bounce@simulator.amazonses.com,"
                                        "complaint@simulator.amazonses.com"),
                         QStringLiteral("--content"),
                         QStringLiteral("Simple={Subject={Data=a},Body={Text={Data=b}}}")},
            &ok);
        QVERIFY(ok);
        QTest::qWait(1100); // the SES sandbox's one recipient per second
        m_cli->sesv2({QStringLiteral("send-email"),
                         QStringLiteral("--from-email-address"),
                         QStringLiteral("shop@example.com"),
                         QStringLiteral("--destination"),
                         QStringLiteral("ToAddresses=orders@example.com"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("tracked"),
                         QStringLiteral("--content"),
                         QStringLiteral("Simple={Subject={Data=a},Body={Text={Data=b}}}")},
            &ok);
        QVERIFY(ok);
    }

    void getSendStatisticsWithTheAwsCli()
    {
        const CliRun run = aws({QStringLiteral("ses"), QStringLiteral("get-send-statistics")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        qint64 attempts = 0, bounces = 0, complaints = 0, rejects = 0;
        for (const QJsonValue &v : run.json().object().value(QLatin1String("SendDataPoints")).toArray()) {
            const QJsonObject point = v.toObject();
            const QDateTime t = QDateTime::fromString(point.value(QLatin1String("Timestamp")).toString(), Qt::ISODate);
            QVERIFY(t.isValid());
            QCOMPARE(t.toSecsSinceEpoch() % 900, 0);
            attempts += point.value(QLatin1String("DeliveryAttempts")).toInteger();
            bounces += point.value(QLatin1String("Bounces")).toInteger();
            complaints += point.value(QLatin1String("Complaints")).toInteger();
            rejects += point.value(QLatin1String("Rejects")).toInteger();
        }
        QCOMPARE(attempts, 4);
        QCOMPARE(bounces, 1);
        QCOMPARE(complaints, 1);
        QCOMPARE(rejects, 0);
    }

    void getSendQuotaInTheQueryProtocol()
    {
        // --debug shows the answer as it came: the Query protocol's XML with SES's namespace.
        const CliRun run = aws({QStringLiteral("ses"), QStringLiteral("get-send-quota"), QStringLiteral("--debug")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.json().object(),
            (QJsonObject{{QStringLiteral("Max24HourSend"), 200.0},
                {QStringLiteral("MaxSendRate"), 1.0},
                {QStringLiteral("SentLast24Hours"), 1.0}}));
        QVERIFY(run.err.contains(
            QStringLiteral("<GetSendQuotaResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">")));
        QVERIFY(QRegularExpression(QStringLiteral("<ResponseMetadata>\\\\n\\s*<RequestId>[0-9a-f-]{36}</RequestId>"))
                    .match(run.err)
                    .hasMatch());
        QVERIFY(run.err.contains(QStringLiteral("'Action': 'GetSendQuota'")));
    }

    void sesDeskV1ClientAgrees()
    {
        Ses::SesV1Client client(m_aws.get());
        const auto stats = wait<Ses::SendStatistics>([&](auto done) {
            client.getSendStatistics(this, done);
        });
        QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error().toString()));
        qint64 attempts = 0;
        for (const Ses::SendDataPoint &p : stats.value().points)
            attempts += p.deliveryAttempts;
        QCOMPARE(attempts, 4);
        QVERIFY(!stats.value().requestId.isEmpty());
        const auto quota = wait<Ses::SendQuotaResult>([&](auto done) {
            client.getSendQuota(this, done);
        });
        QVERIFY(quota.ok());
        QCOMPARE(quota.value().quota.sentLast24Hours, 1.0);
        QCOMPARE(quota.value().quota.max24HourSend, 200.0);
    }

    void reputationMetricsWithTheAwsCli()
    {
        // Only the verified recipient counts for reputation (the simulator never does): one send,
        // no bounce, no complaint, in this hour; the same for the tracked set; none for another.
        for (const QString &metric :
            {QStringLiteral("Reputation.BounceRate"), QStringLiteral("Reputation.ComplaintRate")}) {
            const QJsonObject account = metricData(metric);
            QCOMPARE(account.value(QLatin1String("Label")).toString(), metric);
            QCOMPARE(account.value(QLatin1String("StatusCode")).toString(), QStringLiteral("Complete"));
            QCOMPARE(account.value(QLatin1String("Values")).toArray(), QJsonArray{0});
            QCOMPARE(
                metricData(metric, QStringLiteral("tracked")).value(QLatin1String("Values")).toArray(), QJsonArray{0});
        }
        QVERIFY(metricData(QStringLiteral("Reputation.BounceRate"), QStringLiteral("untracked"))
                    .value(QLatin1String("Values"))
                    .toArray()
                    .isEmpty());
        const QJsonObject result = metricData(QStringLiteral("Reputation.BounceRate"));
        const qint64 hour = result.value(QLatin1String("Timestamps")).toArray().first().toInteger();
        QCOMPARE(hour % 3600, 0);
    }

    void cloudWatchClientAgreesInBothProtocols_data()
    {
        QTest::addColumn<Aws::Protocol>("protocol");
        QTest::newRow("query") << Aws::Protocol::Query;
        QTest::newRow("json") << Aws::Protocol::Json;
    }

    void cloudWatchClientAgreesInBothProtocols()
    {
        QFETCH(Aws::Protocol, protocol);
        Ses::CloudWatchClient client(m_aws.get());
        client.setProtocol(protocol);
        const Ses::GetMetricDataRequest request
            = Ses::ReputationQuery::build(Ses::TimeRange(m_start, m_start.addSecs(3 * 3600)),
                Ses::Aggregation(Ses::Aggregation::Hour),
                QStringLiteral("tracked"));
        const auto result = wait<Ses::GetMetricDataResult>([&](auto done) {
            client.getMetricData(request, this, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result.value().results.size(), 2);
        for (const Ses::MetricDataResult &r : result.value().results) {
            QCOMPARE(r.values, QList<double>{0.0});
            QCOMPARE(r.timestamps.size(), 1);
            QCOMPARE(r.timestamps.first().toSecsSinceEpoch() % 3600, 0);
        }
    }

    void alarmsWithTheAwsCliAndSesDesk()
    {
        const QJsonObject alarm{{QStringLiteral("AlarmName"), QStringLiteral("bounces-high")},
            {QStringLiteral("Namespace"), QStringLiteral("AWS/SES")},
            {QStringLiteral("MetricName"), QStringLiteral("Reputation.BounceRate")},
            {QStringLiteral("Statistic"), QStringLiteral("Average")},
            {QStringLiteral("Period"), 3600},
            {QStringLiteral("EvaluationPeriods"), 1},
            {QStringLiteral("Threshold"), 0.05},
            {QStringLiteral("ComparisonOperator"), QStringLiteral("GreaterThanOrEqualToThreshold")},
            {QStringLiteral("AlarmActions"), QJsonArray{QStringLiteral("arn:aws:sns:us-east-1:123456789012:ops")}}};
        CliRun run = aws({QStringLiteral("cloudwatch"),
            QStringLiteral("put-metric-alarm"),
            QStringLiteral("--cli-input-json"),
            QString::fromUtf8(QJsonDocument(alarm).toJson(QJsonDocument::Compact))});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        // SesDesk's own alarms, through sesdesk-cli in the Query protocol.
        run = sesdesk({QStringLiteral("stats"), QStringLiteral("alarms"), QStringLiteral("create")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = sesdesk({QStringLiteral("stats"), QStringLiteral("alarms"), QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(
            run.out.contains(QStringLiteral("SesDesk-us-east-1-Reputation.BounceRate-review")), qPrintable(run.out));

        run = aws({QStringLiteral("cloudwatch"), QStringLiteral("describe-alarms")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonArray alarms = run.json().object().value(QLatin1String("MetricAlarms")).toArray();
        QCOMPARE(alarms.size(), 3);
        for (const QJsonValue &v : alarms) {
            // One send without bounces or complaints this hour: below every threshold.
            QCOMPARE(v.toObject().value(QLatin1String("StateValue")).toString(), QStringLiteral("OK"));
            QVERIFY(v.toObject()
                        .value(QLatin1String("AlarmArn"))
                        .toString()
                        .startsWith(QStringLiteral("arn:aws:cloudwatch:us-east-1:123456789012:alarm:")));
        }
        run = aws({QStringLiteral("cloudwatch"),
            QStringLiteral("describe-alarms"),
            QStringLiteral("--alarm-name-prefix"),
            QStringLiteral("SesDesk-"),
            QStringLiteral("--state-value"),
            QStringLiteral("OK")});
        QCOMPARE(run.json().object().value(QLatin1String("MetricAlarms")).toArray().size(), 2);

        const AwsCliError missing = AwsCliError::parse(aws({QStringLiteral("cloudwatch"),
                                                               QStringLiteral("delete-alarms"),
                                                               QStringLiteral("--alarm-names"),
                                                               QStringLiteral("bounces-high"),
                                                               QStringLiteral("nope")})
                                                           .err);
        QCOMPARE(missing.code, QStringLiteral("ResourceNotFound"));
        run = aws({QStringLiteral("cloudwatch"),
            QStringLiteral("delete-alarms"),
            QStringLiteral("--alarm-names"),
            QStringLiteral("bounces-high")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = sesdesk({QStringLiteral("stats"), QStringLiteral("alarms"), QStringLiteral("delete")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = aws({QStringLiteral("cloudwatch"), QStringLiteral("describe-alarms")});
        QVERIFY(run.json().object().value(QLatin1String("MetricAlarms")).toArray().isEmpty());
    }

    void callerIdentity()
    {
        // SesDesk keys an account's local statistics history by STS GetCallerIdentity.
        const CliRun run = aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.json().object().value(QLatin1String("Account")).toString(), QStringLiteral("123456789012"));
        QCOMPARE(run.json().object().value(QLatin1String("Arn")).toString(),
            QStringLiteral("arn:aws:iam::123456789012:user/sesdesk-sandbox"));
    }

    void cloudWatchErrorsWithTheAwsCli()
    {
        // The AWS CLI reads the Query code from x-amzn-query-error.
        const QString bad = metricQueries(QStringLiteral("Reputation.BounceRate"))
                                .replace(QStringLiteral("3600"), QStringLiteral("61"));
        AwsCliError error = AwsCliError::parse(aws({QStringLiteral("cloudwatch"),
                                                       QStringLiteral("get-metric-data"),
                                                       QStringLiteral("--metric-data-queries"),
                                                       bad,
                                                       QStringLiteral("--start-time"),
                                                       m_start.toString(Qt::ISODate),
                                                       QStringLiteral("--end-time"),
                                                       m_start.addSecs(3600).toString(Qt::ISODate)})
                                                   .err);
        QCOMPARE(error.code, QStringLiteral("InvalidParameterValue"));
        QVERIFY2(error.message.contains(QStringLiteral("Period")), qPrintable(error.message));
        error = AwsCliError::parse(aws({QStringLiteral("cloudwatch"),
                                           QStringLiteral("put-metric-alarm"),
                                           QStringLiteral("--alarm-name"),
                                           QStringLiteral("x"),
                                           QStringLiteral("--metric-name"),
                                           QStringLiteral("m"),
                                           QStringLiteral("--namespace"),
                                           QStringLiteral("n"),
                                           QStringLiteral("--statistic"),
                                           QStringLiteral("Sum"),
                                           QStringLiteral("--period"),
                                           QStringLiteral("60"),
                                           QStringLiteral("--evaluation-periods"),
                                           QStringLiteral("1"),
                                           QStringLiteral("--threshold"),
                                           QStringLiteral("1")})
                                       .err);
        QCOMPARE(error.code, QStringLiteral("MissingParameter"));
        QCOMPARE(error.message, QStringLiteral("The parameter ComparisonOperator is required."));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxStatistics)
#include "tst_sandbox_statistics.moc"
