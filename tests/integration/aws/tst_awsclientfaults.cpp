// AwsClient against a scripted loopback server that answers 429, 500, a skewed clock, a dropped
// connection or nothing at all: retries, backoff, skew correction, timeouts and cancellation.
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/AwsJob.h"
#include "models/aws/CredentialsProvider.h"
#include "models/aws/SigV4Signer.h"

#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace Aws;
using TestSupport::ScriptedHttpServer;

namespace
{

const char kSecret[] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYFAULTSECRET";

Credentials testCredentials()
{
    return Credentials{QStringLiteral("AKIDFAULTTEST"), QString::fromLatin1(kSecret), {}, {}};
}

} // namespace

class tst_AwsClientFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AwsClient> makeClient(const QUrl &endpoint, int maxAttempts = 3)
    {
        ClientConfig config;
        config.region = QStringLiteral("us-east-1");
        config.endpointOverride = endpoint;
        config.retry.maxAttempts = maxAttempts;
        config.retry.baseDelay = std::chrono::milliseconds(10);
        config.retry.random = [] {
            return 0.5;
        };
        config.managementRatePerSecond = 0;
        config.defaultTimeout = std::chrono::milliseconds(5000);
        auto provider = std::make_shared<StaticCredentialsProvider>(testCredentials(), QStringLiteral("test"));
        return std::make_unique<AwsClient>(&m_network, provider, &m_clock, config);
    }

    /// Sends and waits for finished(); returns the job's state, error and attempts.
    struct Outcome {
        AwsJob::State state;
        AwsError error;
        AwsResponse response;
        int attempts;
    };
    Outcome run(AwsClient &client, AwsRequest request)
    {
        AwsJob *job = client.send(std::move(request));
        QSignalSpy finished(job, &AwsJob::finished);
        Outcome o{};
        connect(job, &AwsJob::finished, this, [&o, job] {
            o.state = job->state();
            o.error = job->error();
            o.response = job->response();
            o.attempts = job->attempts();
        });
        if (!finished.wait(15000))
            qFatal("job did not finish");
        return o;
    }

    static AwsRequest getAccount()
    {
        return AwsRequest::restJson(QStringLiteral("GetAccount"), "GET", "/v2/email/account");
    }
    static AwsRequest sendEmail()
    {
        AwsRequest r = AwsRequest::restJson(
            QStringLiteral("SendEmail"), "POST", "/v2/email/outbound-emails", QJsonObject{{QStringLiteral("x"), 1}});
        r.kind = CallKind::Sending;
        return r;
    }

    QNetworkAccessManager m_network;
    TestSupport::FakeClock m_clock{QDateTime::currentDateTimeUtc()};

private Q_SLOTS:
    void retriesThrottlingThenSucceeds()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(
            ScriptedHttpServer::Reply::json(429, "{\"message\":\"Too many requests.\"}", "TooManyRequestsException"));
        server.enqueue(ScriptedHttpServer::Reply::json(400, "{\"message\":\"Rate exceeded\"}", "ThrottlingException"));
        server.enqueue(ScriptedHttpServer::Reply::json(200, "{\"SendingEnabled\":true}"));
        auto client = makeClient(server.url());
        const Outcome o = run(*client, getAccount());
        QCOMPARE(o.state, AwsJob::State::Succeeded);
        QCOMPARE(o.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(o.response.json().value(QStringLiteral("SendingEnabled")).toBool(), true);
    }

    void gives500UpAfterMaxAttempts()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback(
            ScriptedHttpServer::Reply::json(500, "{\"message\":\"Internal failure\"}", "InternalFailure"));
        auto client = makeClient(server.url(), 3);
        const Outcome o = run(*client, getAccount());
        QCOMPARE(o.state, AwsJob::State::Failed);
        QCOMPARE(o.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(o.error.code, QStringLiteral("InternalFailure"));
        QCOMPARE(o.error.httpStatus, 500);
        QCOMPARE(o.error.requestId, QStringLiteral("req-500"));
        QVERIFY(o.error.retryable);
    }

    void doesNotRetryClientErrors()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(ScriptedHttpServer::Reply::json(404,
            "{\"message\":\"Email identity x does not exist.\"}",
            "NotFoundException:http://internal.amazon.com/coral/com.amazonaws.sesv2/"));
        auto client = makeClient(server.url());
        const Outcome o = run(*client, getAccount());
        QCOMPARE(o.state, AwsJob::State::Failed);
        QCOMPARE(o.attempts, 1);
        QCOMPARE(o.error.code, QStringLiteral("NotFoundException"));
        QCOMPARE(o.error.message, QStringLiteral("Email identity x does not exist."));
        QVERIFY(!o.error.retryable);
    }

    void retriesDroppedConnection()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        // Qt itself re-sends an idempotent request a couple of times when the connection closes
        // before the answer; drop more often than that so our own retry has to step in.
        for (int i = 0; i < 3; ++i)
            server.enqueue(ScriptedHttpServer::Reply::drop());
        server.setFallback(ScriptedHttpServer::Reply::json(200, "{}"));
        auto client = makeClient(server.url());
        const Outcome o = run(*client, getAccount());
        QCOMPARE(o.state, AwsJob::State::Succeeded);
        QVERIFY2(o.attempts >= 2, "AwsClient's own retry did not run");
    }

    void neverRetriesASendThatMayHaveArrived_data()
    {
        QTest::addColumn<int>("first"); // 0 drop, else HTTP status
        QTest::addColumn<int>("expectedAttempts");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("dropped after sending") << 0 << 1 << false;
        QTest::newRow("500 from the server") << 500 << 1 << false;
        QTest::newRow("503 from the server") << 503 << 1 << false;
        QTest::newRow("429 refused, safe to resend") << 429 << 2 << true;
    }
    void neverRetriesASendThatMayHaveArrived()
    {
        QFETCH(int, first);
        QFETCH(int, expectedAttempts);
        QFETCH(bool, succeeds);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        if (first == 0)
            server.enqueue(ScriptedHttpServer::Reply::drop());
        else
            server.enqueue(ScriptedHttpServer::Reply::json(
                first, "{\"message\":\"x\"}", first == 429 ? "TooManyRequestsException" : "InternalFailure"));
        server.enqueue(ScriptedHttpServer::Reply::json(200, "{\"MessageId\":\"m-1\"}"));
        auto client = makeClient(server.url());
        const Outcome o = run(*client, sendEmail());
        QCOMPARE(o.attempts, expectedAttempts);
        QCOMPARE(o.state == AwsJob::State::Succeeded, succeeds);
        QCOMPARE(server.requests().size(), expectedAttempts);
    }

    void correctsClockSkewFromDateHeader()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        const QDateTime serverTime = m_clock.nowUtc().addSecs(3600);
        auto skewed = ScriptedHttpServer::Reply::json(403,
            "{\"message\":\"Signature expired: 20150830T123600Z is now earlier than 20150830T132100Z (20150830T133600Z "
            "- 15 min.)\"}",
            "InvalidSignatureException");
        skewed.headers.emplaceBack("Date", serverTime.toString(Qt::RFC2822Date).toLatin1());
        server.enqueue(skewed);
        server.enqueue(ScriptedHttpServer::Reply::json(200, "{}"));
        auto client = makeClient(server.url(), 1); // skew correction is not a counted retry
        const Outcome o = run(*client, getAccount());
        QCOMPARE(o.state, AwsJob::State::Succeeded);
        QCOMPARE(server.requests().size(), 2);
        const auto secondDate = QDateTime::fromString(
            QString::fromLatin1(server.requests().at(1).header("X-Amz-Date")), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        const auto expected = QDateTime::fromString(
            serverTime.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY(qAbs(secondDate.secsTo(expected)) <= 2);
        QVERIFY(qAbs(client->clockSkew().count() - 3600 * 1000) <= 2000);
    }

    void timesOut()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback(ScriptedHttpServer::Reply::hang());
        auto client = makeClient(server.url(), 1);
        AwsRequest request = getAccount();
        request.timeout = std::chrono::milliseconds(300);
        const Outcome o = run(*client, request);
        QCOMPARE(o.state, AwsJob::State::Failed);
        QCOMPARE(o.error.kind, AwsError::Kind::Timeout);
    }

    void cancelsInFlight()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback(ScriptedHttpServer::Reply::hang());
        auto client = makeClient(server.url());
        QSignalSpy records(client.get(), &AwsClient::callFinished);
        AwsJob *job = client->send(getAccount());
        QSignalSpy finished(job, &AwsJob::finished);
        QTRY_COMPARE(server.requests().size(), 1);
        job->cancel();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(records.size(), 1);
        QVERIFY(records.at(0).at(0).value<CallRecord>().cancelled);
    }

    void signsWhatGoesOnTheWire_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::newRow("plus and at") << QStringLiteral("ops+alerts@example.com");
        QTest::newRow("domain") << QStringLiteral("example.com");
        QTest::newRow("spaces and slash") << QStringLiteral("a b/c@example.com");
    }
    void signsWhatGoesOnTheWire()
    {
        QFETCH(QString, identity);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        auto client = makeClient(server.url());
        AwsRequest request = AwsRequest::restJson(QStringLiteral("GetEmailIdentity"),
            "GET",
            "/v2/email/identities/" + AwsRequest::encodePathSegment(identity));
        request.query.append({QStringLiteral("NextToken"), QStringLiteral("a+b/c=")});
        const Outcome o = run(*client, request);
        QCOMPARE(o.state, AwsJob::State::Succeeded);
        const auto &received = server.requests().constLast();
        QCOMPARE(QByteArray::fromPercentEncoding(received.path().mid(21)), identity.toUtf8());

        // Verify as a server would: recompute the signature over the received bytes.
        const ParsedAuthorization auth = SigV4Signer::parseAuthorization(received.header("Authorization"));
        QVERIFY2(auth.valid, qPrintable(auth.problem));
        SigningRequest signing;
        signing.method = received.method;
        signing.path = received.path();
        signing.query = received.query();
        signing.headers = received.headers;
        signing.body = received.body;
        const QDateTime time = QDateTime::fromString(
            QString::fromLatin1(received.header("X-Amz-Date")), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        SigV4Signer verifier(QStringLiteral("us-east-1"), QStringLiteral("ses"));
        const SignatureParts parts = verifier.signatureFor(
            signing, auth.signedHeaders, QString::fromLatin1(kSecret), QDateTime(time.date(), time.time(), Qt::UTC));
        QCOMPARE(parts.signature, auth.signature);
    }

    void refusesPlainHttpBeyondLoopback()
    {
        auto client = makeClient(QUrl(QStringLiteral("http://email.example.com")));
        const Outcome o = run(*client, getAccount());
        QCOMPARE(o.state, AwsJob::State::Failed);
        QCOMPARE(o.error.code, QStringLiteral("InsecureEndpoint"));
        QCOMPARE(o.error.kind, AwsError::Kind::Configuration);
    }

    void parsesErrorsOfEveryProtocol_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("errorTypeHeader");
        QTest::addColumn<QByteArray>("queryErrorHeader");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("rest-json header")
            << 400 << QByteArray("BadRequestException:http://internal.amazon.com/coral/com.amazonaws.sesv2/")
            << QByteArray() << QByteArray("{\"message\":\"Invalid domain name\"}")
            << QStringLiteral("BadRequestException") << QStringLiteral("Invalid domain name")
            << QStringLiteral("hdr-id") << false;
        QTest::newRow("awsJson __type")
            << 400 << QByteArray() << QByteArray()
            << QByteArray("{\"__type\":\"com.amazonaws.cloudwatch#InvalidParameterValue\",\"message\":\"bad\"}")
            << QStringLiteral("InvalidParameterValue") << QStringLiteral("bad") << QStringLiteral("hdr-id") << false;
        QTest::newRow("awsJson query-compatible")
            << 400 << QByteArray() << QByteArray("Throttling;Sender")
            << QByteArray("{\"__type\":\"com.amazonaws.cloudwatch#ThrottlingException\",\"message\":\"Rate exceeded\"}")
            << QStringLiteral("Throttling") << QStringLiteral("Rate exceeded") << QStringLiteral("hdr-id") << true;
        QTest::newRow("query xml")
            << 400 << QByteArray() << QByteArray()
            << QByteArray("<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><Error><Type>Sender</Type>"
                          "<Code>MessageRejected</Code><Message>Email address is not verified.</Message></Error>"
                          "<RequestId>xml-id</RequestId></ErrorResponse>")
            << QStringLiteral("MessageRejected") << QStringLiteral("Email address is not verified.")
            << QStringLiteral("xml-id") << false;
        QTest::newRow("daily quota is not retried")
            << 400 << QByteArray() << QByteArray()
            << QByteArray("<ErrorResponse><Error><Code>Throttling</Code><Message>Daily message quota "
                          "exceeded.</Message></Error></ErrorResponse>")
            << QStringLiteral("Throttling") << QStringLiteral("Daily message quota exceeded.")
            << QStringLiteral("hdr-id") << false;
        QTest::newRow("empty 503") << 503 << QByteArray() << QByteArray() << QByteArray()
                                   << QStringLiteral("ServiceUnavailable") << QString() << QStringLiteral("hdr-id")
                                   << true;
        QTest::newRow("empty 429") << 429 << QByteArray() << QByteArray() << QByteArray()
                                   << QStringLiteral("TooManyRequestsException") << QString()
                                   << QStringLiteral("hdr-id") << true;
    }
    void parsesErrorsOfEveryProtocol()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, errorTypeHeader);
        QFETCH(QByteArray, queryErrorHeader);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, requestId);
        QFETCH(bool, retryable);
        QList<QPair<QByteArray, QByteArray>> headers{{"x-amzn-RequestId", "hdr-id"}};
        if (!errorTypeHeader.isEmpty())
            headers.emplaceBack("x-amzn-ErrorType", errorTypeHeader);
        if (!queryErrorHeader.isEmpty())
            headers.emplaceBack("x-amzn-query-error", queryErrorHeader);
        const AwsError e = AwsClient::parseErrorResponse(status, headers, body);
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
        QCOMPARE(e.requestId, requestId);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.kind, AwsError::Kind::Service);
    }

    void backoffIsFullJitterCapped_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first, half") << 0.5 << 1 << qint64(500);
        QTest::newRow("second, half") << 0.5 << 2 << qint64(1000);
        QTest::newRow("third, full") << 0.999 << 3 << qint64(3996);
        QTest::newRow("zero jitter") << 0.0 << 4 << qint64(0);
        QTest::newRow("capped at 20 s") << 1.0 << 10 << qint64(20000);
    }
    void backoffIsFullJitterCapped()
    {
        QFETCH(double, random);
        QFETCH(int, attempt);
        QFETCH(qint64, expectedMs);
        RetryPolicy policy;
        policy.random = [random] {
            return random;
        };
        QCOMPARE(policy.backoff(attempt).count(), expectedMs);
    }

    void retryQuotaRunsOut()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback(ScriptedHttpServer::Reply::json(503, "{\"message\":\"down\"}", "ServiceUnavailable"));
        ClientConfig config;
        config.endpointOverride = server.url();
        config.retry.baseDelay = std::chrono::milliseconds(1);
        config.retry.quotaCapacity = 5; // one retry's worth
        config.managementRatePerSecond = 0;
        AwsClient client(&m_network,
            std::make_shared<StaticCredentialsProvider>(testCredentials(), QStringLiteral("test")),
            &m_clock,
            config);
        QCOMPARE(run(client, getAccount()).attempts, 2);
        QCOMPARE(run(client, getAccount()).attempts, 1); // quota exhausted: fail fast
    }
};

QTEST_GUILESS_MAIN(tst_AwsClientFaults)
#include "tst_awsclientfaults.moc"
