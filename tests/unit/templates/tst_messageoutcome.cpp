// Outcomes read from the Sandbox's captured-mail store: the events of a message become
// delivered, bounced with the SMTP status, suppressed, complained, auto-replied or pending.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "models/ses/MessageOutcome.h"

using Ses::MessageOutcome;
using Status = Ses::MessageOutcome::Status;

class tst_MessageOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCapturedMessages_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("smtpStatus");
        QTest::addColumn<bool>("final");

        QTest::newRow("only sent") << QByteArray(R"({"messageId":"m","events":[{"eventType":"Send"}]})")
                                   << int(Status::Pending) << QString() << false;
        QTest::newRow("delivered") << QByteArray(R"({"events":[{"eventType":"Send"},{"eventType":"Delivery"}]})")
                                   << int(Status::Delivered) << QString() << false;
        QTest::newRow("hard bounce as SES's event record")
            << QByteArray(R"({"events":[{"eventType":"Send"},{"eventType":"Bounce","bounce":{"bounceType":"Permanent",
                "bounceSubType":"General","bouncedRecipients":[{"emailAddress":"bounce@simulator.amazonses.com",
                "action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}]})")
            << int(Status::Bounced) << QStringLiteral("5.1.1") << true;
        QTest::newRow("status only in the diagnostic code")
            << QByteArray(R"({"events":[{"eventType":"Bounce","bounce":{"bounceType":"Permanent",
                "bouncedRecipients":[{"diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}]})")
            << int(Status::Bounced) << QStringLiteral("5.1.1") << true;
        QTest::newRow("suppression-list bounce")
            << QByteArray(R"({"events":[{"eventType":"Bounce","bounce":{"bounceType":"Permanent",
                "bounceSubType":"OnAccountSuppressionList","bouncedRecipients":[{"status":"5.1.1"}]}}]})")
            << int(Status::Suppressed) << QStringLiteral("5.1.1") << true;
        QTest::newRow("complaint after delivery")
            << QByteArray(R"({"events":[{"eventType":"Send"},{"eventType":"Delivery"},{"eventType":"Complaint",
                "complaint":{"complaintFeedbackType":"abuse"}}]})")
            << int(Status::Complained) << QString() << true;
        QTest::newRow("auto-reply, spelled as a word")
            << QByteArray(R"({"events":[{"eventType":"Delivery"},{"eventType":"auto-reply"}]})")
            << int(Status::AutoReplied) << QString() << true;
        QTest::newRow("auto-reply, camel case")
            << QByteArray(R"({"events":[{"eventType":"Delivery"},{"eventType":"AutoReply"}]})")
            << int(Status::AutoReplied) << QString() << true;
        QTest::newRow("list summary form")
            << QByteArray(R"({"messageId":"m","eventTypes":["Send","Delivery","Complaint"]})")
            << int(Status::Complained) << QString() << true;
        QTest::newRow("reject") << QByteArray(R"({"events":[{"eventType":"Send"},{"eventType":"Reject"}]})")
                                << int(Status::Rejected) << QString() << true;
    }
    void readsCapturedMessages()
    {
        QFETCH(QByteArray, message);
        QFETCH(int, status);
        QFETCH(QString, smtpStatus);
        QFETCH(bool, final);
        const QJsonDocument document = QJsonDocument::fromJson(message);
        QVERIFY(document.isObject());
        const MessageOutcome outcome = MessageOutcome::fromSandboxMessage(document.object());
        QCOMPARE(int(outcome.status), status);
        QCOMPARE(outcome.smtpStatus, smtpStatus);
        QCOMPARE(outcome.isFinal(), final);
        if (!smtpStatus.isEmpty())
            QVERIFY(outcome.summary().contains(smtpStatus));
    }

    void roundTripsThroughJson()
    {
        MessageOutcome o;
        o.status = Status::Bounced;
        o.bounceType = QStringLiteral("Permanent");
        o.bounceSubType = QStringLiteral("General");
        o.smtpStatus = QStringLiteral("5.1.1");
        o.diagnosticCode = QStringLiteral("smtp; 550 5.1.1 user unknown");
        o.eventTypes = {QStringLiteral("Send"), QStringLiteral("Bounce")};
        o.checkedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        const MessageOutcome back = MessageOutcome::fromJson(o.toJson());
        QCOMPARE(back.status, o.status);
        QCOMPARE(back.smtpStatus, o.smtpStatus);
        QCOMPARE(back.diagnosticCode, o.diagnosticCode);
        QCOMPARE(back.eventTypes, o.eventTypes);
        QCOMPARE(back.checkedAt, o.checkedAt);
        for (int s = int(Status::Unknown); s <= int(Status::Unavailable); ++s)
            QCOMPARE(int(MessageOutcome::statusFromKey(MessageOutcome::statusKey(Status(s)))), s);
    }
};

QTEST_GUILESS_MAIN(tst_MessageOutcome)
#include "tst_messageoutcome.moc"
