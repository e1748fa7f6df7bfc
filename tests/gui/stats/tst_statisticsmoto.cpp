// The Statistics pane against moto's CloudWatch: after `aws cloudwatch put-metric-data` of
// reputation values (hourly, with a missing hour) for a configuration set, the pane's charts,
// values and badges show exactly the rates `sesdesk-cli stats reputation` prints for the same
// set: the latest value and its status, and every hour of the series (CSV).
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/Clock.h"
#include "models/aws/CredentialsProvider.h"
#include "models/connection/Session.h"
#include "models/items/TimeSeriesModel.h"
#include "models/ses/AwsTimestamp.h"
#include "models/ses/ReputationThresholds.h"
#include "models/ses/TimeSeriesCsv.h"

#include "views/charts/TimeSeriesChartView.h"
#include "views/panes/StatisticsPane.h"
#include "views/widgets/StatusBadge.h"

#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/CliRunner.h"
#include "tests/support/FindChild.h"
#include "tests/support/Fixtures.h"

using TestSupport::CliRun;

namespace
{
const QString kRegion = QStringLiteral("ap-northeast-2");
}

class TestStatisticsMoto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void paneShowsTheRatesTheCliPrints_data();
    void paneShowsTheRatesTheCliPrints();

private:
    template <typename T> T *child(const QString &name) const
    {
        return TestSupport::child<T>(m_pane.get(), name);
    }
    static QString describe(const CliRun &run)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(run.exitCode), run.out, run.err);
    }
    bool putReputation(const QString &metric, const QString &configurationSet, const QDateTime &at, double value);
    /// The pane on the given configuration set, loaded.
    bool openPane(const QString &configurationSet);

    TestSupport::CliRunner m_cli;
    QString m_endpoint;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    Aws::SystemClock m_clock;
    std::shared_ptr<Connection::Session> m_session;
    TestSupport::ScriptedMessageBoxes m_boxes;
    std::unique_ptr<Views::StatisticsPane> m_pane;
};

bool TestStatisticsMoto::putReputation(
    const QString &metric, const QString &configurationSet, const QDateTime &at, double value)
{
    const CliRun r = m_cli.aws({QStringLiteral("--endpoint-url"),
        m_endpoint,
        QStringLiteral("cloudwatch"),
        QStringLiteral("put-metric-data"),
        QStringLiteral("--namespace"),
        QStringLiteral("AWS/SES"),
        QStringLiteral("--metric-data"),
        QStringLiteral("MetricName=%1,Timestamp=%2,Value=%3,Dimensions=[{Name=ses:configuration-set,Value=%4}]")
            .arg(metric, Ses::AwsTimestamp::toIso(at), QString::number(value, 'g', 10), configurationSet)});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return r.exitCode == 0;
}

void TestStatisticsMoto::initTestCase()
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
    // A region of its own: the moto fixture is shared with tst_statsagainstmoto, which may run at
    // the same time and puts account-level reputation values too (moto keeps them per region).
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), kRegion);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/sesdesk-test-config"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent/sesdesk-test-credentials"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
    m_cli.setEnvironment(env);

    Aws::ClientConfig client;
    client.region = kRegion;
    client.endpointOverride = moto;
    client.managementRatePerSecond = 0;
    auto aws = std::make_unique<Aws::AwsClient>(&m_network,
        std::make_shared<Aws::StaticCredentialsProvider>(
            Aws::Credentials{QStringLiteral("testing"), QStringLiteral("testing"), {}, {}}, QStringLiteral("moto")),
        &m_clock,
        client);
    m_session = std::make_shared<Connection::Session>(
        Connection::Session::Description{Connection::ProfileRef::awsCli(QStringLiteral("moto")),
            QStringLiteral("moto"),
            kRegion,
            QStringLiteral("test")},
        std::move(aws));
}

void TestStatisticsMoto::cleanup()
{
    m_pane.reset();
}

bool TestStatisticsMoto::openPane(const QString &configurationSet)
{
    m_pane = std::make_unique<Views::StatisticsPane>(Views::PaneContext{&m_boxes, nullptr, &m_clock, nullptr});
    m_pane->resize(1280, 1000);
    m_pane->show();
    m_pane->setSession(m_session);
    QSignalSpy loaded(m_pane.get(), &Views::Pane::loaded);
    m_pane->reload();
    if (!loaded.wait(30000))
        return false;
    // Typed in as a user would; the reputation charts follow.
    QSignalSpy reputation(m_pane.get(), &Views::StatisticsPane::reputationUpdated);
    auto *sets = child<QComboBox>(QStringLiteral("configurationSetCombo"));
    sets->setFocus();
    sets->lineEdit()->selectAll();
    QTest::keyClicks(sets->lineEdit(), configurationSet);
    QTest::keyClick(sets->lineEdit(), Qt::Key_Return);
    return reputation.wait(30000);
}

void TestStatisticsMoto::paneShowsTheRatesTheCliPrints_data()
{
    QTest::addColumn<double>("bounce");
    QTest::addColumn<double>("complaint");
    QTest::addColumn<QString>("status");
    // The first hour's values; each later hour adds a little, so the latest is the highest.
    QTest::newRow("healthy") << 0.011 << 0.0003 << QStringLiteral("Healthy");
    QTest::newRow("under review risk") << 0.051 << 0.0011 << QStringLiteral("Under review risk");
    QTest::newRow("at risk") << 0.101 << 0.0051 << QStringLiteral("At risk");
}

void TestStatisticsMoto::paneShowsTheRatesTheCliPrints()
{
    QFETCH(double, bounce);
    QFETCH(double, complaint);
    QFETCH(QString, status);
    // Our own set on the shared server: nothing else writes to it.
    const QString set
        = QStringLiteral("gui-%1-%2")
              .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')))
              .arg(QCoreApplication::applicationPid());
    const QDateTime hour = Ses::Aggregation(Ses::Aggregation::Hour).bucketStart(QDateTime::currentDateTimeUtc());
    for (int k = 6; k >= 1; --k) {
        if (k == 3)
            continue; // an hour without a value: a gap in both
        QVERIFY(putReputation(
            QStringLiteral("Reputation.BounceRate"), set, hour.addSecs(-k * 3600), bounce + (6 - k) * 0.001));
        QVERIFY(putReputation(
            QStringLiteral("Reputation.ComplaintRate"), set, hour.addSecs(-k * 3600), complaint + (6 - k) * 0.0001));
    }

    const QStringList args{QStringLiteral("--endpoint-url"),
        m_endpoint,
        QStringLiteral("stats"),
        QStringLiteral("reputation"),
        QStringLiteral("--configuration-set"),
        set,
        QStringLiteral("--no-history")};
    CliRun printed, csv;
    QByteArray shownCsv;
    // The pane and the CLI each take "now": again if the hour turned in between.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QDateTime before = Ses::Aggregation(Ses::Aggregation::Hour).bucketStart(QDateTime::currentDateTimeUtc());
        QVERIFY(openPane(set));
        printed = m_cli.sesdesk(args);
        csv = m_cli.sesdesk(args + QStringList{QStringLiteral("--csv")});
        shownCsv = Ses::TimeSeriesCsv::write(m_pane->reputationModel()->table());
        if (Ses::Aggregation(Ses::Aggregation::Hour).bucketStart(QDateTime::currentDateTimeUtc()) == before)
            break;
    }
    QVERIFY2(printed.exitCode == 0, qPrintable(describe(printed)));
    QVERIFY2(csv.exitCode == 0, qPrintable(describe(csv)));

    // Every hour of the two weeks the pane holds is the CLI's, gaps included.
    QCOMPARE(QString::fromUtf8(shownCsv), csv.out);
    QCOMPARE(m_pane->reputationModel()->rowCount(), 14 * 24);
    for (const auto &[name, metric] : {std::pair{QStringLiteral("bounceRate"), QStringLiteral("Reputation.BounceRate")},
             std::pair{QStringLiteral("complaintRate"), QStringLiteral("Reputation.ComplaintRate")}}) {
        auto *chart = child<Views::TimeSeriesChartView>(name + QStringLiteral("Chart"));
        QCOMPARE(chart->pointCount(metric), 5);
        QCOMPARE(chart->segmentCount(metric), 2);
    }

    // The latest values and their status, as the CLI prints them.
    for (const auto &[name, label, latest] :
        {std::tuple{QStringLiteral("bounceRate"), QStringLiteral("Bounce rate"), bounce + 5 * 0.001},
            std::tuple{QStringLiteral("complaintRate"), QStringLiteral("Complaint rate"), complaint + 5 * 0.0001}}) {
        const QRegularExpression line(QStringLiteral("^%1 +([0-9.]+%) at [^,]+ UTC, ([^(]+) \\(").arg(label),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = line.match(printed.out);
        QVERIFY2(m.hasMatch(), qPrintable(printed.out));
        const QString cliValue = m.captured(1);
        const QString cliStatus = m.captured(2).trimmed();
        // Not vacuous: the CLI shows what was put.
        QCOMPARE(cliValue, QString::number(latest * 100.0, 'f', latest < 0.01 ? 3 : 2) + QLatin1Char('%'));
        QCOMPARE(cliStatus, status);
        const QString shown = child<QLabel>(name + QStringLiteral("ValueLabel"))->text();
        QVERIFY2(shown.startsWith(cliValue + QLatin1Char(' ')), qPrintable(shown + QStringLiteral(" / ") + cliValue));
        QCOMPARE(child<Views::StatusBadge>(name + QStringLiteral("Badge"))->text(), cliStatus);
    }
}

QTEST_MAIN(TestStatisticsMoto)
#include "tst_statisticsmoto.moc"
