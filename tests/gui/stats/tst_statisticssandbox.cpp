// The Statistics pane against the SesDesk Sandbox, in process: two weeks of mail are sent
// through the Sandbox on a clock that walks through them, then the pane must show exactly what
// the Sandbox's GetSendStatistics says over those two weeks, bucket for bucket; switching the
// aggregation changes the point counts as the data says; the exported CSV adds up to the API's
// totals and the PNG is written; the Sandbox's CloudWatch reputation and alarms work end to end.
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/connection/Session.h"
#include "models/items/TimeSeriesModel.h"
#include "models/ses/CloudWatchClient.h"
#include "models/ses/SendTotals.h"
#include "models/ses/SesClient.h"
#include "models/ses/SesV1Client.h"

#include "views/charts/TimeSeriesChartView.h"
#include "views/panes/StatisticsPane.h"
#include "views/widgets/StatusBadge.h"

#include "sandbox/SandboxServer.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FindChild.h"
#include "tests/support/WaitForAnswer.h"

using namespace TestSupport;

class TestStatisticsSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartsShowTheSandboxsTwoWeeks_data();
    void chartsShowTheSandboxsTwoWeeks();
    void exportMatchesTheApi();
    void reputationAndAlarmsFromTheSandbox();

private:
    template <typename T> T *child(const QString &name) const
    {
        return TestSupport::child<T>(m_pane.get(), name);
    }
    int control(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    static int distinctBuckets(
        const QList<Ses::SendDataPoint> &points, Ses::Aggregation aggregation, const Ses::TimeRange &range);

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC)};
    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::shared_ptr<Connection::Session> m_session;
    QList<Ses::SendDataPoint> m_api; // GetSendStatistics, as the Sandbox answers it
    qint64 m_sent = 0;
    ScriptedMessageBoxes m_boxes;
    std::unique_ptr<Views::StatisticsPane> m_pane;
};

int TestStatisticsSandbox::control(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_sandbox->url().resolved(QUrl(path)));
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

int TestStatisticsSandbox::distinctBuckets(
    const QList<Ses::SendDataPoint> &points, Ses::Aggregation aggregation, const Ses::TimeRange &range)
{
    // Counted here from the API's points, independently of the series code.
    QSet<qint64> buckets;
    for (const Ses::SendDataPoint &p : points) {
        if (range.contains(p.timestamp))
            buckets.insert(p.timestamp.toSecsSinceEpoch() / aggregation.seconds());
    }
    return static_cast<int>(buckets.size());
}

void TestStatisticsSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", m_dir.path().toLocal8Bit());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Documents")));

    Sandbox::SandboxConfig config;
    config.production = true;
    config.verifyDelaySeconds = 0;
    config.checkResponses = true;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config, m_clock);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    Aws::ClientConfig client;
    client.region = m_sandbox->region();
    client.endpointOverride = m_sandbox->url();
    client.managementRatePerSecond = 0;
    // The client signs on the Sandbox's clock, which this test moves through two weeks.
    auto aws = std::make_unique<Aws::AwsClient>(&m_network,
        std::make_shared<Aws::StaticCredentialsProvider>(m_sandbox->credentials(), QStringLiteral("sandbox")),
        &m_clock,
        client);
    m_session
        = std::make_shared<Connection::Session>(Connection::Session::Description{Connection::ProfileRef::sandbox(),
                                                    QStringLiteral("Local Sandbox"),
                                                    m_sandbox->region(),
                                                    QStringLiteral("test")},
            std::move(aws));

    Ses::CreateEmailIdentityRequest identity;
    identity.emailIdentity = QStringLiteral("stats.example.com");
    const auto created = TestSupport::waitForAnswer<Aws::Result<Ses::CreateEmailIdentityResult>>([&](auto done) {
        m_session->ses()->createEmailIdentity(identity, this, done);
    });
    QVERIFY(created && created->ok());
    QCOMPARE(control("POST", QStringLiteral("/_sandbox/identities/stats.example.com/verify")), 200);
    QCOMPARE(control("PUT",
                 QStringLiteral("/_sandbox/account/send-quota"),
                 R"({"max24HourSend": 1000000, "maxSendRate": 1000})"),
        200);

    // Four sends a day for two weeks, nothing on 5 March; a bounce and a complaint now and then.
    for (int day = 0; day < 14; ++day) {
        if (day == 4)
            continue;
        for (int hour : {8, 12, 16, 20}) {
            m_clock.set(QDateTime(QDate(2026, 3, 1).addDays(day), QTime(hour, 7), Qt::UTC));
            Ses::SendEmailRequest mail;
            mail.fromEmailAddress = QStringLiteral("news@stats.example.com");
            const int readers = 10 + (day * 7 + hour) % 30;
            for (int i = 0; i < readers; ++i)
                mail.toAddresses.append(QStringLiteral("reader%1@example.net").arg(i));
            if (hour == 12)
                mail.toAddresses.append(QStringLiteral("bounce@simulator.amazonses.com"));
            if (hour == 16 && day % 2 == 0)
                mail.toAddresses.append(QStringLiteral("complaint@simulator.amazonses.com"));
            mail.subject = QStringLiteral("Newsletter");
            mail.textBody = QStringLiteral("Hello");
            const auto sent = TestSupport::waitForAnswer<Aws::Result<Ses::SendEmailResult>>([&](auto done) {
                m_session->ses()->sendEmail(mail, this, done);
            });
            QVERIFY2(sent && sent->ok(),
                qPrintable(sent && sent->isError() ? sent->error().toString() : QStringLiteral("timeout")));
            m_sent += mail.toAddresses.size();
        }
    }
    // "Now": the last minute of 14 March.
    m_clock.set(QDateTime(QDate(2026, 3, 14), QTime(23, 59), Qt::UTC));
    Ses::SesV1Client v1(m_session->aws());
    const auto stats = TestSupport::waitForAnswer<Aws::Result<Ses::SendStatistics>>([&](auto done) {
        v1.getSendStatistics(this, done);
    });
    QVERIFY(stats && stats->ok());
    m_api = stats->value().points;
    QCOMPARE(m_api.size(), 13 * 4);
    qint64 attempts = 0;
    for (const Ses::SendDataPoint &p : m_api)
        attempts += p.deliveryAttempts;
    QCOMPARE(attempts, m_sent);
}

void TestStatisticsSandbox::init()
{
    m_pane = std::make_unique<Views::StatisticsPane>(Views::PaneContext{&m_boxes, nullptr, &m_clock, nullptr});
    m_pane->resize(1200, 1000);
    m_pane->show();
    m_pane->setSession(m_session);
    QSignalSpy loaded(m_pane.get(), &Views::Pane::loaded);
    m_pane->reload();
    QVERIFY(loaded.wait(10000));
}

void TestStatisticsSandbox::cleanup()
{
    m_pane.reset();
}

void TestStatisticsSandbox::chartsShowTheSandboxsTwoWeeks_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("rows");
    QTest::newRow("15 minutes") << 0 << 14 * 96;
    QTest::newRow("hour") << 1 << 14 * 24;
    QTest::newRow("day") << 2 << 14;
}

void TestStatisticsSandbox::chartsShowTheSandboxsTwoWeeks()
{
    QFETCH(int, index);
    QFETCH(int, rows);
    auto *period = child<QComboBox>(QStringLiteral("periodCombo"));
    period->setFocus();
    QTest::keyClick(period, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(period, Qt::Key_Down);
    QCOMPARE(period->currentIndex(), index);
    const Ses::Aggregation aggregation = Ses::Aggregation(static_cast<Ses::Aggregation::Period>(index));
    const Ses::TimeRange range = m_pane->currentRange();
    // The Sandbox's whole two weeks, from 1 March.
    QCOMPARE(range.from(), QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(m_pane->sendingModel()->rowCount(), rows);
    auto *chart = child<Views::TimeSeriesChartView>(QStringLiteral("sendingChart"));
    const int expected = distinctBuckets(m_api, aggregation, range);
    QCOMPARE(chart->pointCount(QStringLiteral("DeliveryAttempts")), expected);
    QCOMPARE(chart->pointCount(QStringLiteral("Bounces")), expected);
    // Days: 13 with mail; the silent 5 March is a gap between two lines.
    if (aggregation.period() == Ses::Aggregation::Day) {
        QCOMPARE(expected, 13);
        QCOMPARE(chart->segmentCount(QStringLiteral("DeliveryAttempts")), 2);
    } else {
        QCOMPARE(expected, 52);
    }
    QCOMPARE(child<QLabel>(QStringLiteral("totalDeliveryAttemptsLabel"))->text(), QLocale().toString(m_sent));
}

void TestStatisticsSandbox::exportMatchesTheApi()
{
    for (const auto &[button, file] :
        {std::pair{QStringLiteral("sendingExportCsvButton"), QStringLiteral("sandbox.csv")},
            std::pair{QStringLiteral("sendingExportPngButton"), QStringLiteral("sandbox.png")}}) {
        QTest::mouseClick(child<QToolButton>(button), Qt::LeftButton);
        QPointer<QFileDialog> dialog;
        QTRY_VERIFY((dialog = m_pane->findChild<QFileDialog *>(QStringLiteral("exportChartFileDialog")))
            && dialog->isVisible());
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, file);
        if (QCompleter *completer = edit->completer(); completer && completer->popup()->isVisible())
            QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(m_dir.filePath(QStringLiteral("Documents/") + file)));
        // The dialog goes away with the command.
        QTRY_VERIFY(!dialog);
    }
    QFile csv(m_dir.filePath(QStringLiteral("Documents/sandbox.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    qint64 sums[4] = {0, 0, 0, 0};
    const QList<QByteArray> lines = csv.readAll().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> cells = line.trimmed().split(',');
        for (int c = 0; c < 4 && cells.size() == 5; ++c)
            sums[c] += cells.at(c + 1).toLongLong();
    }
    Ses::SendTotals api;
    for (const Ses::SendDataPoint &p : m_api)
        api.add(p);
    QCOMPARE(sums[0], api.deliveryAttempts);
    QCOMPARE(sums[1], api.bounces);
    QCOMPARE(sums[2], api.complaints);
    QCOMPARE(sums[3], api.rejects);
    QVERIFY(api.bounces > 0 && api.complaints > 0);
    QVERIFY(!QImage(m_dir.filePath(QStringLiteral("Documents/sandbox.png"))).isNull());
}

void TestStatisticsSandbox::reputationAndAlarmsFromTheSandbox()
{
    // The Sandbox computes the rates without mailbox-simulator mail: 0%, healthy.
    auto *bounceChart = child<Views::TimeSeriesChartView>(QStringLiteral("bounceRateChart"));
    QVERIFY(bounceChart->pointCount(QStringLiteral("Reputation.BounceRate")) > 0);
    QCOMPARE(child<Views::StatusBadge>(QStringLiteral("bounceRateBadge"))->text(), QStringLiteral("Healthy"));
    QCOMPARE(child<Views::StatusBadge>(QStringLiteral("complaintRateBadge"))->text(), QStringLiteral("Healthy"));
    QCOMPARE(child<Views::StatusBadge>(QStringLiteral("enforcementStatusBadge"))->text(), QStringLiteral("Healthy"));

    QTest::mouseClick(child<QPushButton>(QStringLiteral("createAlarmButton")), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_pane->findChild<QDialog *>(QStringLiteral("createAlarmsDialog"))) && dialog->isVisible());
    QSignalSpy info(m_pane.get(), &Views::StatisticsPane::info);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createAlarmsButton")), Qt::LeftButton);
    QTRY_VERIFY(!info.isEmpty());
    Ses::CloudWatchClient cloudWatch(m_session->aws());
    Ses::DescribeAlarmsRequest request;
    request.alarmNamePrefix = QStringLiteral("SesDesk-");
    const auto alarms = TestSupport::waitForAnswer<Aws::Result<Ses::DescribeAlarmsResult>>([&](auto done) {
        cloudWatch.describeAlarms(request, this, done);
    });
    QVERIFY(alarms && alarms->ok());
    QCOMPARE(alarms->value().metricAlarms.size(), 2);
    for (const Ses::MetricAlarm &a : alarms->value().metricAlarms) {
        QCOMPARE(a.namespaceName, QStringLiteral("AWS/SES"));
        QCOMPARE(a.threshold, a.metricName == QLatin1String("Reputation.BounceRate") ? 0.05 : 0.001);
        // The Sandbox evaluates it against the account's healthy rates.
        QVERIFY2(a.stateValue != QLatin1String("ALARM"), qPrintable(a.stateReason));
    }
}

QTEST_MAIN(TestStatisticsSandbox)
#include "tst_statisticssandbox.moc"
