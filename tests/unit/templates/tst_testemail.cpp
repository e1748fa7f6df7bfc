// What the Send test email dialog and send-test accept: each problem is named before anything
// is sent.
#include <QTest>

#include "models/ses/TestEmail.h"

using Ses::TestEmail;

class tst_TestEmail : public QObject
{
    Q_OBJECT

    static TestEmail valid()
    {
        TestEmail e;
        e.from = QStringLiteral("sender@example.com");
        e.scenario = Ses::MailboxSimulator::Scenario::Success;
        e.subject = TestEmail::defaultSubject();
        e.text = TestEmail::defaultText();
        return e;
    }

private Q_SLOTS:
    void validates_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("problem");
        QTest::newRow("valid") << 0 << QString();
        QTest::newRow("no sender") << 1 << QStringLiteral("Choose the sender");
        QTest::newRow("sender not an address") << 2 << QStringLiteral("is not an email address");
        QTest::newRow("bad label") << 3 << QStringLiteral("label");
        QTest::newRow("custom recipient missing") << 4 << QStringLiteral("Enter the recipient");
        QTest::newRow("no subject") << 5 << QStringLiteral("subject");
        QTest::newRow("no text") << 6 << QStringLiteral("message text");
        QTest::newRow("empty raw") << 7 << QStringLiteral("raw MIME");
        QTest::newRow("template without name") << 8 << QStringLiteral("Choose a template");
        QTest::newRow("template data not JSON") << 9 << QStringLiteral("not valid JSON");
        QTest::newRow("template data an array") << 10 << QStringLiteral("JSON object");
        QTest::newRow("bad tag") << 11 << QStringLiteral("Message tag");
        QTest::newRow("template with data") << 12 << QString();
        QTest::newRow("custom recipient") << 13 << QString();
    }
    void validates()
    {
        QFETCH(int, change);
        QFETCH(QString, problem);
        TestEmail e = valid();
        switch (change) {
        case 1:
            e.from.clear();
            break;
        case 2:
            e.from = QStringLiteral("sender");
            break;
        case 3:
            e.label = QStringLiteral("has space");
            break;
        case 4:
            e.scenario.reset();
            break;
        case 5:
            e.subject = QStringLiteral("  ");
            break;
        case 6:
            e.text.clear();
            break;
        case 7:
            e.content = TestEmail::Content::Raw;
            break;
        case 8:
            e.content = TestEmail::Content::Template;
            break;
        case 9:
            e.content = TestEmail::Content::Template;
            e.templateName = QStringLiteral("t");
            e.templateData = QStringLiteral("{\"a\": }");
            break;
        case 10:
            e.content = TestEmail::Content::Template;
            e.templateName = QStringLiteral("t");
            e.templateData = QStringLiteral("[1]");
            break;
        case 11:
            e.tags = {{QStringLiteral("campaign"), QStringLiteral("has space")}};
            break;
        case 12:
            e.content = TestEmail::Content::Template;
            e.templateName = QStringLiteral("t");
            e.templateData = QStringLiteral("{\"a\": 1}");
            break;
        case 13:
            e.scenario.reset();
            e.customRecipient = QStringLiteral("verified@example.com");
            break;
        default:
            break;
        }
        const QString result = e.validate();
        if (problem.isEmpty())
            QVERIFY2(result.isEmpty(), qPrintable(result));
        else
            QVERIFY2(result.contains(problem, Qt::CaseInsensitive), qPrintable(result));
    }

    void recipientFollowsTheScenario()
    {
        TestEmail e = valid();
        QCOMPARE(e.recipient(), QStringLiteral("success@simulator.amazonses.com"));
        QCOMPARE(e.withScenario(Ses::MailboxSimulator::Scenario::Ooto).recipient(),
            QStringLiteral("ooto@simulator.amazonses.com"));
        e.label = QStringLiteral("x");
        QCOMPARE(e.withScenario(Ses::MailboxSimulator::Scenario::Complaint).recipient(),
            QStringLiteral("complaint+x@simulator.amazonses.com"));
        e.scenario.reset();
        e.customRecipient = QStringLiteral(" me@example.com ");
        QCOMPARE(e.recipient(), QStringLiteral("me@example.com"));
    }
};

QTEST_GUILESS_MAIN(tst_TestEmail)
#include "tst_testemail.moc"
