// The statistics clients and `sesdesk-cli stats` over a scripted loopback server: what goes on
// the wire (signed for the right service, Query or awsJson, every GetMetricData page), errors,
// cancellation, and the CLI's JSON, CSV and table output from real-shaped answers.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "models/aws/AwsClient.h"
#include "models/aws/AwsJob.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/CloudWatchClient.h"
#include "models/ses/ReputationQuery.h"
#include "models/ses/SesClient.h"
#include "models/ses/SesV1Client.h"
#include "models/ses/StatisticsScopeResolver.h"

#include "tests/support/CliRunner.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"

using TestSupport::ScriptedHttpServer;

Q_DECLARE_METATYPE(Aws::Protocol)

class tst_StatsClients : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    TestSupport::FakeClock m_clock{QDateTime::currentDateTimeUtc()};

    std::unique_ptr<Aws::AwsClient> client(const QUrl &url)
    {
        Aws::ClientConfig config;
        config.endpointOverride = url;
        config.managementRatePerSecond = 0;
        config.retry.maxAttempts = 1;
        return std::make_unique<Aws::AwsClient>(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{QStringLiteral("AKIDSTATS"), QStringLiteral("secret"), {}, {}},
                QStringLiteral("test")),
            &m_clock,
            config);
    }
    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(SESDESK_TEST_DATA_DIR "/stats/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }
    static ScriptedHttpServer::Reply xml(const QByteArray &body, int status = 200)
    {
        ScriptedHttpServer::Reply r;
        r.status = status;
        r.body = body;
        r.headers.emplaceBack("Content-Type", "text/xml");
        r.headers.emplaceBack("x-amzn-RequestId", "req-xml");
        return r;
    }
    static QString form(const ScriptedHttpServer::Request &request, const QString &key)
    {
        return QUrlQuery(QString::fromLatin1(request.body)).queryItemValue(key, QUrl::FullyDecoded);
    }
    static TestSupport::CliRunner cli(const QUrl &url, const QString &dataHome)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDSTATS"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), url.toString());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        return TestSupport::CliRunner(env, dataHome);
    }
    /// A GetMetricData JSON answer with hourly values ending in the current hour.
    static QByteArray recentMetricData(const QList<double> &bounce, const QList<double> &complaint)
    {
        const qint64 hour = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
        auto result = [hour](const QString &id, const QList<double> &values) {
            QJsonArray ts, vs;
            for (qsizetype i = 0; i < values.size(); ++i) {
                ts.append(hour - i * 3600);
                vs.append(values.at(i));
            }
            return QJsonObject{{QStringLiteral("Id"), id},
                {QStringLiteral("Label"), id},
                {QStringLiteral("Timestamps"), ts},
                {QStringLiteral("Values"), vs},
                {QStringLiteral("StatusCode"), QStringLiteral("Complete")}};
        };
        return QJsonDocument(QJsonObject{{QStringLiteral("MetricDataResults"),
                                 QJsonArray{result(QStringLiteral("bounceRate"), bounce),
                                     result(QStringLiteral("complaintRate"), complaint)}}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void sendStatisticsIsASignedQueryCall()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(xml(fixture(QStringLiteral("get-send-statistics-unsorted.xml"))));
        auto aws = client(server.url());
        Ses::SesV1Client v1(aws.get());
        std::optional<Aws::Result<Ses::SendStatistics>> result;
        v1.getSendStatistics(this, [&result](Aws::Result<Ses::SendStatistics> r) {
            result = std::move(r);
        });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(result->value().points.size(), 10);
        QCOMPARE(server.requests().size(), 1);
        const auto &request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, QByteArray("Action=GetSendStatistics&Version=2010-12-01"));
        QVERIFY(request.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        QVERIFY2(request.header("Authorization").contains("/us-east-1/ses/aws4_request"),
            request.header("Authorization").constData());
    }

    void queryErrorsAreServiceErrors()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            xml("<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><Error><Type>Sender</Type>"
                "<Code>AccessDenied</Code><Message>User is not authorized to perform: ses:GetSendQuota</Message>"
                "</Error><RequestId>err-1</RequestId></ErrorResponse>",
                403));
        auto aws = client(server.url());
        Ses::SesV1Client v1(aws.get());
        std::optional<Aws::Result<Ses::SendQuotaResult>> result;
        v1.getSendQuota(this, [&result](Aws::Result<Ses::SendQuotaResult> r) {
            result = std::move(r);
        });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isError());
        QCOMPARE(result->error().code, QStringLiteral("AccessDenied"));
        QCOMPARE(result->error().httpStatus, 403);
        QVERIFY(result->error().message.contains(QStringLiteral("ses:GetSendQuota")));
    }

    void getMetricDataFollowsEveryPage_data()
    {
        QTest::addColumn<Aws::Protocol>("protocol");
        QTest::newRow("query") << Aws::Protocol::Query;
        QTest::newRow("json") << Aws::Protocol::Json;
    }
    void getMetricDataFollowsEveryPage()
    {
        QFETCH(Aws::Protocol, protocol);
        const bool json = protocol == Aws::Protocol::Json;
        ScriptedHttpServer server;
        QVERIFY(server.start());
        for (int n : {1, 2}) {
            const QByteArray body = fixture(QStringLiteral("get-metric-data-page%1.%2")
                                                .arg(n)
                                                .arg(json ? QStringLiteral("json") : QStringLiteral("xml")));
            server.enqueue(json ? ScriptedHttpServer::Reply::json(200, body) : xml(body));
        }
        auto aws = client(server.url());
        Ses::CloudWatchClient cloudWatch(aws.get());
        cloudWatch.setProtocol(protocol);
        const QDateTime end(QDate(2026, 3, 15), QTime(0, 0), Qt::UTC);
        std::optional<Aws::Result<Ses::GetMetricDataResult>> result;
        cloudWatch.getAllMetricData(Ses::ReputationQuery::build({end.addDays(-1), end}, Ses::Aggregation::Hour),
            this,
            [&result](Aws::Result<Ses::GetMetricDataResult> r) {
                result = std::move(r);
            });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        QCOMPARE(result->value().result(QStringLiteral("bounceRate"))->values.size(), 5);
        QCOMPARE(result->value().result(QStringLiteral("complaintRate"))->values.size(), 3);
        QCOMPARE(server.requests().size(), 2);
        for (const auto &request : server.requests())
            QVERIFY2(request.header("Authorization").contains("/us-east-1/monitoring/aws4_request"),
                request.header("Authorization").constData());
        const auto &first = server.requests().at(0);
        const auto &second = server.requests().at(1);
        if (json) {
            QCOMPARE(second.header("X-Amz-Target"), QByteArray("GraniteServiceVersion20100801.GetMetricData"));
            QCOMPARE(second.header("Content-Type"), QByteArray("application/x-amz-json-1.0"));
            QVERIFY(!QJsonDocument::fromJson(first.body).object().contains(QStringLiteral("NextToken")));
            QCOMPARE(QJsonDocument::fromJson(second.body).object().value(QStringLiteral("NextToken")).toString(),
                QStringLiteral("tok-2/+=="));
        } else {
            QCOMPARE(form(first, QStringLiteral("Action")), QStringLiteral("GetMetricData"));
            QVERIFY(form(first, QStringLiteral("NextToken")).isEmpty());
            QCOMPARE(form(second, QStringLiteral("NextToken")), QStringLiteral("tok-2/+=="));
            QCOMPARE(form(second, QStringLiteral("StartTime")), QStringLiteral("2026-03-14T00:00:00Z"));
        }
    }

    void pagingStopsOnARepeatedToken()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        const QByteArray looping = "{\"MetricDataResults\":[],\"NextToken\":\"same\"}";
        server.setFallback(ScriptedHttpServer::Reply::json(200, looping));
        auto aws = client(server.url());
        Ses::CloudWatchClient cloudWatch(aws.get());
        cloudWatch.setProtocol(Aws::Protocol::Json);
        std::optional<Aws::Result<Ses::GetMetricDataResult>> result;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        cloudWatch.getAllMetricData(Ses::ReputationQuery::build({now.addDays(-1), now}, Ses::Aggregation::Hour),
            this,
            [&result](Aws::Result<Ses::GetMetricDataResult> r) {
                result = std::move(r);
            });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(server.requests().size(), 2);
    }

    void pagingCanBeCancelled()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(ScriptedHttpServer::Reply::json(200, fixture(QStringLiteral("get-metric-data-page1.json"))));
        server.enqueue(ScriptedHttpServer::Reply::hang());
        auto aws = client(server.url());
        Ses::CloudWatchClient cloudWatch(aws.get());
        cloudWatch.setProtocol(Aws::Protocol::Json);
        std::optional<Aws::Result<Ses::GetMetricDataResult>> result;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Ses::PagedCall *call
            = cloudWatch.getAllMetricData(Ses::ReputationQuery::build({now.addDays(-1), now}, Ses::Aggregation::Hour),
                this,
                [&result](Aws::Result<Ses::GetMetricDataResult> r) {
                    result = std::move(r);
                });
        QTRY_COMPARE(server.requests().size(), 2);
        call->cancel();
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isCancelled());
    }

    void deleteAlarmsRefusesMoreThanTheServiceTakes()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        auto aws = client(server.url());
        Ses::CloudWatchClient cloudWatch(aws.get());
        QStringList names;
        for (int i = 0; i < 101; ++i)
            names.append(QStringLiteral("alarm-%1").arg(i));
        std::optional<Aws::Result<Aws::Empty>> result;
        cloudWatch.deleteAlarms(names, this, [&result](Aws::Result<Aws::Empty> r) {
            result = std::move(r);
        });
        QVERIFY(!result.has_value()); // asynchronous like every answer
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, Aws::AwsError::Kind::Usage);
        QVERIFY(result->error().message.contains(QStringLiteral("101")));
        QCOMPARE(server.requests().size(), 0);
    }

    void scopeFromStsOrFromTheKey()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            xml("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                "<GetCallerIdentityResult><Arn>arn:aws:iam::210987654321:user/ops</Arn><UserId>AIDA1</UserId>"
                "<Account>210987654321</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r"
                "</RequestId></ResponseMetadata></GetCallerIdentityResponse>"));
        server.enqueue(xml("<ErrorResponse><Error><Code>InvalidAction</Code><Message>no STS here</Message></Error>"
                           "</ErrorResponse>",
            400));
        auto aws = client(server.url());
        Ses::StatisticsScopeResolver resolver(aws.get());
        std::optional<Ses::StatisticsScope> scope;
        resolver.resolve(this, [&scope](Ses::StatisticsScope s) {
            scope = s;
        });
        QTRY_VERIFY(scope.has_value());
        QCOMPARE(scope->key(), QStringLiteral("210987654321/us-east-1@http://127.0.0.1"));
        QVERIFY(form(server.requests().first(), QStringLiteral("Action")) == QLatin1String("GetCallerIdentity"));
        QVERIFY(server.requests().first().header("Authorization").contains("/sts/aws4_request"));
        scope.reset();
        resolver.resolve(this, [&scope](Ses::StatisticsScope s) {
            scope = s;
        });
        QTRY_VERIFY(scope.has_value());
        QVERIFY2(scope->key().startsWith(QStringLiteral("key-")), qPrintable(scope->key()));
        QVERIFY(!scope->key().contains(QStringLiteral("AKIDSTATS")));
    }

    void cliSendingJsonIsTheApiAnswer()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback(xml(fixture(QStringLiteral("get-send-statistics-unsorted.xml"))));
        QTemporaryDir home;
        const auto run = cli(server.url(), home.path())
                             .sesdesk({QStringLiteral("--output"),
                                 QStringLiteral("json"),
                                 QStringLiteral("stats"),
                                 QStringLiteral("sending"),
                                 QStringLiteral("--no-history")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray points = run.json().object().value(QStringLiteral("SendDataPoints")).toArray();
        QCOMPARE(points.size(), 10);
        QCOMPARE(points.first().toObject().value(QStringLiteral("Timestamp")).toString(),
            QStringLiteral("2026-03-10T09:13:00Z"));
        QCOMPARE(server.requests().size(), 1); // --no-history: no STS, no store
    }

    void cliSendingCsvTotalsMatchTheApi_data()
    {
        QTest::addColumn<QString>("period");
        QTest::newRow("15m") << QStringLiteral("15m");
        QTest::newRow("1h") << QStringLiteral("1h");
        QTest::newRow("1d") << QStringLiteral("1d");
    }
    void cliSendingCsvTotalsMatchTheApi()
    {
        QFETCH(QString, period);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback(xml(fixture(QStringLiteral("get-send-statistics-unsorted.xml"))));
        QTemporaryDir home;
        const auto run = cli(server.url(), home.path())
                             .sesdesk({QStringLiteral("stats"),
                                 QStringLiteral("sending"),
                                 QStringLiteral("--no-history"),
                                 QStringLiteral("--csv"),
                                 QStringLiteral("--range"),
                                 QStringLiteral("all"),
                                 QStringLiteral("--period"),
                                 period});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("Timestamp,DeliveryAttempts,Bounces,Complaints,Rejects"));
        qint64 sums[4] = {0, 0, 0, 0};
        int withData = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(QLatin1Char(','));
            QCOMPARE(cells.size(), 5);
            withData += cells.at(1).isEmpty() ? 0 : 1;
            for (int c = 0; c < 4; ++c)
                sums[c] += cells.at(c + 1).toLongLong();
        }
        QCOMPARE(sums[0], 141);
        QCOMPARE(sums[1], 5);
        QCOMPARE(sums[2], 2);
        QCOMPARE(sums[3], 3);
        QCOMPARE(withData, period == QLatin1String("15m") ? 10 : period == QLatin1String("1h") ? 5 : 2);
    }

    void cliSendingKeepsHistory()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        // STS answers for the scope, SES with the fixture (in that order, twice).
        const auto sts = xml("<GetCallerIdentityResponse><GetCallerIdentityResult><Account>111122223333</Account>"
                             "</GetCallerIdentityResult></GetCallerIdentityResponse>");
        const QByteArray empty = "<GetSendStatisticsResponse><GetSendStatisticsResult><SendDataPoints/>"
                                 "</GetSendStatisticsResult></GetSendStatisticsResponse>";
        server.enqueue(xml(fixture(QStringLiteral("get-send-statistics-unsorted.xml"))));
        server.enqueue(sts);
        server.enqueue(xml(empty));
        server.enqueue(sts);
        QTemporaryDir home;
        auto runner = cli(server.url(), home.path());
        const QStringList args{QStringLiteral("stats"),
            QStringLiteral("sending"),
            QStringLiteral("--csv"),
            QStringLiteral("--range"),
            QStringLiteral("all"),
            QStringLiteral("--period"),
            QStringLiteral("1d")};
        const auto first = runner.sesdesk(args);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("sesdesk/statistics.sqlite"))));
        // SES has forgotten everything; the history has not.
        const auto second = runner.sesdesk(args);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QStringLiteral("2026-03-10T00:00:00Z,120,4,1,1")), qPrintable(second.out));
        QVERIFY(second.out.contains(QStringLiteral("2026-03-11T00:00:00Z,21,1,1,2")));
        QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
    }

    void cliReputationTable()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(ScriptedHttpServer::Reply::json(200, recentMetricData({0.052, 0.03, 0.02}, {0.0004, 0.0006})));
        server.enqueue(ScriptedHttpServer::Reply::json(
            200, "{\"EnforcementStatus\":\"HEALTHY\",\"ProductionAccessEnabled\":true,\"SendingEnabled\":true}"));
        QTemporaryDir home;
        const auto run = cli(server.url(), home.path())
                             .sesdesk({QStringLiteral("stats"),
                                 QStringLiteral("reputation"),
                                 QStringLiteral("--no-history"),
                                 QStringLiteral("--protocol"),
                                 QStringLiteral("json"),
                                 QStringLiteral("--range"),
                                 QStringLiteral("24h")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("5.20% at")), qPrintable(run.out));
        QVERIFY(
            run.out.contains(QStringLiteral("Under review risk (review at 5.00%, sending may be paused at 10.00%)")));
        QVERIFY(run.out.contains(QStringLiteral("0.040% at")));
        QVERIFY(run.out.contains(QStringLiteral("Enforcement status  HEALTHY")));
        QCOMPARE(server.requests().first().header("X-Amz-Target"),
            QByteArray("GraniteServiceVersion20100801.GetMetricData"));
    }

    void cliUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("period") << QStringList{QStringLiteral("stats"),
            QStringLiteral("sending"),
            QStringLiteral("--period"),
            QStringLiteral("5m")}
                                << QStringLiteral("--period must be 15m, 1h or 1d, not \"5m\"");
        QTest::newRow("range") << QStringList{QStringLiteral("stats"),
            QStringLiteral("reputation"),
            QStringLiteral("--range"),
            QStringLiteral("1y")}
                               << QStringLiteral("--range must be 24h, 3d, 7d, 14d or all");
        QTest::newRow("protocol") << QStringList{QStringLiteral("stats"),
            QStringLiteral("reputation"),
            QStringLiteral("--protocol"),
            QStringLiteral("cbor")}
                                  << QStringLiteral("--protocol must be query or json");
    }
    void cliUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        QTemporaryDir home;
        const auto run = cli(server.url(), home.path()).sesdesk(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_StatsClients)
#include "tst_statsclients.moc"
