// `sesdesk-cli stats` against a sesdesk-sandbox process, compared with what the AWS CLI prints
// against the same Sandbox after mail was sent through it: send statistics, quota, reputation
// (both CloudWatch protocols), alarms; and GetMetricData paging over the Sandbox's NextToken.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/Clock.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/AwsTimestamp.h"
#include "models/ses/CloudWatchClient.h"
#include "models/ses/CloudWatchJsonCodec.h"
#include "models/ses/ReputationQuery.h"
#include "models/ses/SesClient.h"

#include "tests/support/CliRunner.h"
#include "tests/support/SandboxProcess.h"

using TestSupport::CliRun;

Q_DECLARE_METATYPE(Aws::Protocol)

class tst_StatsAgainstSandbox : public QObject
{
    Q_OBJECT

private:
    TestSupport::SandboxProcess m_sandbox{
        {QStringLiteral("--production"), QStringLiteral("--verify-delay"), QStringLiteral("0")}};
    TestSupport::CliRunner m_cli;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    qint64 m_recipients = 0;

    CliRun ours(const QStringList &args)
    {
        return m_cli.sesdesk(QStringList{QStringLiteral("--endpoint-url"), m_sandbox.url().toString()} + args);
    }
    CliRun theirs(const QStringList &args)
    {
        return m_cli.aws(m_sandbox.awsArguments() + args);
    }
    static QString describe(const CliRun &run)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(run.exitCode), run.out, run.err);
    }
    /// A call to the Sandbox's own /_sandbox/ API; the HTTP status.
    int control(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(m_sandbox.url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor(
                [reply] {
                    return reply->isFinished();
                },
                10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    bool send(const QStringList &to)
    {
        const CliRun r = theirs({QStringLiteral("sesv2"),
            QStringLiteral("send-email"),
            QStringLiteral("--from-email-address"),
            QStringLiteral("news@stats.example.com"),
            QStringLiteral("--destination"),
            QStringLiteral("ToAddresses=") + to.join(QLatin1Char(',')),
            QStringLiteral("--content"),
            QStringLiteral("Simple={Subject={Data=Stats},Body={Text={Data=Hello}}}")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(describe(r)));
        m_recipients += to.size();
        return r.exitCode == 0;
    }
    static QMap<QString, QMap<qint64, double>> series(const QJsonObject &answer)
    {
        QMap<QString, QMap<qint64, double>> out;
        for (const QJsonValue &v : answer.value(QStringLiteral("MetricDataResults")).toArray()) {
            const QJsonObject r = v.toObject();
            const QJsonArray ts = r.value(QStringLiteral("Timestamps")).toArray();
            const QJsonArray vs = r.value(QStringLiteral("Values")).toArray();
            auto &m = out[r.value(QStringLiteral("Id")).toString()];
            for (qsizetype i = 0; i < ts.size(); ++i)
                m.insert(Ses::AwsTimestamp::fromJson(ts.at(i)).toMSecsSinceEpoch(), vs.at(i).toDouble());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QVERIFY(m_home.isValid());
        QProcessEnvironment env = m_sandbox.awsEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        m_cli.setEnvironment(env);
        QCOMPARE(theirs({QStringLiteral("sesv2"),
                            QStringLiteral("create-email-identity"),
                            QStringLiteral("--email-identity"),
                            QStringLiteral("stats.example.com")})
                     .exitCode,
            0);
        QCOMPARE(control("POST", QStringLiteral("/_sandbox/identities/stats.example.com/verify")), 200);
        QCOMPARE(control("PUT", QStringLiteral("/_sandbox/account/send-quota"), R"({"maxSendRate": 1000})"), 200);
        // Delivered mail, a hard bounce and a complaint from the mailbox simulator.
        QStringList batch;
        for (int i = 0; i < 40; ++i)
            batch.append(QStringLiteral("reader%1@example.net").arg(i));
        QVERIFY(send(batch));
        QVERIFY(send(
            {QStringLiteral("bounce@simulator.amazonses.com"), QStringLiteral("complaint@simulator.amazonses.com")}));
        QVERIFY(send({QStringLiteral("someone@example.org")}));
    }

    void sendingMatchesGetSendStatistics()
    {
        const CliRun mine = ours({QStringLiteral("--output"),
            QStringLiteral("json"),
            QStringLiteral("stats"),
            QStringLiteral("sending"),
            QStringLiteral("--no-history")});
        const CliRun aws = theirs({QStringLiteral("ses"), QStringLiteral("get-send-statistics")});
        QVERIFY2(mine.exitCode == 0, qPrintable(describe(mine)));
        QVERIFY2(aws.exitCode == 0, qPrintable(describe(aws)));
        QCOMPARE(mine.json(), aws.json());
        qint64 attempts = 0;
        for (const QJsonValue &p : aws.json().object().value(QStringLiteral("SendDataPoints")).toArray())
            attempts += p.toObject().value(QStringLiteral("DeliveryAttempts")).toInteger();
        QCOMPARE(attempts, m_recipients);

        // The CSV of the last day adds up to the same.
        const CliRun csv = ours({QStringLiteral("stats"),
            QStringLiteral("sending"),
            QStringLiteral("--csv"),
            QStringLiteral("--range"),
            QStringLiteral("24h"),
            QStringLiteral("--period"),
            QStringLiteral("15m")});
        QVERIFY2(csv.exitCode == 0, qPrintable(describe(csv)));
        qint64 sum = 0;
        for (const QString &line : csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1))
            sum += line.section(QLatin1Char(','), 1, 1).toLongLong();
        QCOMPARE(sum, m_recipients);
        QVERIFY2(csv.err.isEmpty(), qPrintable(csv.err));
    }

    void quotaMatchesGetSendQuota()
    {
        const CliRun mine = ours(
            {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("stats"), QStringLiteral("quota")});
        const CliRun aws = theirs({QStringLiteral("ses"), QStringLiteral("get-send-quota")});
        QVERIFY2(mine.exitCode == 0, qPrintable(describe(mine)));
        QCOMPARE(mine.json(), aws.json());
        // Simulator mail does not use the quota.
        QCOMPARE(aws.json().object().value(QStringLiteral("SentLast24Hours")).toDouble(), double(m_recipients - 2));
    }

    void reputationMatchesGetMetricData_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("query") << QStringLiteral("query");
        QTest::newRow("json") << QStringLiteral("json");
    }
    void reputationMatchesGetMetricData()
    {
        QFETCH(QString, protocol);
        const QStringList args{QStringLiteral("stats"),
            QStringLiteral("reputation"),
            QStringLiteral("--range"),
            QStringLiteral("24h"),
            QStringLiteral("--period"),
            QStringLiteral("15m"),
            QStringLiteral("--no-history"),
            QStringLiteral("--protocol"),
            protocol};
        CliRun mine, aws;
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto range = Ses::TimeRange::preset(
                Ses::TimeRange::Last24Hours, QDateTime::currentDateTimeUtc(), Ses::Aggregation::FifteenMinutes);
            const QJsonArray queries = Ses::CloudWatchJsonCodec::getMetricData(
                Ses::ReputationQuery::build(range, Ses::Aggregation::FifteenMinutes))
                                           .value(QStringLiteral("MetricDataQueries"))
                                           .toArray();
            mine = ours(QStringList{QStringLiteral("--output"), QStringLiteral("json")} + args);
            aws = theirs({QStringLiteral("cloudwatch"),
                QStringLiteral("get-metric-data"),
                QStringLiteral("--metric-data-queries"),
                QString::fromUtf8(QJsonDocument(queries).toJson(QJsonDocument::Compact)),
                QStringLiteral("--start-time"),
                Ses::AwsTimestamp::toIso(range.from()),
                QStringLiteral("--end-time"),
                Ses::AwsTimestamp::toIso(range.to())});
            if (Ses::TimeRange::preset(
                    Ses::TimeRange::Last24Hours, QDateTime::currentDateTimeUtc(), Ses::Aggregation::FifteenMinutes)
                == range)
                break;
        }
        QVERIFY2(mine.exitCode == 0, qPrintable(describe(mine)));
        QVERIFY2(aws.exitCode == 0, qPrintable(describe(aws)));
        const auto theirSeries = series(aws.json().object());
        QCOMPARE(series(mine.json().object()), theirSeries);
        QVERIFY(!theirSeries.value(QStringLiteral("bounceRate")).isEmpty());
        if (protocol == QLatin1String("json"))
            QCOMPARE(mine.json(), aws.json());
        // For people: the latest rate and its status, as the Sandbox computed it (the simulator's
        // bounce does not count: 0%).
        const CliRun table = ours(args);
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        const double latest = theirSeries.value(QStringLiteral("bounceRate")).last();
        QVERIFY2(table.out.contains(QStringLiteral("Bounce rate         %1%")
                                        .arg(QString::number(latest * 100, 'f', latest < 0.01 ? 3 : 2))),
            qPrintable(table.out));
        QVERIFY(table.out.contains(QStringLiteral("Enforcement status  HEALTHY")));
    }

    void getMetricDataPagesThroughTheSandbox_data()
    {
        QTest::addColumn<Aws::Protocol>("protocol");
        QTest::newRow("query") << Aws::Protocol::Query;
        QTest::newRow("json") << Aws::Protocol::Json;
    }
    void getMetricDataPagesThroughTheSandbox()
    {
        QFETCH(Aws::Protocol, protocol);
        Aws::SystemClock clock;
        Aws::ClientConfig config;
        config.region = m_sandbox.region();
        config.endpointOverride = m_sandbox.url();
        config.managementRatePerSecond = 0;
        Aws::AwsClient aws(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{m_sandbox.accessKeyId(), m_sandbox.secretAccessKey(), {}, {}},
                QStringLiteral("sandbox")),
            &clock,
            config);
        Ses::CloudWatchClient cloudWatch(&aws);
        cloudWatch.setProtocol(protocol);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Ses::GetMetricDataRequest request
            = Ses::ReputationQuery::build({now.addSecs(-3 * 3600), now.addSecs(900)}, Ses::Aggregation::FifteenMinutes);
        int pages = 0;
        auto fetch = [&](std::optional<int> maxDatapoints) {
            request.maxDatapoints = maxDatapoints;
            pages = 0;
            std::optional<Aws::Result<Ses::GetMetricDataResult>> result;
            Ses::PagedCall *call
                = cloudWatch.getAllMetricData(request, this, [&result](Aws::Result<Ses::GetMetricDataResult> r) {
                      result = std::move(r);
                  });
            connect(call, &Ses::PagedCall::pageReceived, this, [&pages] {
                ++pages;
            });
            if (!QTest::qWaitFor(
                    [&result] {
                        return result.has_value();
                    },
                    20000))
                qWarning("GetMetricData did not finish in 20 s");
            return result;
        };
        const auto whole = fetch(std::nullopt);
        QVERIFY(whole && whole->ok());
        QCOMPARE(pages, 1);
        // At most one value per answer: the Sandbox pages with NextToken, we follow it.
        const auto paged = fetch(1);
        QVERIFY2(paged && paged->ok(), qPrintable(paged && paged->isError() ? paged->error().toString() : QString()));
        int values = 0;
        for (const QString &id : {QStringLiteral("bounceRate"), QStringLiteral("complaintRate")}) {
            const Ses::MetricDataResult *all = whole->value().result(id);
            const Ses::MetricDataResult *merged = paged->value().result(id);
            QVERIFY(all && merged);
            QCOMPARE(merged->timestamps, all->timestamps);
            QCOMPARE(merged->values, all->values);
            values += static_cast<int>(all->values.size());
        }
        QVERIFY(values >= 2);
        QVERIFY2(pages >= values, qPrintable(QStringLiteral("%1 pages for %2 values").arg(pages).arg(values)));
        QVERIFY(!paged->value().raw.contains(QStringLiteral("NextToken")));
    }

    void alarmsRoundTrip_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("query") << QStringLiteral("query");
        QTest::newRow("json") << QStringLiteral("json");
    }
    void alarmsRoundTrip()
    {
        QFETCH(QString, protocol);
        const QStringList names{QStringLiteral("SesDesk-us-east-1-Reputation.BounceRate-review"),
            QStringLiteral("SesDesk-us-east-1-Reputation.ComplaintRate-review")};
        const CliRun created = ours({QStringLiteral("stats"),
            QStringLiteral("alarms"),
            QStringLiteral("create"),
            QStringLiteral("--protocol"),
            protocol});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        const CliRun described = theirs(
            QStringList{
                QStringLiteral("cloudwatch"), QStringLiteral("describe-alarms"), QStringLiteral("--alarm-names")}
            + names);
        QVERIFY2(described.exitCode == 0, qPrintable(describe(described)));
        const QJsonArray alarms = described.json().object().value(QStringLiteral("MetricAlarms")).toArray();
        QCOMPARE(alarms.size(), 2);
        for (const QJsonValue &v : alarms) {
            const QJsonObject a = v.toObject();
            const bool bounce
                = a.value(QStringLiteral("MetricName")).toString() == QLatin1String("Reputation.BounceRate");
            QCOMPARE(a.value(QStringLiteral("Threshold")).toDouble(), bounce ? 0.05 : 0.001);
            QCOMPARE(a.value(QStringLiteral("ComparisonOperator")).toString(),
                QStringLiteral("GreaterThanOrEqualToThreshold"));
            QCOMPARE(a.value(QStringLiteral("TreatMissingData")).toString(), QStringLiteral("ignore"));
            // Evaluated by the Sandbox against the account's (healthy) rates.
            QVERIFY2(a.value(QStringLiteral("StateValue")).toString() != QLatin1String("ALARM"),
                qPrintable(a.value(QStringLiteral("StateReason")).toString()));
        }
        const CliRun listed = ours({QStringLiteral("stats"),
            QStringLiteral("alarms"),
            QStringLiteral("list"),
            QStringLiteral("--protocol"),
            protocol});
        QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
        QVERIFY(listed.out.contains(names.first()));
        QVERIFY(listed.out.contains(QStringLiteral("5.00%")));
        const CliRun deleted = ours({QStringLiteral("stats"),
            QStringLiteral("alarms"),
            QStringLiteral("delete"),
            QStringLiteral("--protocol"),
            protocol});
        QVERIFY2(deleted.exitCode == 0, qPrintable(describe(deleted)));
        QCOMPARE(
            theirs(QStringList{
                       QStringLiteral("cloudwatch"), QStringLiteral("describe-alarms"), QStringLiteral("--alarm-names")}
                + names)
                .json()
                .object()
                .value(QStringLiteral("MetricAlarms"))
                .toArray()
                .size(),
            0);
        // Deleting again: the Sandbox answers as CloudWatch does, and we say so.
        const CliRun again = ours({QStringLiteral("stats"),
            QStringLiteral("alarms"),
            QStringLiteral("delete"),
            QStringLiteral("--protocol"),
            protocol});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("(ResourceNotFound)")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(tst_StatsAgainstSandbox)
#include "tst_statsagainstsandbox.moc"
