// The Statistics pane against a loopback SES/CloudWatch serving two weeks of real-shaped
// GetSendStatistics data (tests/data/stats/two-weeks.xml) and hourly reputation values: the
// charts show the two weeks, switching aggregation and range changes the point counts as the
// data says, gaps stay gaps, exports write a PNG and a CSV whose totals match the API's, the
// legend, zoom, tooltips, thresholds, badges, alarms, auto-refresh and history work.
#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "models/aws/AwsResponse.h"
#include "models/connection/Session.h"
#include "models/items/TimeSeriesModel.h"
#include "models/ses/SesV1Client.h"
#include "models/ses/StatisticsDatabase.h"
#include "models/ses/StatisticsStore.h"

#include "views/charts/TimeSeriesChartView.h"
#include "views/panes/StatisticsPane.h"
#include "views/widgets/ErrorBanner.h"
#include "views/widgets/StatusBadge.h"

#include "tests/gui/stats/FakeStatisticsServer.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FindChild.h"

using namespace TestSupport;

class TestStatisticsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheTwoWeeks();
    void switchingAggregationChangesPointCounts_data();
    void switchingAggregationChangesPointCounts();
    void switchingRangeChangesPointCounts_data();
    void switchingRangeChangesPointCounts();
    void exportWritesPngAndCsvMatchingTheApi();
    void legendTogglesSeries();
    void zoomPanAndReset();
    void tooltipShowsExactValues();
    void thresholdsAndBadges();
    void configurationSetReputation();
    void createAlarmShowsThenCreates();
    void autoRefreshIsOffByDefaultAndRefreshes();
    void reputationErrorKeepsSendingStatistics();
    void sendingErrorIsShown();
    void historyReachesBackFurther();
    void viewIsRemembered();
    void everyControlIsNamed();
    void darkPaletteCharts();

private:
    std::unique_ptr<Views::StatisticsPane> makePane(Ses::StatisticsStore *store = nullptr);
    template <typename T> T *child(const QString &name) const
    {
        return TestSupport::child<T>(m_pane.get(), name);
    }
    Views::TimeSeriesChartView *chart(const QString &name) const
    {
        return child<Views::TimeSeriesChartView>(name + QStringLiteral("Chart"));
    }
    /// Picks a combo entry with the keyboard, as a user would.
    static void choose(QComboBox *combo, int index)
    {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), index);
    }
    QString saveThroughDialog(QToolButton *button, const QString &path);

    QJsonObject m_expected;
    QList<Ses::SendDataPoint> m_twoWeeks;
    QNetworkAccessManager m_network;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(23, 59), Qt::UTC)};
    std::unique_ptr<FakeStatisticsServer> m_server;
    std::unique_ptr<LoopbackSessionFactory> m_factory;
    ScriptedMessageBoxes m_boxes;
    std::unique_ptr<Views::StatisticsPane> m_pane;
    QTemporaryDir m_dir;
};

namespace
{

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SESDESK_TEST_DATA_DIR "/stats/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// Hourly reputation as the fake CloudWatch serves it: no value at 03:00 (a gap), the bounce
// rate rising through the day past the 5% review level.
std::optional<double> bounce(const QDateTime &t, int period)
{
    const int hour = t.time().hour();
    if (period < 86400 && hour == 3)
        return std::nullopt;
    return 0.01 + 0.05 * hour / 24.0;
}

std::optional<double> complaint(const QDateTime &t, int period)
{
    const int hour = t.time().hour();
    if (period < 86400 && hour == 3)
        return std::nullopt;
    return 0.0002 + 0.0006 * (hour % 12) / 12.0;
}

} // namespace

void TestStatisticsPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Exports start in the Documents folder: make that ours.
    qputenv("HOME", m_dir.path().toLocal8Bit());
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Documents")));
    m_expected = QJsonDocument::fromJson(fixture(QStringLiteral("two-weeks.expected.json"))).object();
    Aws::AwsResponse r;
    r.body = fixture(QStringLiteral("two-weeks.xml"));
    const auto parsed = Ses::SesV1Client::parseSendStatistics(r);
    QVERIFY(parsed.ok());
    m_twoWeeks = parsed.value().points;
    QCOMPARE(m_twoWeeks.size(), m_expected.value(QStringLiteral("points")).toInt());
}

void TestStatisticsPane::init()
{
    m_server = std::make_unique<FakeStatisticsServer>();
    QVERIFY(m_server->start());
    m_server->setSendPoints(m_twoWeeks);
    m_server->setBounceRate(&bounce);
    m_server->setComplaintRate(&complaint);
    m_factory = std::make_unique<LoopbackSessionFactory>(&m_network);
    m_factory->addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_server->url());
    m_boxes.clear();
}

void TestStatisticsPane::cleanup()
{
    m_pane.reset();
    m_factory.reset();
    m_server.reset();
}

std::unique_ptr<Views::StatisticsPane> TestStatisticsPane::makePane(Ses::StatisticsStore *store)
{
    auto pane = std::make_unique<Views::StatisticsPane>(Views::PaneContext{&m_boxes, nullptr, &m_clock, store});
    pane->resize(1200, 1000);
    pane->show();
    std::shared_ptr<Connection::Session> session;
    m_factory->open(Connection::ProfileRef::sandbox(), QStringLiteral("us-east-1"), pane.get(), [&session](auto r) {
        session = r.value();
    });
    if (!QTest::qWaitFor(
            [&session] {
                return session != nullptr;
            },
            5000))
        return nullptr;
    pane->setSession(session);
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    if (!loaded.wait(10000))
        return nullptr;
    return pane;
}

void TestStatisticsPane::showsTheTwoWeeks()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    QVERIFY(!m_pane->errorBanner()->isVisible());
    // Default view: 14 days by the hour, ending with the hour that holds "now".
    QCOMPARE(m_pane->currentRange().from(), QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(m_pane->sendingModel()->rowCount(), 336);
    Views::TimeSeriesChartView *sending = chart(QStringLiteral("sending"));
    const int withData
        = m_expected.value(QStringLiteral("bucketsWithData")).toObject().value(QStringLiteral("1h")).toInt();
    for (const QString &key : {QStringLiteral("DeliveryAttempts"),
             QStringLiteral("Bounces"),
             QStringLiteral("Complaints"),
             QStringLiteral("Rejects")})
        QCOMPARE(sending->pointCount(key), withData);
    // Nights (01:00-05:00) and the silent 5 March are gaps: one line per stretch of data, not one
    // line through zeros. Each day's 05:00-00:00 stretch, plus 1 and 6 March's lone midnights.
    QCOMPARE(sending->segmentCount(QStringLiteral("DeliveryAttempts")), 13 + 2);
    QCOMPARE(child<QLabel>(QStringLiteral("totalDeliveryAttemptsLabel"))->text(),
        QLocale().toString(m_expected.value(QStringLiteral("DeliveryAttempts")).toInteger()));
    const double bounceRate = m_expected.value(QStringLiteral("Bounces")).toDouble()
        / m_expected.value(QStringLiteral("DeliveryAttempts")).toDouble();
    QVERIFY2(child<QLabel>(QStringLiteral("totalBouncesLabel"))
                 ->text()
                 .contains(QLocale().toString(bounceRate * 100, 'f', bounceRate < 0.01 ? 3 : 2) + QLatin1Char('%')),
        qPrintable(child<QLabel>(QStringLiteral("totalBouncesLabel"))->text()));
    // Reputation over the same range, by the hour, with CloudWatch's gaps.
    QCOMPARE(chart(QStringLiteral("bounceRate"))->pointCount(QStringLiteral("Reputation.BounceRate")), 336 - 14);
    QCOMPARE(chart(QStringLiteral("complaintRate"))->pointCount(QStringLiteral("Reputation.ComplaintRate")), 336 - 14);
    QCOMPARE(child<Views::StatusBadge>(QStringLiteral("enforcementStatusBadge"))->text(), QStringLiteral("Healthy"));
}

void TestStatisticsPane::switchingAggregationChangesPointCounts_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("reputationPoints");
    QTest::newRow("15 minutes") << 0 << QStringLiteral("15m") << 1344 << 1344 - 14 * 4;
    QTest::newRow("hour") << 1 << QStringLiteral("1h") << 336 << 336 - 14;
    QTest::newRow("day") << 2 << QStringLiteral("1d") << 14 << 14;
}

void TestStatisticsPane::switchingAggregationChangesPointCounts()
{
    QFETCH(int, index);
    QFETCH(QString, key);
    QFETCH(int, rows);
    QFETCH(int, reputationPoints);
    m_pane = makePane();
    QVERIFY(m_pane);
    auto *period = child<QComboBox>(QStringLiteral("periodCombo"));
    // Start from another period so every row really switches.
    choose(period, index == 1 ? 2 : 1);
    QSignalSpy reputation(m_pane.get(), &Views::StatisticsPane::reputationUpdated);
    choose(period, index);
    QCOMPARE(m_pane->sendingModel()->rowCount(), rows);
    const int withData = m_expected.value(QStringLiteral("bucketsWithData")).toObject().value(key).toInt();
    QCOMPARE(chart(QStringLiteral("sending"))->pointCount(QStringLiteral("DeliveryAttempts")), withData);
    // The totals do not depend on the bucket size.
    QCOMPARE(child<QLabel>(QStringLiteral("totalDeliveryAttemptsLabel"))->text(),
        QLocale().toString(m_expected.value(QStringLiteral("DeliveryAttempts")).toInteger()));
    QVERIFY(reputation.wait(10000));
    QCOMPARE(
        chart(QStringLiteral("bounceRate"))->pointCount(QStringLiteral("Reputation.BounceRate")), reputationPoints);
    // CloudWatch was asked for that period.
    const Ses::Aggregation aggregation = *Ses::Aggregation::fromKey(key);
    QCOMPARE(
        m_server->metricQueries().last().queryItemValue(QStringLiteral("MetricDataQueries.member.1.MetricStat.Period")),
        QString::number(aggregation.seconds()));
}

void TestStatisticsPane::switchingRangeChangesPointCounts_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("points");
    // By the hour; the fixture has data at 00:00 and 05:00-23:00 every day but 5 March.
    QTest::newRow("24 hours") << 0 << 24 << 20;
    QTest::newRow("3 days") << 1 << 72 << 60;
    QTest::newRow("7 days") << 2 << 168 << 140;
    QTest::newRow("14 days") << 3 << 336 << 260;
}

void TestStatisticsPane::switchingRangeChangesPointCounts()
{
    QFETCH(int, index);
    QFETCH(int, rows);
    QFETCH(int, points);
    m_pane = makePane();
    QVERIFY(m_pane);
    auto *range = child<QComboBox>(QStringLiteral("rangeCombo"));
    choose(range, index == 3 ? 0 : 3);
    choose(range, index);
    QCOMPARE(m_pane->sendingModel()->rowCount(), rows);
    QCOMPARE(chart(QStringLiteral("sending"))->pointCount(QStringLiteral("Rejects")), points);
}

QString TestStatisticsPane::saveThroughDialog(QToolButton *button, const QString &path)
{
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = m_pane->findChild<QFileDialog *>(QStringLiteral("exportChartFileDialog"));
                return dialog && dialog->isVisible();
            },
            5000))
        return QStringLiteral("no file dialog");
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    if (!edit)
        return QStringLiteral("no file name field");
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return QStringLiteral("the file dialog did not become active");
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QFileInfo(path).fileName());
    // As a user would: dismiss the file-name completion list if it popped up, then Return.
    if (QCompleter *completer = edit->completer(); completer && completer->popup()->isVisible())
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!QTest::qWaitFor(
            [&] {
                return QFile::exists(path);
            },
            5000))
        return QStringLiteral("nothing written to ") + path;
    return {};
}

void TestStatisticsPane::exportWritesPngAndCsvMatchingTheApi()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    const QString csvPath = m_dir.filePath(QStringLiteral("Documents/sending.csv"));
    const QString error = saveThroughDialog(child<QToolButton>(QStringLiteral("sendingExportCsvButton")), csvPath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("Timestamp,DeliveryAttempts,Bounces,Complaints,Rejects"));
    qint64 sums[4] = {0, 0, 0, 0};
    int rows = 0;
    for (const QByteArray &line : lines.mid(1)) {
        if (line.trimmed().isEmpty())
            continue;
        ++rows;
        const QList<QByteArray> cells = line.trimmed().split(',');
        QCOMPARE(cells.size(), 5);
        for (int c = 0; c < 4; ++c)
            sums[c] += cells.at(c + 1).toLongLong();
    }
    QCOMPARE(rows, 336);
    // The CSV's totals are the API's (what GetSendStatistics returned, summed independently).
    QCOMPARE(sums[0], m_expected.value(QStringLiteral("DeliveryAttempts")).toInteger());
    QCOMPARE(sums[1], m_expected.value(QStringLiteral("Bounces")).toInteger());
    QCOMPARE(sums[2], m_expected.value(QStringLiteral("Complaints")).toInteger());
    QCOMPARE(sums[3], m_expected.value(QStringLiteral("Rejects")).toInteger());

    const QString pngPath = m_dir.filePath(QStringLiteral("Documents/bounce.png"));
    const QString pngError
        = saveThroughDialog(child<QToolButton>(QStringLiteral("bounceRateExportPngButton")), pngPath);
    QVERIFY2(pngError.isEmpty(), qPrintable(pngError));
    QImage image(pngPath);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(),
        chart(QStringLiteral("bounceRate"))->size() * chart(QStringLiteral("bounceRate"))->devicePixelRatio());
}

void TestStatisticsPane::legendTogglesSeries()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    Views::TimeSeriesChartView *sending = chart(QStringLiteral("sending"));
    QLineSeries *bounces = sending->legendSeries(QStringLiteral("Bounces"));
    QVERIFY(bounces);
    const QList<QLegendMarker *> markers = sending->chart()->legend()->markers(bounces);
    QCOMPARE(markers.size(), 1);
    // One legend entry per series, however many segments the gaps made.
    int visibleMarkers = 0;
    for (QLegendMarker *m : sending->chart()->legend()->markers())
        visibleMarkers += m->isVisible() ? 1 : 0;
    QCOMPARE(visibleMarkers, 4);
    QSignalSpy toggled(sending, &Views::TimeSeriesChartView::seriesVisibilityChanged);
    Q_EMIT markers.first()->clicked();
    QVERIFY(!sending->isSeriesVisible(QStringLiteral("Bounces")));
    QVERIFY(!bounces->isVisible());
    QVERIFY(markers.first()->isVisible()); // still there to bring it back
    QVERIFY(!sending->tooltipText(100).contains(QStringLiteral("Bounces")));
    Q_EMIT markers.first()->clicked();
    QVERIFY(sending->isSeriesVisible(QStringLiteral("Bounces")));
    QCOMPARE(toggled.size(), 2);
}

void TestStatisticsPane::zoomPanAndReset()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    Views::TimeSeriesChartView *sending = chart(QStringLiteral("sending"));
    QVERIFY(!sending->isZoomed());
    sending->setFocus();
    QTest::keyClick(sending, Qt::Key_Plus);
    QVERIFY(sending->isZoomed());
    QTest::keyClick(sending, Qt::Key_Right);
    child<QToolButton>(QStringLiteral("sendingResetZoomButton"))->click();
    QVERIFY(!sending->isZoomed());
    // The wheel zooms around the cursor.
    const QPointF at = sending->chart()->plotArea().center();
    QWheelEvent wheel(at,
        sending->mapToGlobal(at.toPoint()),
        QPoint(),
        QPoint(0, 120),
        Qt::NoButton,
        Qt::NoModifier,
        Qt::NoScrollPhase,
        false);
    QApplication::sendEvent(sending->viewport(), &wheel);
    QVERIFY(sending->isZoomed());
    QTest::keyClick(sending, Qt::Key_0);
    QVERIFY(!sending->isZoomed());
}

void TestStatisticsPane::tooltipShowsExactValues()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    Views::TimeSeriesChartView *sending = chart(QStringLiteral("sending"));
    const Ses::TimeSeriesTable &table = m_pane->sendingModel()->table();
    int row = 0;
    while (table.isGap(row))
        ++row;
    const QString text = sending->tooltipText(row);
    QVERIFY2(text.contains(QStringLiteral("Delivery attempts: %1")
                               .arg(QLocale().toString(static_cast<qlonglong>(*table.value(row, 0))))),
        qPrintable(text));
    QVERIFY(text.contains(QLocale().toString(table.time(row).toLocalTime(), QLocale::ShortFormat)));
    QCOMPARE(sending->rowAt(table.time(row).toMSecsSinceEpoch() + 1000), row);
    // A gap says so.
    QVERIFY(table.isGap(1)); // 01:00 on 1 March
    QVERIFY(sending->tooltipText(1).contains(QStringLiteral("Delivery attempts: no data")));
}

void TestStatisticsPane::thresholdsAndBadges()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    QCOMPARE(chart(QStringLiteral("bounceRate"))->thresholdLabels(),
        (QStringList{QStringLiteral("Review 5%"), QStringLiteral("May pause 10%")}));
    QCOMPARE(chart(QStringLiteral("complaintRate"))->thresholdLabels(),
        (QStringList{QStringLiteral("Review 0.1%"), QStringLiteral("May pause 0.5%")}));
    // Threshold lines run across the whole range at the level (drawn as percent).
    QLineSeries *review = chart(QStringLiteral("bounceRate"))->thresholdSeries().first();
    QCOMPARE(review->count(), 2);
    QCOMPARE(review->at(0).y(), 5.0);
    // Latest hour (23:00): bounce 5.79% (review), complaint 0.075% (healthy).
    auto *bounceBadge = child<Views::StatusBadge>(QStringLiteral("bounceRateBadge"));
    auto *complaintBadge = child<Views::StatusBadge>(QStringLiteral("complaintRateBadge"));
    QCOMPARE(bounceBadge->text(), QStringLiteral("Under review risk"));
    QCOMPARE(bounceBadge->tone(), Views::Tone::Warning);
    QCOMPARE(bounceBadge->accessibleName(), QStringLiteral("Bounce rate: Under review risk"));
    QCOMPARE(complaintBadge->text(), QStringLiteral("Healthy"));
    QVERIFY(child<QLabel>(QStringLiteral("bounceRateValueLabel"))
                ->text()
                .startsWith(QLocale().toString(5.7917, 'f', 2) + QLatin1Char('%')));
    // By the day, the latest value is midnight's 1%: healthy.
    QSignalSpy reputation(m_pane.get(), &Views::StatisticsPane::reputationUpdated);
    choose(child<QComboBox>(QStringLiteral("periodCombo")), 2);
    QVERIFY(reputation.wait(10000));
    QCOMPARE(bounceBadge->text(), QStringLiteral("Healthy"));
    QCOMPARE(bounceBadge->tone(), Views::Tone::Positive);
}

void TestStatisticsPane::configurationSetReputation()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    auto *sets = child<QComboBox>(QStringLiteral("configurationSetCombo"));
    QCOMPARE(m_server->metricQueries().size(), 1);
    QVERIFY(m_server->metricQueries()
                .last()
                .queryItemValue(QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name"))
                .isEmpty());
    QSignalSpy reputation(m_pane.get(), &Views::StatisticsPane::reputationUpdated);
    sets->setFocus();
    sets->lineEdit()->selectAll();
    QTest::keyClicks(sets->lineEdit(), QStringLiteral("marketing"));
    QTest::keyClick(sets->lineEdit(), Qt::Key_Return);
    QVERIFY(reputation.wait(10000));
    const QUrlQuery last = m_server->metricQueries().last();
    QCOMPARE(
        last.queryItemValue(QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name"),
            QUrl::FullyDecoded),
        QStringLiteral("ses:configuration-set"));
    QCOMPARE(
        last.queryItemValue(QStringLiteral("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value")),
        QStringLiteral("marketing"));
    QVERIFY(child<QLabel>(QStringLiteral("reputationScopeLabel"))->text().contains(QStringLiteral("marketing")));
    // A language switch retranslates the controls but keeps the set typed in.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(m_pane.get(), &languageChange);
    QCOMPARE(sets->currentText(), QStringLiteral("marketing"));
    QCOMPARE(sets->itemText(0), QStringLiteral("Whole account"));
}

void TestStatisticsPane::createAlarmShowsThenCreates()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    auto *button = child<QPushButton>(QStringLiteral("createAlarmButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_pane->findChild<QDialog *>(QStringLiteral("createAlarmsDialog"))) && dialog->isVisible());
    auto *plan = dialog->findChild<QPlainTextEdit *>(QStringLiteral("alarmPlanText"));
    // Exactly what will be created, before anything is.
    QVERIFY(plan->toPlainText().contains(
        QStringLiteral("SesDesk-us-east-1-Reputation.BounceRate-review: Reputation.BounceRate (AWS/SES, account), "
                       "Average over 3600 s >= 5%")));
    QVERIFY(plan->toPlainText().contains(QStringLiteral(">= 0.1%")));
    QCOMPARE(m_server->count(QStringLiteral("PutMetricAlarm")), 0);
    auto *topic = dialog->findChild<QLineEdit *>(QStringLiteral("alarmTopicEdit"));
    topic->setFocus();
    QTest::keyClicks(topic, QStringLiteral("arn:aws:sns:us-east-1:111122223333:ses-alerts"));
    QVERIFY(plan->toPlainText().contains(QStringLiteral("notifies arn:aws:sns:us-east-1:111122223333:ses-alerts")));
    QSignalSpy info(m_pane.get(), &Views::StatisticsPane::info);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createAlarmsButton")), Qt::LeftButton);
    QTRY_COMPARE(m_server->alarms().size(), 2);
    QCOMPARE(m_server->alarms().at(0).queryItemValue(QStringLiteral("Threshold")), QStringLiteral("0.05"));
    QCOMPARE(m_server->alarms().at(1).queryItemValue(QStringLiteral("Threshold")), QStringLiteral("0.001"));
    QCOMPARE(m_server->alarms().at(0).queryItemValue(QStringLiteral("AlarmActions.member.1"), QUrl::FullyDecoded),
        QStringLiteral("arn:aws:sns:us-east-1:111122223333:ses-alerts"));
    QCOMPARE(m_server->alarms().at(0).queryItemValue(QStringLiteral("ComparisonOperator")),
        QStringLiteral("GreaterThanOrEqualToThreshold"));
    QTRY_VERIFY(!info.isEmpty());
    QVERIFY(info.last().first().toString().contains(QStringLiteral("Created 2")));
}

void TestStatisticsPane::autoRefreshIsOffByDefaultAndRefreshes()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    QTimer *timer = m_pane->autoRefreshTimer();
    QVERIFY(!timer->isActive());
    auto *refresh = child<QComboBox>(QStringLiteral("autoRefreshCombo"));
    QCOMPARE(refresh->currentIndex(), 0);
    choose(refresh, 2);
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 5 * 60 * 1000);
    // Let it fire soon: the pane reloads in the background, the GUI keeps running.
    const int before = m_server->count(QStringLiteral("GetSendStatistics"));
    QSignalSpy loaded(m_pane.get(), &Views::Pane::loaded);
    timer->start(20);
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_server->count(QStringLiteral("GetSendStatistics")) > before);
    QCOMPARE(m_pane->sendingModel()->rowCount(), 336);
    choose(refresh, 0);
    QVERIFY(!timer->isActive());
}

void TestStatisticsPane::reputationErrorKeepsSendingStatistics()
{
    m_server->failOperation(QStringLiteral("GetMetricData"),
        403,
        QStringLiteral("AccessDenied"),
        QStringLiteral("User is not authorized to perform: cloudwatch:GetMetricData"));
    m_pane = makePane();
    QVERIFY(m_pane);
    QCOMPARE(m_pane->sendingModel()->rowCount(), 336);
    QVERIFY(m_pane->errorBanner()->isVisible());
    QCOMPARE(m_pane->reputationModel()->rowCount(), 0);
    QCOMPARE(child<Views::StatusBadge>(QStringLiteral("bounceRateBadge"))->text(), QStringLiteral("No data"));
}

void TestStatisticsPane::sendingErrorIsShown()
{
    m_server->failOperation(QStringLiteral("GetSendStatistics"),
        403,
        QStringLiteral("AccessDenied"),
        QStringLiteral("User is not authorized to perform: ses:GetSendStatistics"));
    m_pane = makePane();
    QVERIFY(m_pane);
    QVERIFY(m_pane->errorBanner()->isVisible());
    QCOMPARE(m_pane->sendingModel()->rowCount(), 0);
}

void TestStatisticsPane::historyReachesBackFurther()
{
    QTemporaryDir dir;
    {
        Ses::StatisticsStore store(dir.filePath(QStringLiteral("statistics.sqlite")));
        m_pane = makePane(&store);
        QVERIFY(m_pane);
        QCOMPARE(chart(QStringLiteral("sending"))->pointCount(QStringLiteral("DeliveryAttempts")), 260);
        m_pane.reset();
    }
    // SES now remembers only the last day; SesDesk remembers the rest.
    QList<Ses::SendDataPoint> lastDay;
    for (const Ses::SendDataPoint &p : m_twoWeeks) {
        if (p.timestamp >= QDateTime(QDate(2026, 3, 14), QTime(0, 0), Qt::UTC))
            lastDay.append(p);
    }
    m_server->setSendPoints(lastDay);
    Ses::StatisticsStore store(dir.filePath(QStringLiteral("statistics.sqlite")));
    m_pane = makePane(&store);
    QVERIFY(m_pane);
    QCOMPARE(chart(QStringLiteral("sending"))->pointCount(QStringLiteral("DeliveryAttempts")), 260);
    QVERIFY(child<QLabel>(QStringLiteral("sendingNoteLabel"))->text().contains(QStringLiteral("History kept since")));
    // The history is the account's: keyed by the account id STS gave, asked once per session.
    QCOMPARE(m_server->count(QStringLiteral("GetCallerIdentity")), 2);
    m_pane.reset();
    Ses::StatisticsDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("statistics.sqlite"))).ok());
    QCOMPARE(
        db.sendPoints(QStringLiteral("111122223333/us-east-1@http://127.0.0.1")).value().size(), m_twoWeeks.size());
}

void TestStatisticsPane::viewIsRemembered()
{
    QSettings settings(m_dir.filePath(QStringLiteral("view.ini")), QSettings::IniFormat);
    {
        Views::StatisticsPane pane(Views::PaneContext{&m_boxes, &settings, &m_clock, nullptr});
        QVERIFY(!pane.autoRefreshTimer()->isActive()); // off by default
        choose(pane.findChild<QComboBox *>(QStringLiteral("periodCombo")), 2);
        choose(pane.findChild<QComboBox *>(QStringLiteral("rangeCombo")), 1);
        choose(pane.findChild<QComboBox *>(QStringLiteral("autoRefreshCombo")), 3);
    }
    Views::StatisticsPane pane(Views::PaneContext{&m_boxes, &settings, &m_clock, nullptr});
    QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("periodCombo"))->currentIndex(), 2);
    QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("rangeCombo"))->currentIndex(), 1);
    QVERIFY(pane.autoRefreshTimer()->isActive());
    QCOMPARE(pane.autoRefreshTimer()->interval(), 15 * 60 * 1000);
}

void TestStatisticsPane::everyControlIsNamed()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    auto *showTable = child<QCheckBox>(QStringLiteral("showSendingTableCheck"));
    showTable->setFocus();
    QTest::keyClick(showTable, Qt::Key_Space);
    QVERIFY(child<QTableView>(QStringLiteral("sendingTable"))->isVisible());
    QStringList problems;
    for (QWidget *w : m_pane->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QChartView *>(w);
        if (!interactive || !w->isVisibleTo(m_pane.get()))
            continue;
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        if (cls == QLatin1String("QComboBoxListView") || cls == QLatin1String("QHeaderView")
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const QString spoken
            = !w->accessibleName().isEmpty() ? w->accessibleName() : (button ? button->text() : QString());
        if (w->objectName().isEmpty())
            problems << QStringLiteral("%1 without objectName (%2)").arg(cls, spoken);
        else if (spoken.isEmpty())
            problems << QStringLiteral("%1 \"%2\" without accessible name").arg(cls, w->objectName());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestStatisticsPane::darkPaletteCharts()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(35, 38, 41));
    dark.setColor(QPalette::WindowText, QColor(239, 240, 241));
    dark.setColor(QPalette::Base, QColor(27, 30, 32));
    dark.setColor(QPalette::Text, QColor(239, 240, 241));
    QApplication::setPalette(dark);
    m_pane = makePane();
    QVERIFY(m_pane);
    Views::TimeSeriesChartView *sending = chart(QStringLiteral("sending"));
    // The chart follows the palette: a dark background under light labels.
    QCOMPARE(sending->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    const QImage image = sending->grab().toImage();
    const QColor corner = image.pixelColor(image.width() / 2, 4);
    QVERIFY2(corner.lightnessF() < 0.3, qPrintable(corner.name()));
    QCOMPARE(sending->chart()->legend()->labelColor(), dark.color(QPalette::Text));
    QApplication::setPalette(QPalette());
}

QTEST_MAIN(TestStatisticsPane)
#include "tst_statisticspane.moc"
