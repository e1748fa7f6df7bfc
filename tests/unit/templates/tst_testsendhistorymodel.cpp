// The test-send history table under QAbstractItemModelTester: newest first, in-place outcome
// updates, semantic roles.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/items/TestSendHistoryModel.h"

using Items::TestSendHistoryModel;
using Ses::TestSendRecord;

namespace
{

TestSendRecord record(int i, const QString &scenario)
{
    TestSendRecord r;
    r.id = QStringLiteral("id-%1").arg(i);
    r.sentAt = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC).addSecs(i);
    r.from = QStringLiteral("sender@example.com");
    r.scenario = scenario;
    r.recipient = QStringLiteral("%1@simulator.amazonses.com").arg(scenario);
    r.messageId = QStringLiteral("msg-%1").arg(i);
    r.outcome.status = Ses::MessageOutcome::Status::Pending;
    return r;
}

} // namespace

class tst_TestSendHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsNewestFirst()
    {
        TestSendHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({record(1, QStringLiteral("success")), record(2, QStringLiteral("bounce"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TestSendHistoryModel::ColumnCount));
        QCOMPARE(model.index(0, TestSendHistoryModel::MessageIdColumn).data().toString(), QStringLiteral("msg-2"));
        QCOMPARE(model.index(0, TestSendHistoryModel::ScenarioColumn).data().toString(), QStringLiteral("Bounce"));
        QCOMPARE(model.index(1, TestSendHistoryModel::ResultColumn).data().toString(), QStringLiteral("Accepted"));
        QVERIFY(model.index(0, TestSendHistoryModel::ScenarioColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("5.1.1")));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        TestSendRecord refused = record(3, QString());
        refused.recipient = QStringLiteral("someone@example.com");
        refused.messageId.clear();
        refused.errorCode = QStringLiteral("MessageRejected");
        refused.errorMessage = QStringLiteral("Email address is not verified.");
        refused.requestId = QStringLiteral("req-3");
        model.upsert(refused);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(
            model.index(0, TestSendHistoryModel::ScenarioColumn).data().toString(), QStringLiteral("Custom recipient"));
        QCOMPARE(model.index(0, TestSendHistoryModel::ResultColumn).data().toString(),
            QStringLiteral("MessageRejected: Email address is not verified."));
        QVERIFY(!model.index(0, 0).data(TestSendHistoryModel::AcceptedRole).toBool());
        QCOMPARE(model.index(0, TestSendHistoryModel::ResultColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Request id: req-3"));
        QVERIFY(model.index(0, TestSendHistoryModel::OutcomeColumn).data().toString().isEmpty());
    }

    void updatesOutcomesInPlace()
    {
        TestSendHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({record(1, QStringLiteral("bounce")), record(2, QStringLiteral("success"))});
        TestSendRecord bounced = record(1, QStringLiteral("bounce"));
        bounced.label = QStringLiteral("run7");
        bounced.outcome.status = Ses::MessageOutcome::Status::Bounced;
        bounced.outcome.smtpStatus = QStringLiteral("5.1.1");
        bounced.outcome.diagnosticCode = QStringLiteral("smtp; 550 5.1.1 user unknown");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsert(bounced);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 0);
        const int row = model.rowOfMessage(QStringLiteral("msg-1"));
        QCOMPARE(row, 1);
        QVERIFY(
            model.index(row, TestSendHistoryModel::OutcomeColumn).data().toString().contains(QStringLiteral("5.1.1")));
        QCOMPARE(model.index(row, TestSendHistoryModel::OutcomeColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("smtp; 550 5.1.1 user unknown"));
        QCOMPARE(model.index(row, 0).data(TestSendHistoryModel::OutcomeStatusRole).toInt(),
            int(Ses::MessageOutcome::Status::Bounced));
        QCOMPARE(
            model.index(row, TestSendHistoryModel::ScenarioColumn).data().toString(), QStringLiteral("Bounce (+run7)"));
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(model.rowOfMessage(QString()), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TestSendHistoryModel)
#include "tst_testsendhistorymodel.moc"
