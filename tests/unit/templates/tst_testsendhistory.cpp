// The test-send history per account and region: append, update outcomes in place, keep only
// the newest records, clear; and what a damaged file gives.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/TestSendHistory.h"

using Ses::AccountScope;
using Ses::TestSendHistory;
using Ses::TestSendRecord;

class tst_TestSendHistory : public QObject
{
    Q_OBJECT

    const AccountScope m_scope{QStringLiteral("sandbox"), QStringLiteral("us-east-1")};

    static TestSendRecord record(int i)
    {
        TestSendRecord r;
        r.id = QStringLiteral("id-%1").arg(i);
        r.sentAt = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC).addSecs(i);
        r.from = QStringLiteral("sender@example.com");
        r.recipient = QStringLiteral("bounce+r%1@simulator.amazonses.com").arg(i);
        r.scenario = QStringLiteral("bounce");
        r.label = QStringLiteral("r%1").arg(i);
        r.contentKind = QStringLiteral("formatted");
        r.messageId = QStringLiteral("0100018f-%1").arg(i);
        r.outcome.status = Ses::MessageOutcome::Status::Pending;
        return r;
    }

private Q_SLOTS:
    void appendsAndUpdates()
    {
        QTemporaryDir dir;
        TestSendHistory history(dir.path());
        QVERIFY(history.load(m_scope).value().isEmpty());
        QVERIFY(history.append(m_scope, record(1)).ok());
        TestSendRecord refused = record(2);
        refused.messageId.clear();
        refused.errorCode = QStringLiteral("MessageRejected");
        refused.errorMessage = QStringLiteral("Email address is not verified.");
        refused.requestId = QStringLiteral("req-2");
        QVERIFY(history.append(m_scope, refused).ok());

        TestSendRecord bounced = record(1);
        bounced.outcome.status = Ses::MessageOutcome::Status::Bounced;
        bounced.outcome.smtpStatus = QStringLiteral("5.1.1");
        QVERIFY(history.update(m_scope, bounced).ok());

        const auto loaded = TestSendHistory(dir.path()).load(m_scope);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().size(), 2);
        QCOMPARE(loaded.value().at(0).outcome.status, Ses::MessageOutcome::Status::Bounced);
        QCOMPARE(loaded.value().at(0).outcome.smtpStatus, QStringLiteral("5.1.1"));
        QCOMPARE(loaded.value().at(0).label, QStringLiteral("r1"));
        QCOMPARE(loaded.value().at(0).sentAt, record(1).sentAt);
        QVERIFY(!loaded.value().at(1).accepted());
        QCOMPARE(loaded.value().at(1).errorCode, QStringLiteral("MessageRejected"));
        QCOMPARE(loaded.value().at(1).requestId, QStringLiteral("req-2"));
    }

    void keepsTheNewestRecords()
    {
        QTemporaryDir dir;
        TestSendHistory history(dir.path(), 5);
        for (int i = 0; i < 12; ++i)
            QVERIFY(history.append(m_scope, record(i)).ok());
        const auto loaded = history.load(m_scope).value();
        QCOMPARE(loaded.size(), 5);
        QCOMPARE(loaded.constFirst().id, QStringLiteral("id-7"));
        QCOMPARE(loaded.constLast().id, QStringLiteral("id-11"));
    }

    void scopesAreSeparateAndClearable()
    {
        QTemporaryDir dir;
        TestSendHistory history(dir.path());
        const AccountScope other{QStringLiteral("aws:prod"), QStringLiteral("us-east-1")};
        history.append(m_scope, record(1));
        history.append(other, record(2));
        QCOMPARE(history.load(m_scope).value().size(), 1);
        QCOMPARE(history.load(other).value().constFirst().id, QStringLiteral("id-2"));
        QVERIFY(history.clear(m_scope).ok());
        QVERIFY(history.load(m_scope).value().isEmpty());
        QCOMPARE(history.load(other).value().size(), 1);
        QVERIFY(!history.append({}, record(3)).ok());
    }

    void aDamagedFileIsAnErrorNotALoss()
    {
        QTemporaryDir dir;
        TestSendHistory history(dir.path());
        history.append(m_scope, record(1));
        QFile file(history.fileName(m_scope));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"records\": [");
        file.close();
        QVERIFY(!history.load(m_scope).ok());
        QVERIFY(history.load(m_scope).error().message.contains(QStringLiteral("damaged")));
        // Appending refuses rather than overwrite what might still be recovered by hand.
        QVERIFY(!history.append(m_scope, record(2)).ok());
    }
};

QTEST_GUILESS_MAIN(tst_TestSendHistory)
#include "tst_testsendhistory.moc"
