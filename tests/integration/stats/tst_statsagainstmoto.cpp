// `sesdesk-cli stats` against moto's CloudWatch and SES, compared with what the AWS CLI prints
// against the same server: after `aws cloudwatch put-metric-data` of reputation values, both
// tools show the same rates; send statistics, quota and alarms agree too.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/AwsTimestamp.h"
#include "models/ses/CloudWatchJsonCodec.h"
#include "models/ses/ReputationQuery.h"

#include "tests/support/CliRunner.h"
#include "tests/support/Fixtures.h"

using TestSupport::CliRun;

class tst_StatsAgainstMoto : public QObject
{
    Q_OBJECT

private:
    TestSupport::CliRunner m_cli;
    QString m_endpoint;
    QTemporaryDir m_home;

    CliRun ours(const QStringList &args)
    {
        return m_cli.sesdesk(QStringList{QStringLiteral("--endpoint-url"), m_endpoint} + args);
    }
    CliRun theirs(const QStringList &args)
    {
        return m_cli.aws(
            QStringList{
                QStringLiteral("--endpoint-url"), m_endpoint, QStringLiteral("--output"), QStringLiteral("json")}
            + args);
    }
    static QString describe(const CliRun &run)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(run.exitCode), run.out, run.err);
    }
    /// Id -> (epoch ms -> value) from a GetMetricData answer as either tool prints it.
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
    static QString percent(double ratio)
    {
        return QStringLiteral("%1%").arg(QString::number(ratio * 100.0, 'f', ratio < 0.01 ? 3 : 2));
    }
    bool putReputation(const QString &metric, const QString &configurationSet, const QDateTime &at, double value)
    {
        QString data = QStringLiteral("MetricName=%1,Timestamp=%2,Value=%3")
                           .arg(metric, Ses::AwsTimestamp::toIso(at), QString::number(value, 'g', 10));
        if (!configurationSet.isEmpty())
            data += QStringLiteral(",Dimensions=[{Name=ses:configuration-set,Value=%1}]").arg(configurationSet);
        const CliRun r = theirs({QStringLiteral("cloudwatch"),
            QStringLiteral("put-metric-data"),
            QStringLiteral("--namespace"),
            QStringLiteral("AWS/SES"),
            QStringLiteral("--metric-data"),
            data});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(describe(r)));
        return r.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QUrl moto = TestSupport::motoUrl();
        QVERIFY2(moto.isValid(), "the moto fixture is not running (ctest fixture \"moto\")");
        m_endpoint = moto.toString();
        QVERIFY2(!QStringLiteral(SESDESK_AWS_CLI).isEmpty(), "the AWS CLI was not found at configure time");
        QVERIFY(m_home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : env.keys()) {
            if (k.startsWith(QLatin1String("AWS_")))
                env.remove(k);
        }
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/sesdesk-test-config"));
        env.insert(
            QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent/sesdesk-test-credentials"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        m_cli.setEnvironment(env);
    }

    void reputationShowsWhatGetMetricDataPrints_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("configurationSet");
        QTest::addColumn<double>("base");
        QTest::newRow("account, query") << QStringLiteral("query") << QString() << 0.011;
        QTest::newRow("account, json") << QStringLiteral("json") << QString() << 0.021;
        QTest::newRow("configuration set, query") << QStringLiteral("query") << QStringLiteral("moto-rep-q") << 0.061;
        QTest::newRow("configuration set, json") << QStringLiteral("json") << QStringLiteral("moto-rep-j") << 0.101;
    }
    void reputationShowsWhatGetMetricDataPrints()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, configurationSet);
        QFETCH(double, base);
        // Hourly values over the last few hours, as SES publishes them.
        const QDateTime hour = Ses::Aggregation(Ses::Aggregation::Hour).bucketStart(QDateTime::currentDateTimeUtc());
        for (int k = 1; k <= 4; ++k) {
            QVERIFY(putReputation(
                QStringLiteral("Reputation.BounceRate"), configurationSet, hour.addSecs(-k * 3600), base + k * 0.001));
            QVERIFY(putReputation(QStringLiteral("Reputation.ComplaintRate"),
                configurationSet,
                hour.addSecs(-k * 3600),
                base / 50 + k * 0.0001));
        }

        QStringList args{QStringLiteral("stats"),
            QStringLiteral("reputation"),
            QStringLiteral("--range"),
            QStringLiteral("24h"),
            QStringLiteral("--no-history"),
            QStringLiteral("--protocol"),
            protocol};
        if (!configurationSet.isEmpty())
            args << QStringLiteral("--configuration-set") << configurationSet;

        // The same query through the AWS CLI, over the range sesdesk-cli uses (retried if the
        // hour turns between the two runs).
        CliRun ourJson, awsJson;
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Ses::TimeRange range = Ses::TimeRange::preset(
                Ses::TimeRange::Last24Hours, QDateTime::currentDateTimeUtc(), Ses::Aggregation::Hour);
            const Ses::GetMetricDataRequest request
                = Ses::ReputationQuery::build(range, Ses::Aggregation::Hour, configurationSet);
            const QJsonArray queries
                = Ses::CloudWatchJsonCodec::getMetricData(request).value(QStringLiteral("MetricDataQueries")).toArray();
            ourJson = ours(QStringList{QStringLiteral("--output"), QStringLiteral("json")} + args);
            awsJson = theirs({QStringLiteral("cloudwatch"),
                QStringLiteral("get-metric-data"),
                QStringLiteral("--metric-data-queries"),
                QString::fromUtf8(QJsonDocument(queries).toJson(QJsonDocument::Compact)),
                QStringLiteral("--start-time"),
                Ses::AwsTimestamp::toIso(range.from()),
                QStringLiteral("--end-time"),
                Ses::AwsTimestamp::toIso(range.to())});
            if (Ses::TimeRange::preset(
                    Ses::TimeRange::Last24Hours, QDateTime::currentDateTimeUtc(), Ses::Aggregation::Hour)
                == range)
                break;
        }
        QVERIFY2(ourJson.exitCode == 0, qPrintable(describe(ourJson)));
        QVERIFY2(awsJson.exitCode == 0, qPrintable(describe(awsJson)));
        const auto mine = series(ourJson.json().object());
        const auto aws = series(awsJson.json().object());
        QCOMPARE(mine.keys(), (QList<QString>{QStringLiteral("bounceRate"), QStringLiteral("complaintRate")}));
        QVERIFY(aws.value(QStringLiteral("bounceRate")).size() >= 4);
        QCOMPARE(mine, aws);
        // Over awsJson, our JSON is the AWS CLI's, byte for byte once parsed.
        if (protocol == QLatin1String("json"))
            QCOMPARE(ourJson.json(), awsJson.json());

        // For people: the latest value the AWS CLI shows, as a percentage, with its status.
        const CliRun table = ours(args);
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        const auto bounce = aws.value(QStringLiteral("bounceRate"));
        const double latest = bounce.last();
        QVERIFY2(table.out.contains(QStringLiteral("Bounce rate         %1 at").arg(percent(latest))),
            qPrintable(table.out));
        const QString status = latest >= 0.10 ? QStringLiteral("At risk")
            : latest >= 0.05                  ? QStringLiteral("Under review risk")
                                              : QStringLiteral("Healthy");
        QVERIFY2(table.out.contains(QStringLiteral("UTC, %1 (review at 5.00%").arg(status)), qPrintable(table.out));
        const double latestComplaint = aws.value(QStringLiteral("complaintRate")).last();
        QVERIFY2(table.out.contains(QStringLiteral("Complaint rate      %1 at").arg(percent(latestComplaint))),
            qPrintable(table.out));

        // CSV: every value the AWS CLI printed, in its hour.
        const CliRun csv = ours(args + QStringList{QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        for (auto it = bounce.cbegin(); it != bounce.cend(); ++it) {
            const QString time = Ses::AwsTimestamp::toIso(QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC));
            QVERIFY2(
                csv.out.contains(time + QLatin1Char(',') + QString::number(it.value(), 'g', 15) + QLatin1Char(',')),
                qPrintable(csv.out));
        }
    }

    void sendStatisticsMatchAwsSes()
    {
        QCOMPARE(theirs({QStringLiteral("ses"),
                            QStringLiteral("verify-email-identity"),
                            QStringLiteral("--email-address"),
                            QStringLiteral("stats@moto.example.com")})
                     .exitCode,
            0);
        const CliRun sent = theirs({QStringLiteral("ses"),
            QStringLiteral("send-email"),
            QStringLiteral("--from"),
            QStringLiteral("stats@moto.example.com"),
            QStringLiteral("--destination"),
            QStringLiteral("ToAddresses=a@moto.example.com,b@moto.example.com,CcAddresses=c@moto.example.com"),
            QStringLiteral("--message"),
            QStringLiteral("Subject={Data=s},Body={Text={Data=t}}")});
        QVERIFY2(sent.exitCode == 0, qPrintable(describe(sent)));

        const CliRun mine = ours({QStringLiteral("--output"),
            QStringLiteral("json"),
            QStringLiteral("stats"),
            QStringLiteral("sending"),
            QStringLiteral("--no-history")});
        const CliRun aws = theirs({QStringLiteral("ses"), QStringLiteral("get-send-statistics")});
        QVERIFY2(mine.exitCode == 0, qPrintable(describe(mine)));
        QVERIFY2(aws.exitCode == 0, qPrintable(describe(aws)));
        const QJsonArray ourPoints = mine.json().object().value(QStringLiteral("SendDataPoints")).toArray();
        const QJsonArray awsPoints = aws.json().object().value(QStringLiteral("SendDataPoints")).toArray();
        QCOMPARE(ourPoints.size(), awsPoints.size());
        QVERIFY(!ourPoints.isEmpty());
        // moto stamps its single point with the time of each call; the counters must agree.
        for (qsizetype i = 0; i < ourPoints.size(); ++i) {
            QJsonObject a = ourPoints.at(i).toObject();
            QJsonObject b = awsPoints.at(i).toObject();
            QVERIFY(Ses::AwsTimestamp::fromJson(a.take(QStringLiteral("Timestamp"))).isValid());
            b.remove(QStringLiteral("Timestamp"));
            QCOMPARE(a, b);
        }
        const qint64 attempts
            = static_cast<qint64>(awsPoints.first().toObject().value(QStringLiteral("DeliveryAttempts")).toDouble());
        QVERIFY(attempts >= 3); // recipients count

        const CliRun table = ours({QStringLiteral("stats"),
            QStringLiteral("sending"),
            QStringLiteral("--no-history"),
            QStringLiteral("--range"),
            QStringLiteral("24h")});
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        QVERIFY2(table.out.contains(QStringLiteral("Delivery attempts   %1\n").arg(attempts)), qPrintable(table.out));
    }

    void quotaMatchesAwsSes()
    {
        const CliRun mine = ours(
            {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("stats"), QStringLiteral("quota")});
        const CliRun aws = theirs({QStringLiteral("ses"), QStringLiteral("get-send-quota")});
        QVERIFY2(mine.exitCode == 0, qPrintable(describe(mine)));
        QCOMPARE(mine.json(), aws.json());
    }

    void historyKeepsWhatWasFetched()
    {
        const CliRun first = ours({QStringLiteral("stats"),
            QStringLiteral("sending"),
            QStringLiteral("--csv"),
            QStringLiteral("--range"),
            QStringLiteral("24h")});
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
        // moto has STS: the history is keyed by its account id.
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("sesdesk/statistics.sqlite"))));
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
        const QString set = QStringLiteral("alarms-") + protocol;
        const QString topic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-alerts");
        const QStringList names{QStringLiteral("SesDesk-us-east-1-Reputation.BounceRate-review-") + set,
            QStringLiteral("SesDesk-us-east-1-Reputation.ComplaintRate-review-") + set};
        const CliRun dry = ours({QStringLiteral("stats"),
            QStringLiteral("alarms"),
            QStringLiteral("create"),
            QStringLiteral("--configuration-set"),
            set,
            QStringLiteral("--dry-run"),
            QStringLiteral("--protocol"),
            protocol});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(names.first()));
        auto describeAlarms = [&] {
            return theirs(
                QStringList{
                    QStringLiteral("cloudwatch"), QStringLiteral("describe-alarms"), QStringLiteral("--alarm-names")}
                + names)
                .json()
                .object()
                .value(QStringLiteral("MetricAlarms"))
                .toArray();
        };
        QCOMPARE(describeAlarms().size(), 0); // a dry run creates nothing

        const CliRun created = ours({QStringLiteral("stats"),
            QStringLiteral("alarms"),
            QStringLiteral("create"),
            QStringLiteral("--configuration-set"),
            set,
            QStringLiteral("--alarm-action"),
            topic,
            QStringLiteral("--protocol"),
            protocol});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        const QJsonArray alarms = describeAlarms();
        QCOMPARE(alarms.size(), 2);
        for (const QJsonValue &v : alarms) {
            const QJsonObject a = v.toObject();
            const bool bounce
                = a.value(QStringLiteral("MetricName")).toString() == QLatin1String("Reputation.BounceRate");
            QCOMPARE(a.value(QStringLiteral("Threshold")).toDouble(), bounce ? 0.05 : 0.001);
            QCOMPARE(a.value(QStringLiteral("Namespace")).toString(), QStringLiteral("AWS/SES"));
            QCOMPARE(a.value(QStringLiteral("Statistic")).toString(), QStringLiteral("Average"));
            QCOMPARE(a.value(QStringLiteral("ComparisonOperator")).toString(),
                QStringLiteral("GreaterThanOrEqualToThreshold"));
            QCOMPARE(a.value(QStringLiteral("TreatMissingData")).toString(), QStringLiteral("ignore"));
            QCOMPARE(a.value(QStringLiteral("AlarmActions")).toArray(), QJsonArray{topic});
            QCOMPARE(a.value(QStringLiteral("ActionsEnabled")).toBool(), true);
            QCOMPARE(a.value(QStringLiteral("Dimensions")).toArray(),
                (QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("ses:configuration-set")},
                    {QStringLiteral("Value"), set}}}));
        }

        const CliRun listed = ours({QStringLiteral("--output"),
            QStringLiteral("json"),
            QStringLiteral("stats"),
            QStringLiteral("alarms"),
            QStringLiteral("list"),
            QStringLiteral("--protocol"),
            protocol});
        QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
        QStringList listedNames;
        for (const QJsonValue &v : listed.json().object().value(QStringLiteral("MetricAlarms")).toArray())
            listedNames.append(v.toObject().value(QStringLiteral("AlarmName")).toString());
        for (const QString &n : names)
            QVERIFY2(listedNames.contains(n), qPrintable(listedNames.join(QLatin1Char(' '))));

        const CliRun deleted = ours({QStringLiteral("stats"),
            QStringLiteral("alarms"),
            QStringLiteral("delete"),
            QStringLiteral("--configuration-set"),
            set,
            QStringLiteral("--protocol"),
            protocol});
        QVERIFY2(deleted.exitCode == 0, qPrintable(describe(deleted)));
        QCOMPARE(describeAlarms().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_StatsAgainstMoto)
#include "tst_statsagainstmoto.moc"
