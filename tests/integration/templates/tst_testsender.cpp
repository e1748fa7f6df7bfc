// Test sends end to end over a scripted loopback server: the record of an accepted and of a
// refused send, the outcome read from the Sandbox's captured-mail store, "Run all scenarios"
// paced and cancellable, and the history that keeps it all.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/SandboxMessageFetcher.h"
#include "models/ses/TestSendBatch.h"
#include "models/ses/TestSendHistory.h"
#include "models/ses/TestSender.h"

#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"

using TestSupport::ScriptedHttpServer;
using Scenario = Ses::MailboxSimulator::Scenario;

class tst_TestSender : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    TestSupport::FakeClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<Aws::AwsClient> m_aws;
    std::unique_ptr<Ses::SesClient> m_ses;
    QTemporaryDir m_dir;
    const Ses::AccountScope m_scope{QStringLiteral("sandbox"), QStringLiteral("us-east-1")};

    static Ses::TestEmail email(Scenario scenario)
    {
        Ses::TestEmail e;
        e.from = QStringLiteral("sender@example.com");
        e.scenario = scenario;
        e.subject = Ses::TestEmail::defaultSubject();
        e.text = Ses::TestEmail::defaultText();
        e.configurationSet = QStringLiteral("tracking");
        return e;
    }
    static ScriptedHttpServer::Reply messageId(const QString &id)
    {
        return ScriptedHttpServer::Reply::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("MessageId"), id}}).toJson());
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->start());
        Aws::ClientConfig config;
        config.endpointOverride = m_server->url();
        config.managementRatePerSecond = 0;
        m_aws = std::make_unique<Aws::AwsClient>(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{QStringLiteral("AKIDSENDER"), QStringLiteral("secret"), {}, {}},
                QStringLiteral("test")),
            &m_clock,
            config);
        m_ses = std::make_unique<Ses::SesClient>(m_aws.get());
    }

    void sendsReadsTheOutcomeAndKeepsIt()
    {
        Ses::TestSendHistory history(m_dir.path());
        history.clear(m_scope);
        Ses::SandboxMessageFetcher fetcher(&m_network, m_server->url(), &m_clock);
        Ses::TestSender sender(m_ses.get(), &m_clock);
        sender.setHistory(&history, m_scope);
        sender.setOutcomeSource(&fetcher);
        QSignalSpy changed(&sender, &Ses::TestSender::recordChanged);

        m_server->enqueue(messageId(QStringLiteral("0100018f-bounce-000000")));
        Ses::TestEmail e = email(Scenario::Bounce);
        e.label = QStringLiteral("run1");
        std::optional<Aws::Result<Ses::TestSendRecord>> sent;
        sender.send(e, this, [&sent](auto answer) {
            sent = answer;
        });
        QTRY_VERIFY(sent.has_value());
        QVERIFY(sent->ok());
        const Ses::TestSendRecord record = sent->value();
        QCOMPARE(record.messageId, QStringLiteral("0100018f-bounce-000000"));
        QCOMPARE(record.recipient, QStringLiteral("bounce+run1@simulator.amazonses.com"));
        QCOMPARE(record.scenario, QStringLiteral("bounce"));
        QCOMPARE(record.label, QStringLiteral("run1"));
        QCOMPARE(record.sentAt, m_clock.nowUtc());
        QCOMPARE(record.configurationSet, QStringLiteral("tracking"));
        QCOMPARE(record.outcome.status, Ses::MessageOutcome::Status::Pending);
        const QJsonObject body = QJsonDocument::fromJson(m_server->requests().constLast().body).object();
        QCOMPARE(body.value(QStringLiteral("ConfigurationSetName")).toString(), QStringLiteral("tracking"));

        m_server->enqueue(ScriptedHttpServer::Reply::json(200, R"({"messageId":"0100018f-bounce-000000","events":[
            {"eventType":"Send"},{"eventType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
            "bouncedRecipients":[{"emailAddress":"bounce+run1@simulator.amazonses.com","status":"5.1.1",
            "diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}]})"));
        std::optional<Aws::Result<Ses::TestSendRecord>> checked;
        sender.checkOutcome(record, this, [&checked](auto answer) {
            checked = answer;
        });
        QTRY_VERIFY(checked.has_value());
        QVERIFY(checked->ok());
        QCOMPARE(checked->value().outcome.status, Ses::MessageOutcome::Status::Bounced);
        QCOMPARE(checked->value().outcome.smtpStatus, QStringLiteral("5.1.1"));
        const auto &lookup = m_server->requests().constLast();
        QCOMPARE(lookup.method, QByteArray("GET"));
        QCOMPARE(lookup.path(), QByteArray("/_sandbox/messages/0100018f-bounce-000000"));
        QVERIFY(lookup.header("Authorization").isEmpty()); // the store is not an AWS API

        QCOMPARE(changed.size(), 2);
        const auto kept = history.load(m_scope).value();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.constFirst().outcome.status, Ses::MessageOutcome::Status::Bounced);
    }

    void refusalsAreRecordedWithTheirError()
    {
        Ses::TestSendHistory history(m_dir.path());
        history.clear(m_scope);
        Ses::TestSender sender(m_ses.get(), &m_clock);
        sender.setHistory(&history, m_scope);
        m_server->enqueue(ScriptedHttpServer::Reply::json(400,
            R"({"message":"Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com"})",
            "MessageRejected"));
        std::optional<Aws::Result<Ses::TestSendRecord>> sent;
        sender.send(email(Scenario::Success), this, [&sent](auto answer) {
            sent = answer;
        });
        QTRY_VERIFY(sent.has_value());
        QVERIFY(sent->ok());
        QVERIFY(!sent->value().accepted());
        QCOMPARE(sent->value().errorCode, QStringLiteral("MessageRejected"));
        QVERIFY(sent->value().errorMessage.startsWith(QStringLiteral("Email address is not verified.")));
        QCOMPARE(sent->value().requestId, QStringLiteral("req-400"));
        QCOMPARE(history.load(m_scope).value().constFirst().errorCode, QStringLiteral("MessageRejected"));
    }

    void aRealAccountHasNoOutcomeSource()
    {
        Ses::TestSender sender(m_ses.get(), &m_clock);
        m_server->enqueue(messageId(QStringLiteral("real-1")));
        std::optional<Aws::Result<Ses::TestSendRecord>> sent;
        sender.send(email(Scenario::Complaint), this, [&sent](auto answer) {
            sent = answer;
        });
        QTRY_VERIFY(sent.has_value());
        QCOMPARE(sent->value().outcome.status, Ses::MessageOutcome::Status::Unavailable);
        const int requests = static_cast<int>(m_server->requests().size());
        std::optional<Aws::Result<Ses::TestSendRecord>> checked;
        sender.checkOutcome(sent->value(), this, [&checked](auto answer) {
            checked = answer;
        });
        QTRY_VERIFY(checked.has_value());
        QCOMPARE(checked->value().outcome.status, Ses::MessageOutcome::Status::Unavailable);
        QCOMPARE(m_server->requests().size(), requests); // nothing was asked
    }

    void fetcherAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("outcome");
        QTest::newRow("unknown message") << 404
                                         << QByteArray(R"({"code":"NotFound","message":"No captured message x."})")
                                         << true << int(Ses::MessageOutcome::Status::NotCaptured);
        QTest::newRow("delivered") << 200 << QByteArray(R"({"events":[{"eventType":"Send"},{"eventType":"Delivery"}]})")
                                   << true << int(Ses::MessageOutcome::Status::Delivered);
        QTest::newRow("server error") << 500 << QByteArray(R"({"code":"InternalFailure","message":"disk full"})")
                                      << false << 0;
    }
    void fetcherAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, outcome);
        Ses::SandboxMessageFetcher fetcher(&m_network, m_server->url(), &m_clock);
        m_server->enqueue(ScriptedHttpServer::Reply::json(status, body));
        std::optional<Aws::Result<Ses::MessageOutcome>> got;
        fetcher.fetch(QStringLiteral("x/y"), this, [&got](auto answer) {
            got = answer;
        });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->ok(), ok);
        QCOMPARE(m_server->requests().constLast().path(), QByteArray("/_sandbox/messages/x%2Fy"));
        if (ok) {
            QCOMPARE(int(got->value().status), outcome);
            QCOMPARE(got->value().checkedAt, m_clock.nowUtc());
        } else {
            QCOMPARE(got->error().message, QStringLiteral("disk full"));
        }
    }

    void fetcherRefusesRealEndpoints()
    {
        Ses::SandboxMessageFetcher fetcher(
            &m_network, QUrl(QStringLiteral("https://email.us-east-1.amazonaws.com")), &m_clock);
        std::optional<Aws::Result<Ses::MessageOutcome>> got;
        QVERIFY(!fetcher.fetch(QStringLiteral("m"), this, [&got](auto answer) {
            got = answer;
        }));
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->isError());
        QCOMPARE(got->error().code, QStringLiteral("NotASandbox"));
    }

    void runAllScenariosInOneAction()
    {
        Ses::TestSender sender(m_ses.get(), &m_clock);
        const QList<Scenario> scenarios = Ses::MailboxSimulator::scenarios();
        for (int i = 0; i < scenarios.size(); ++i)
            m_server->enqueue(messageId(QStringLiteral("m-%1").arg(i)));
        Ses::TestSendBatch batch(&sender, email(Scenario::Success), scenarios, std::chrono::milliseconds(20));
        QSignalSpy progress(&batch, &Ses::TestSendBatch::progress);
        QSignalSpy finished(&batch, &Ses::TestSendBatch::finished);
        batch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(batch.records().size(), 5);
        QStringList recipients;
        for (const auto &request : m_server->requests())
            recipients.append(QJsonDocument::fromJson(request.body)
                                  .object()
                                  .value(QStringLiteral("Destination"))
                                  .toObject()
                                  .value(QStringLiteral("ToAddresses"))
                                  .toArray()
                                  .first()
                                  .toString());
        QCOMPARE(recipients,
            (QStringList{QStringLiteral("success@simulator.amazonses.com"),
                QStringLiteral("bounce@simulator.amazonses.com"),
                QStringLiteral("ooto@simulator.amazonses.com"),
                QStringLiteral("complaint@simulator.amazonses.com"),
                QStringLiteral("suppressionlist@simulator.amazonses.com")}));
        QCOMPARE(progress.constLast().at(0).toInt(), 5);
        QCOMPARE(batch.records().at(4).messageId, QStringLiteral("m-4"));
    }

    void runAllCanBeCancelled()
    {
        Ses::TestSender sender(m_ses.get(), &m_clock);
        m_server->enqueue(messageId(QStringLiteral("first")));
        Ses::TestSendBatch batch(
            &sender, email(Scenario::Success), Ses::MailboxSimulator::scenarios(), std::chrono::seconds(30));
        QSignalSpy finished(&batch, &Ses::TestSendBatch::finished);
        batch.start();
        QTRY_COMPARE(batch.records().size(), 1); // then it waits 30 s before the next send
        batch.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(!batch.isRunning());
        QCOMPARE(m_server->requests().size(), 1);
    }

    void paceFollowsTheSendRate()
    {
        QCOMPARE(Ses::TestSendBatch::intervalFor(1.0), std::chrono::milliseconds(1100));
        QCOMPARE(Ses::TestSendBatch::intervalFor(14.0), std::chrono::milliseconds(172));
        QCOMPARE(Ses::TestSendBatch::intervalFor(0), std::chrono::milliseconds(1100));
    }
};

QTEST_GUILESS_MAIN(tst_TestSender)
#include "tst_testsender.moc"
