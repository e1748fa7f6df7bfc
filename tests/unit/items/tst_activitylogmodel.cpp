#include <QAbstractItemModelTester>
#include <QTest>

#include "models/items/ActivityLogModel.h"

/// The activity log model: columns, results, the row cap, and the model contract.
class TestActivityLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultText_data();
    void resultText();
    void keepsTheLatestRows();
    void clearEmpties();

private:
    static Aws::CallRecord record(quint64 id, bool ok, int status, const QString &code = {});
};

Aws::CallRecord TestActivityLogModel::record(quint64 id, bool ok, int status, const QString &code)
{
    Aws::CallRecord r;
    r.id = id;
    r.startedUtc = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    r.serviceKey = QStringLiteral("sesv2");
    r.operation = QStringLiteral("GetAccount");
    r.durationMs = 42;
    r.httpStatus = status;
    r.ok = ok;
    r.errorCode = code;
    r.errorMessage = code.isEmpty() ? QString() : QStringLiteral("Rate exceeded");
    r.requestId = QStringLiteral("rid-%1").arg(id);
    r.attempts = 1;
    return r;
}

void TestActivityLogModel::resultText_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("outcome");
    QTest::newRow("ok") << true << false << 200 << QString() << QStringLiteral("OK (200)")
                        << int(Items::ActivityLogModel::Outcome::Succeeded);
    QTest::newRow("throttled") << false << false << 429 << QStringLiteral("TooManyRequestsException")
                               << QStringLiteral("TooManyRequestsException (429)")
                               << int(Items::ActivityLogModel::Outcome::Failed);
    QTest::newRow("network") << false << false << 0 << QStringLiteral("ConnectionRefused")
                             << QStringLiteral("ConnectionRefused") << int(Items::ActivityLogModel::Outcome::Failed);
    QTest::newRow("cancelled") << false << true << 0 << QString() << QStringLiteral("Cancelled")
                               << int(Items::ActivityLogModel::Outcome::Cancelled);
}

void TestActivityLogModel::resultText()
{
    QFETCH(bool, ok);
    QFETCH(bool, cancelled);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QFETCH(int, outcome);
    Items::ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Aws::CallRecord r = record(1, ok, status, code);
    r.cancelled = cancelled;
    model.append(r, QStringLiteral("prod · eu-west-1"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(Items::ActivityLogModel::ColumnCount));
    QCOMPARE(model.index(0, Items::ActivityLogModel::ResultColumn).data().toString(), expected);
    QCOMPARE(model.index(0, 0).data(Items::ActivityLogModel::OutcomeRole).value<Items::ActivityLogModel::Outcome>(),
        static_cast<Items::ActivityLogModel::Outcome>(outcome));
    QCOMPARE(model.index(0, Items::ActivityLogModel::OperationColumn).data().toString(), QStringLiteral("GetAccount"));
    QCOMPARE(model.index(0, Items::ActivityLogModel::DurationColumn).data().toString(), QStringLiteral("42 ms"));
    QCOMPARE(model.index(0, Items::ActivityLogModel::RequestIdColumn).data().toString(), QStringLiteral("rid-1"));
    QCOMPARE(model.index(0, Items::ActivityLogModel::ConnectionColumn).data().toString(),
        QStringLiteral("prod · eu-west-1"));
    if (!ok && !cancelled)
        QCOMPARE(model.index(0, Items::ActivityLogModel::ResultColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Rate exceeded"));
    QCOMPARE(model.headerData(Items::ActivityLogModel::RequestIdColumn, Qt::Horizontal).toString(),
        QStringLiteral("Request ID"));
}

void TestActivityLogModel::keepsTheLatestRows()
{
    Items::ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaximumRows(3);
    for (quint64 i = 1; i <= 5; ++i)
        model.append(record(i, true, 200), QStringLiteral("x"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.recordAt(0).id, quint64(3));
    QCOMPARE(model.recordAt(2).id, quint64(5));
    model.setMaximumRows(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.recordAt(0).id, quint64(5));
}

void TestActivityLogModel::clearEmpties()
{
    Items::ActivityLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(record(1, true, 200), QStringLiteral("x"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestActivityLogModel)
#include "tst_activitylogmodel.moc"
