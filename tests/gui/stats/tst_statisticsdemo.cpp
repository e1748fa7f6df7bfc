// The Statistics pane against the SesDesk Sandbox filled with its demo data (--demo-data), in
// process on a fixed clock: the charts show the Sandbox's two weeks bucket for bucket (the
// outage a gap, the marketing blast's bounce spike where the demo put it), switching the
// aggregation changes the point counts as the data says, the exported CSV adds up to what
// GetSendStatistics returned and the PNG is the chart, the reputation charts and badges show
// what CloudWatch's GetMetricData returns against the guide's thresholds. With
// SESDESK_SCREENSHOT_DIR set, screenshots() writes docs/screenshots' statistics-*-<lang>.png
// (SESDESK_SCREENSHOT_LANG=en|ko; scripts/screenshots/statistics.sh).
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/connection/Session.h"
#include "models/items/TimeSeriesModel.h"
#include "models/ses/CloudWatchClient.h"
#include "models/ses/ReputationQuery.h"
#include "models/ses/ReputationThresholds.h"
#include "models/ses/SendTotals.h"
#include "models/ses/SesV1Client.h"

#include "views/charts/TimeSeriesChartView.h"
#include "views/i18n/LanguageSettings.h"
#include "views/panes/StatisticsPane.h"
#include "views/widgets/StatusBadge.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/demo/DemoAccount.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FindChild.h"
#include "tests/support/WaitForAnswer.h"

using namespace TestSupport;

class TestStatisticsDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartsShowTheDemoTwoWeeks_data();
    void chartsShowTheDemoTwoWeeks();
    void outageIsAGapAndTheSpikeIsWhereTheDemoPutIt();
    void exportMatchesTheApi_data();
    void exportMatchesTheApi();
    void reputationMatchesGetMetricData_data();
    void reputationMatchesGetMetricData();
    void thresholdsAreLabelledLines();
    void screenshots();

private:
    template <typename T> T *child(const QString &name) const
    {
        return TestSupport::child<T>(m_pane.get(), name);
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
    std::unique_ptr<Views::StatisticsPane> makePane();
    QString saveThroughDialog(QToolButton *button, const QString &path);
    /// GetSendStatistics' points summed per bucket of the aggregation, inside range: counted
    /// here from the API's answer, independently of the series code.
    QMap<qint64, Ses::SendTotals> apiBuckets(Ses::Aggregation aggregation, const Ses::TimeRange &range) const;

    QTemporaryDir m_dir;
    // A Thursday afternoon: the outage was on Monday, the bounce spike on Saturday.
    const QDateTime m_now{QDate(2026, 3, 12), QTime(14, 37), Qt::UTC};
    FakeClock m_clock{m_now};
    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::shared_ptr<Connection::Session> m_session;
    QList<Ses::SendDataPoint> m_api; // GetSendStatistics, as the Sandbox answers it
    ScriptedMessageBoxes m_boxes;
    std::unique_ptr<Views::StatisticsPane> m_pane;
};

void TestStatisticsDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("HOME", m_dir.path().toLocal8Bit());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Documents")));

    Sandbox::SandboxConfig config;
    config.demoData = true;
    config.checkResponses = true;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config, m_clock);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    Aws::ClientConfig client;
    client.region = m_sandbox->region();
    client.endpointOverride = m_sandbox->url();
    client.managementRatePerSecond = 0;
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

    Ses::SesV1Client v1(m_session->aws());
    const auto stats = TestSupport::waitForAnswer<Aws::Result<Ses::SendStatistics>>([&](auto done) {
        v1.getSendStatistics(this, done);
    });
    QVERIFY(stats && stats->ok());
    m_api = stats->value().points;
    // The quarter-hours of the last two weeks (the first starting after now - 14 days, the last
    // the one holding now), less the five silent hours of the outage.
    QCOMPARE(m_api.size(), 14 * 96 - Sandbox::DemoAccount::kOutageSeconds / 900);
}

void TestStatisticsDemo::init()
{
    m_pane = makePane();
    QVERIFY(m_pane);
}

void TestStatisticsDemo::cleanup()
{
    m_pane.reset();
}

std::unique_ptr<Views::StatisticsPane> TestStatisticsDemo::makePane()
{
    auto pane = std::make_unique<Views::StatisticsPane>(Views::PaneContext{&m_boxes, nullptr, &m_clock, nullptr});
    pane->resize(1280, 1000);
    pane->show();
    pane->setSession(m_session);
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    if (!loaded.wait(20000))
        return nullptr;
    return pane;
}

QMap<qint64, Ses::SendTotals> TestStatisticsDemo::apiBuckets(
    Ses::Aggregation aggregation, const Ses::TimeRange &range) const
{
    QMap<qint64, Ses::SendTotals> buckets;
    for (const Ses::SendDataPoint &p : m_api) {
        if (range.contains(p.timestamp)) {
            // TZ=UTC: days start at midnight UTC.
            const qint64 secs = p.timestamp.toSecsSinceEpoch();
            buckets[secs - secs % aggregation.seconds()].add(p);
        }
    }
    return buckets;
}

void TestStatisticsDemo::chartsShowTheDemoTwoWeeks_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("segments");
    // 14 days in buckets; the outage (02:00-07:00 on Monday) takes 20 quarter-hours and 5 hours
    // out: one line before it and one after. No whole day is silent: 14 daily points, one line.
    QTest::newRow("15 minutes") << 0 << 14 * 96 << 14 * 96 - 20 << 2;
    QTest::newRow("hour") << 1 << 14 * 24 << 14 * 24 - 5 << 2;
    QTest::newRow("day") << 2 << 14 << 14 << 1;
}

void TestStatisticsDemo::chartsShowTheDemoTwoWeeks()
{
    QFETCH(int, index);
    QFETCH(int, rows);
    QFETCH(int, points);
    QFETCH(int, segments);
    auto *period = child<QComboBox>(QStringLiteral("periodCombo"));
    // Start from another period so every row really switches.
    choose(period, index == 1 ? 2 : 1);
    QSignalSpy updated(m_pane.get(), &Views::StatisticsPane::sendingUpdated);
    choose(period, index);
    QVERIFY(!updated.isEmpty());
    const Ses::Aggregation aggregation(static_cast<Ses::Aggregation::Period>(index));
    const Ses::TimeRange range = m_pane->currentRange();
    // Last 14 days, ending with the bucket that holds now.
    QCOMPARE(range.to(), aggregation.bucketStart(m_now).addSecs(aggregation.seconds()));
    QCOMPARE(m_pane->sendingModel()->rowCount(), rows);

    const QMap<qint64, Ses::SendTotals> api = apiBuckets(aggregation, range);
    QCOMPARE(static_cast<int>(api.size()), points);
    auto *chart = child<Views::TimeSeriesChartView>(QStringLiteral("sendingChart"));
    for (const QString &key : {QStringLiteral("DeliveryAttempts"),
             QStringLiteral("Bounces"),
             QStringLiteral("Complaints"),
             QStringLiteral("Rejects")})
        QCOMPARE(chart->pointCount(key), points);
    QCOMPARE(chart->segmentCount(QStringLiteral("DeliveryAttempts")), segments);

    // Bucket for bucket, what the chart's rows hold is what the API's points add up to.
    const Ses::TimeSeriesTable &table = m_pane->sendingModel()->table();
    int compared = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        const auto it = api.constFind(table.time(row).toSecsSinceEpoch());
        if (it == api.cend()) {
            QVERIFY2(table.isGap(row), qPrintable(table.time(row).toString(Qt::ISODate)));
            continue;
        }
        QCOMPARE(table.value(row, 0), std::optional<double>(it->deliveryAttempts));
        QCOMPARE(table.value(row, 1), std::optional<double>(it->bounces));
        QCOMPARE(table.value(row, 2), std::optional<double>(it->complaints));
        QCOMPARE(table.value(row, 3), std::optional<double>(it->rejects));
        ++compared;
    }
    QCOMPARE(compared, points);

    // The totals above the chart are the range's.
    Ses::SendTotals totals;
    for (const Ses::SendTotals &t : api) {
        totals.deliveryAttempts += t.deliveryAttempts;
        totals.bounces += t.bounces;
    }
    QCOMPARE(child<QLabel>(QStringLiteral("totalDeliveryAttemptsLabel"))->text(),
        QLocale().toString(totals.deliveryAttempts));
    const double bounceRate = double(totals.bounces) / double(totals.deliveryAttempts);
    const QString bounces = child<QLabel>(QStringLiteral("totalBouncesLabel"))->text();
    QVERIFY2(bounces.contains(QLocale().toString(bounceRate * 100, 'f', bounceRate < 0.01 ? 3 : 2) + QLatin1Char('%')),
        qPrintable(bounces));
}

void TestStatisticsDemo::outageIsAGapAndTheSpikeIsWhereTheDemoPutIt()
{
    choose(child<QComboBox>(QStringLiteral("periodCombo")), 1);
    const Ses::TimeSeriesTable &table = m_pane->sendingModel()->table();
    const QDateTime outage = Sandbox::DemoAccount::outageStart(m_now);
    const QDateTime spike = Sandbox::DemoAccount::bounceSpikeStart(m_now);
    int maxBouncesRow = -1;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QDateTime t = table.time(row);
        const bool silent = t >= outage && t < outage.addSecs(Sandbox::DemoAccount::kOutageSeconds);
        QCOMPARE(table.isGap(row), silent);
        if (!silent && (maxBouncesRow < 0 || *table.value(row, 1) > *table.value(maxBouncesRow, 1)))
            maxBouncesRow = row;
    }
    // The bad list went out in the two hours from the spike's start.
    const QDateTime worst = table.time(maxBouncesRow);
    QVERIFY2(worst >= spike && worst < spike.addSecs(2 * 3600), qPrintable(worst.toString(Qt::ISODate)));
    // Hovering the outage says there is no data, not zero.
    auto *chart = child<Views::TimeSeriesChartView>(QStringLiteral("sendingChart"));
    const int gapRow = chart->rowAt(outage.addSecs(3600).toMSecsSinceEpoch());
    QVERIFY(table.isGap(gapRow));
    QVERIFY2(chart->tooltipText(gapRow).contains(QStringLiteral("Delivery attempts: no data")),
        qPrintable(chart->tooltipText(gapRow)));
    const QString spikeTip = chart->tooltipText(maxBouncesRow);
    QVERIFY2(spikeTip.contains(QStringLiteral("Bounces: %1")
                                   .arg(QLocale().toString(static_cast<qlonglong>(*table.value(maxBouncesRow, 1))))),
        qPrintable(spikeTip));
}

QString TestStatisticsDemo::saveThroughDialog(QToolButton *button, const QString &path)
{
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QFileDialog> dialog;
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
    if (QCompleter *completer = edit->completer(); completer && completer->popup()->isVisible())
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!QTest::qWaitFor(
            [&] {
                return QFile::exists(path);
            },
            5000))
        return QStringLiteral("nothing written to ") + path;
    if (!QTest::qWaitFor(
            [&] {
                return dialog.isNull();
            },
            5000))
        return QStringLiteral("the file dialog stayed");
    return {};
}

void TestStatisticsDemo::exportMatchesTheApi_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("range");
    QTest::addColumn<int>("rows");
    // "All history" holds every API point, from the start of the day two weeks ago (26 February)
    // to the quarter-hour holding now: 14 days and the 59 quarter-hours of 00:00-14:45.
    QTest::newRow("15 minutes, all history") << 0 << 4 << 14 * 96 + 59;
    QTest::newRow("hour, 7 days") << 1 << 2 << 7 * 24;
    QTest::newRow("day, 14 days") << 2 << 3 << 14;
}

void TestStatisticsDemo::exportMatchesTheApi()
{
    QFETCH(int, period);
    QFETCH(int, range);
    QFETCH(int, rows);
    choose(child<QComboBox>(QStringLiteral("periodCombo")), period);
    choose(child<QComboBox>(QStringLiteral("rangeCombo")), range);
    const Ses::TimeRange shown = m_pane->currentRange();
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    const QString csvPath = m_dir.filePath(QStringLiteral("Documents/demo-%1.csv").arg(tag));
    const QString error = saveThroughDialog(child<QToolButton>(QStringLiteral("sendingExportCsvButton")), csvPath);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("Timestamp,DeliveryAttempts,Bounces,Complaints,Rejects"));
    qint64 sums[4] = {0, 0, 0, 0};
    int csvRows = 0;
    for (const QByteArray &line : lines.mid(1)) {
        if (line.trimmed().isEmpty())
            continue;
        ++csvRows;
        const QList<QByteArray> cells = line.trimmed().split(',');
        QCOMPARE(cells.size(), 5);
        for (int c = 0; c < 4; ++c)
            sums[c] += cells.at(c + 1).toLongLong();
    }
    QCOMPARE(csvRows, rows);
    // What GetSendStatistics returned over the range, summed here.
    Ses::SendTotals api;
    int inRange = 0;
    for (const Ses::SendDataPoint &p : m_api) {
        if (shown.contains(p.timestamp)) {
            api.add(p);
            ++inRange;
        }
    }
    if (range == 4) {
        QCOMPARE(shown.from(), QDateTime(QDate(2026, 2, 26), QTime(0, 0), Qt::UTC));
        QCOMPARE(inRange, m_api.size());
    }
    QCOMPARE(sums[0], api.deliveryAttempts);
    QCOMPARE(sums[1], api.bounces);
    QCOMPARE(sums[2], api.complaints);
    QCOMPARE(sums[3], api.rejects);
    QVERIFY(api.bounces > 0 && api.complaints > 0 && api.rejects > 0);

    const QString pngPath = m_dir.filePath(QStringLiteral("Documents/demo-%1.png").arg(tag));
    const QString pngError = saveThroughDialog(child<QToolButton>(QStringLiteral("sendingExportPngButton")), pngPath);
    QVERIFY2(pngError.isEmpty(), qPrintable(pngError));
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    auto *chart = child<Views::TimeSeriesChartView>(QStringLiteral("sendingChart"));
    QCOMPARE(image.size(), chart->size() * chart->devicePixelRatio());
    // The chart itself, not a blank widget: the delivery attempts' colour is on it.
    const QColor line = chart->legendSeries(QStringLiteral("DeliveryAttempts"))->color();
    bool found = false;
    for (int y = 0; y < image.height() && !found; y += 2) {
        for (int x = 0; x < image.width() && !found; x += 2)
            found = image.pixelColor(x, y) == line;
    }
    QVERIFY(found);
}

void TestStatisticsDemo::reputationMatchesGetMetricData_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("configurationSet");
    QTest::newRow("account, hour") << 1 << QString();
    QTest::newRow("account, day") << 2 << QString();
    QTest::newRow("marketing, 15 minutes") << 0 << QStringLiteral("marketing");
}

void TestStatisticsDemo::reputationMatchesGetMetricData()
{
    QFETCH(int, period);
    QFETCH(QString, configurationSet);
    QSignalSpy reputation(m_pane.get(), &Views::StatisticsPane::reputationUpdated);
    auto *periodCombo = child<QComboBox>(QStringLiteral("periodCombo"));
    if (periodCombo->currentIndex() != period) {
        choose(periodCombo, period);
        QVERIFY(reputation.wait(20000));
    }
    if (!configurationSet.isEmpty()) {
        auto *sets = child<QComboBox>(QStringLiteral("configurationSetCombo"));
        sets->setFocus();
        sets->lineEdit()->selectAll();
        QTest::keyClicks(sets->lineEdit(), configurationSet);
        QTest::keyClick(sets->lineEdit(), Qt::Key_Return);
        QVERIFY(reputation.wait(20000));
    }
    const Ses::Aggregation aggregation(static_cast<Ses::Aggregation::Period>(period));
    const Ses::TimeRange range = m_pane->currentRange();

    // The same query, asked of CloudWatch here.
    Ses::CloudWatchClient cloudWatch(m_session->aws());
    const Ses::GetMetricDataRequest request = Ses::ReputationQuery::build(range, aggregation, configurationSet);
    const auto answer = TestSupport::waitForAnswer<Aws::Result<Ses::GetMetricDataResult>>([&](auto done) {
        cloudWatch.getAllMetricData(request, this, done);
    });
    QVERIFY(answer && answer->ok());
    QCOMPARE(request.queries.size(), 2);

    for (const auto &[kind, name] : {std::pair{Ses::ReputationMetric::BounceRate, QStringLiteral("bounceRate")},
             std::pair{Ses::ReputationMetric::ComplaintRate, QStringLiteral("complaintRate")}}) {
        const QString metric = Ses::ReputationMetric::metricName(kind);
        const auto query = std::find_if(request.queries.cbegin(), request.queries.cend(), [&](const auto &q) {
            return q.metricStat && q.metricStat->metric.metricName == metric;
        });
        QVERIFY(query != request.queries.cend());
        const Ses::MetricDataResult *result = answer->value().result(query->id);
        QVERIFY(result);
        QMap<qint64, double> values; // newest first from CloudWatch: sorted here by time
        for (qsizetype i = 0; i < result->timestamps.size(); ++i)
            values.insert(result->timestamps.at(i).toMSecsSinceEpoch(), result->values.at(i));
        QVERIFY2(values.size() > 10, qPrintable(name));
        auto *chart = child<Views::TimeSeriesChartView>(name + QStringLiteral("Chart"));
        QCOMPARE(chart->pointCount(metric), static_cast<int>(values.size()));
        // The chart draws percentages: its points are the API's ratios times 100, in time order.
        QList<QPointF> drawn;
        for (QAbstractSeries *series : chart->chart()->series()) {
            const auto *segment = qobject_cast<QLineSeries *>(series);
            if (segment && segment->name() == Items::TimeSeriesModel::seriesLabel(metric))
                drawn += segment->points();
        }
        std::sort(drawn.begin(), drawn.end(), [](const QPointF &a, const QPointF &b) {
            return a.x() < b.x();
        });
        QCOMPARE(drawn.size(), values.size());
        qsizetype i = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it, ++i) {
            QCOMPARE(qint64(drawn.at(i).x()), it.key());
            QVERIFY2(qFuzzyCompare(drawn.at(i).y(), it.value() * 100.0),
                qPrintable(QStringLiteral("%1 at %2: %3 drawn, %4 from CloudWatch")
                               .arg(metric)
                               .arg(it.key())
                               .arg(drawn.at(i).y())
                               .arg(it.value() * 100.0)));
        }
        // The badge and the value beside it are the latest value's.
        const double latest = values.last();
        const Ses::ReputationStatus status = Ses::ReputationThresholds::forMetric(kind).classify(latest);
        auto *badge = child<Views::StatusBadge>(name + QStringLiteral("Badge"));
        QCOMPARE(badge->text(), Ses::ReputationStatusText::label(status));
        const QString percent = QLocale().toString(latest * 100.0, 'f', latest < 0.01 ? 3 : 2) + QLatin1Char('%');
        const QString shown = child<QLabel>(name + QStringLiteral("ValueLabel"))->text();
        QVERIFY2(shown.startsWith(percent), qPrintable(shown + QStringLiteral(" vs ") + percent));
    }
    QCOMPARE(child<Views::StatusBadge>(QStringLiteral("enforcementStatusBadge"))->text(), QStringLiteral("Healthy"));
    if (!configurationSet.isEmpty())
        QVERIFY(child<QLabel>(QStringLiteral("reputationScopeLabel"))->text().contains(configurationSet));
}

void TestStatisticsDemo::thresholdsAreLabelledLines()
{
    for (const auto &[name, review, pause] :
        {std::tuple{QStringLiteral("bounceRate"), 5.0, 10.0}, std::tuple{QStringLiteral("complaintRate"), 0.1, 0.5}}) {
        auto *chart = child<Views::TimeSeriesChartView>(name + QStringLiteral("Chart"));
        const QList<QLineSeries *> lines = chart->thresholdSeries();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)->at(0).y(), review);
        QCOMPARE(lines.at(1)->at(0).y(), pause);
        // Both lines span the plot, and their labels are visible above them, inside the plot.
        for (QLineSeries *line : lines) {
            QCOMPARE(line->count(), 2);
            const QPointF left = chart->chart()->mapToPosition(line->at(0), line);
            const QPointF right = chart->chart()->mapToPosition(line->at(1), line);
            const QRectF plot = chart->chart()->plotArea();
            QVERIFY(qAbs(left.x() - plot.left()) < 1.5 && qAbs(right.x() - plot.right()) < 1.5);
            QVERIFY2(plot.contains(QPointF(plot.center().x(), left.y())), qPrintable(line->name()));
        }
        QCOMPARE(chart->thresholdLabels().size(), 2);
        QVERIFY(chart->thresholdLabels().at(0).contains(QLocale().toString(review, 'g', 3) + QLatin1Char('%')));
        QVERIFY(chart->thresholdLabels().at(1).contains(QLocale().toString(pause, 'g', 3) + QLatin1Char('%')));
        // The lines are not in the legend (their labels say what they are), the metric is.
        int legendEntries = 0;
        for (QLegendMarker *marker : chart->chart()->legend()->markers())
            legendEntries += marker->isVisible() ? 1 : 0;
        QCOMPARE(legendEntries, 1);
    }
}

void TestStatisticsDemo::screenshots()
{
    const QString folder = qEnvironmentVariable("SESDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("SESDESK_SCREENSHOT_DIR is not set: no screenshots wanted");
    const QString lang = qEnvironmentVariable("SESDESK_SCREENSHOT_LANG", QStringLiteral("en"));
    QSettings settings(m_dir.filePath(QStringLiteral("language.ini")), QSettings::IniFormat);
    Views::LanguageSettings language(&settings, QStringLiteral("en_US"));
    language.setChoice(lang == QLatin1String("ko") ? Views::LanguageSettings::Choice::Korean
                                                   : Views::LanguageSettings::Choice::English);
    // A pane made in the language, on the default view (14 days by the hour).
    m_pane = makePane();
    QVERIFY(m_pane);
    m_pane->resize(1280, 1000);
    QTest::qWait(50);
    m_pane->resize(1280, child<QWidget>(QStringLiteral("statisticsPage"))->sizeHint().height() + 8);
    QTest::qWait(300);
    for (const auto &[section, file] : {std::pair{QStringLiteral("sendingSection"), QStringLiteral("sending")},
             std::pair{QStringLiteral("reputationSection"), QStringLiteral("reputation")}}) {
        const QString path = QDir(folder).filePath(QStringLiteral("statistics-%1-%2.png").arg(file, lang));
        QVERIFY2(child<QWidget>(section)->grab().save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }
    m_pane.reset();
    language.setChoice(Views::LanguageSettings::Choice::English);
}

QTEST_MAIN(TestStatisticsDemo)
#include "tst_statisticsdemo.moc"
