// The time-series table model the charts and tables share, under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/items/TimeSeriesModel.h"
#include "models/items/TimeSeriesRoles.h"
#include "models/ses/ReputationSeries.h"
#include "models/ses/ReputationStatus.h"
#include "models/ses/SendStatisticsSeries.h"

using namespace Items::TimeSeriesRoles;

class tst_TimeSeriesModel : public QObject
{
    Q_OBJECT

    static QDateTime utc(int h, int m = 0)
    {
        return QDateTime(QDate(2026, 3, 10), QTime(h, m), Qt::UTC);
    }
    static Ses::TimeSeriesTable sending()
    {
        QList<Ses::SendDataPoint> points;
        auto add = [&points](const QDateTime &t, qint64 a, qint64 b) {
            Ses::SendDataPoint p;
            p.timestamp = t;
            p.deliveryAttempts = a;
            p.bounces = b;
            points.append(p);
        };
        add(utc(9, 13), 20, 2);
        add(utc(8, 13), 10, 0);
        add(utc(11, 43), 25, 1);
        return Ses::SendStatisticsSeries(points).aggregate(Ses::Aggregation::Hour, {utc(8), utc(12)});
    }

private Q_SLOTS:
    void passesTheTester()
    {
        Items::TimeSeriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 1);
        model.setTable(sending());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 5);
        Ses::ReputationSeries rep;
        rep.merge(Ses::ReputationMetric::BounceRate, {{utc(8), 0.06}, {utc(10), 0.01}});
        model.setTable(rep.table(Ses::Aggregation::Hour, {utc(8), utc(11)}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        model.setTable({});
        QCOMPARE(model.rowCount(), 0);
    }

    void valuesTimesAndGaps()
    {
        Items::TimeSeriesModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTable(sending());
        QCOMPARE(reset.size(), 1);
        // What QVXYModelMapper reads: a QDateTime for x, a number for y.
        QCOMPARE(model.data(model.index(0, TimeColumn)), QVariant(utc(8)));
        QCOMPARE(model.data(model.index(0, TimeColumn)).metaType().id(), QMetaType::QDateTime);
        const int attempts = model.columnForSeries(QStringLiteral("DeliveryAttempts"));
        const int bounces = model.columnForSeries(QStringLiteral("Bounces"));
        QCOMPARE(attempts, 1);
        QCOMPARE(bounces, 2);
        QCOMPARE(model.columnForSeries(QStringLiteral("Nope")), -1);
        QCOMPARE(model.data(model.index(1, attempts)).toLongLong(), 20);
        QCOMPARE(model.data(model.index(1, bounces), ValueRole).toDouble(), 2.0);
        // 10:00 is a gap: no value at all, flagged.
        QVERIFY(!model.data(model.index(2, attempts)).isValid());
        QVERIFY(!model.data(model.index(2, attempts), ValueRole).isValid());
        QVERIFY(model.data(model.index(2, attempts), IsGapRole).toBool());
        QVERIFY(model.data(model.index(2, TimeColumn), IsGapRole).toBool());
        QVERIFY(!model.data(model.index(1, TimeColumn), IsGapRole).toBool());
        QCOMPARE(model.data(model.index(2, attempts), SampleCountRole).toInt(), 0);
        QCOMPARE(model.data(model.index(1, attempts), SampleCountRole).toInt(), 1);
        QCOMPARE(model.data(model.index(3, attempts), TimestampRole), QVariant(utc(11)));
        QCOMPARE(model.data(model.index(0, bounces), SeriesKeyRole).toString(), QStringLiteral("Bounces"));
        QCOMPARE(model.data(model.index(0, bounces), SeriesKindRole).toInt(), int(Ses::SeriesKind::Count));
        QCOMPARE(model.runs(attempts), (QList<Ses::RowRun>{{0, 2}, {3, 1}}));
        QVERIFY(model.runs(TimeColumn).isEmpty());
        QVERIFY(model.runs(99).isEmpty());
    }

    void headers()
    {
        Items::TimeSeriesModel model;
        model.setTable(sending());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Delivery attempts"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Rejects"));
        QCOMPARE(model.headerData(0, Qt::Horizontal, SeriesKeyRole).toString(), QStringLiteral("Timestamp"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, SeriesKeyRole).toString(), QStringLiteral("Bounces"));
    }

    void reputationStatusRole()
    {
        Ses::ReputationSeries rep;
        rep.merge(Ses::ReputationMetric::BounceRate, {{utc(8), 0.11}, {utc(9), 0.06}, {utc(10), 0.01}});
        rep.merge(Ses::ReputationMetric::ComplaintRate, {{utc(8), 0.0002}});
        Items::TimeSeriesModel model;
        model.setTable(rep.table(Ses::Aggregation::Hour, {utc(8), utc(11)}));
        const int bounce = model.columnForSeries(QStringLiteral("Reputation.BounceRate"));
        const int complaint = model.columnForSeries(QStringLiteral("Reputation.ComplaintRate"));
        QCOMPARE(model.headerData(bounce, Qt::Horizontal).toString(), QStringLiteral("Bounce rate"));
        QCOMPARE(model.data(model.index(0, bounce)).toDouble(), 0.11);
        QCOMPARE(model.data(model.index(0, bounce), SeriesKindRole).toInt(), int(Ses::SeriesKind::Ratio));
        QCOMPARE(model.data(model.index(0, bounce), StatusRole).toInt(), int(Ses::ReputationStatus::AtRisk));
        QCOMPARE(model.data(model.index(1, bounce), StatusRole).toInt(), int(Ses::ReputationStatus::UnderReviewRisk));
        QCOMPARE(model.data(model.index(2, bounce), StatusRole).toInt(), int(Ses::ReputationStatus::Healthy));
        QCOMPARE(model.data(model.index(0, complaint), StatusRole).toInt(), int(Ses::ReputationStatus::Healthy));
        QCOMPARE(model.data(model.index(1, complaint), StatusRole).toInt(), int(Ses::ReputationStatus::Unknown));
    }
};

QTEST_GUILESS_MAIN(tst_TimeSeriesModel)
#include "tst_timeseriesmodel.moc"
