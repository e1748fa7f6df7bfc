#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include "models/aws/AssumeRoleCredentialsProvider.h"
#include "models/aws/AwsResponse.h"
#include "models/aws/StsClient.h"

#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"

using Aws::AssumeRoleCredentialsProvider;
using Aws::Credentials;
using Aws::Result;
using TestSupport::ScriptedHttpServer;

namespace
{

QByteArray assumeRoleXml(const QByteArray &accessKeyId, const QDateTime &expiration)
{
    return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
           "  <AssumeRoleResult>\n"
           "    <AssumedRoleUser>\n"
           "      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:sess</AssumedRoleId>\n"
           "      <Arn>arn:aws:sts::123456789012:assumed-role/ses-admin/sess</Arn>\n"
           "    </AssumedRoleUser>\n"
           "    <Credentials>\n"
           "      <SecretAccessKey>ROLESECRETroleSECRETroleSECRETroleSECRET</SecretAccessKey>\n"
           "      <SessionToken>ROLETOKENroleTOKEN</SessionToken>\n"
           "      <Expiration>"
        + expiration.toString(Qt::ISODate).toUtf8()
        + "</Expiration>\n"
          "      <AccessKeyId>"
        + accessKeyId
        + "</AccessKeyId>\n"
          "    </Credentials>\n"
          "  </AssumeRoleResult>\n"
          "  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>\n"
          "</AssumeRoleResponse>\n";
}

ScriptedHttpServer::Reply xmlReply(int status, const QByteArray &body)
{
    ScriptedHttpServer::Reply r;
    r.status = status;
    r.body = body;
    r.headers.emplaceBack("Content-Type", "text/xml");
    r.headers.emplaceBack("x-amzn-RequestId", "req-sts");
    return r;
}

Result<Credentials> fetchAndWait(Aws::CredentialsProvider &provider)
{
    QObject context;
    std::optional<Result<Credentials>> answer;
    provider.fetch(&context, [&answer](Result<Credentials> r) {
        answer = std::move(r);
    });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < 20000)
        QTest::qWait(10);
    if (!answer)
        return Aws::AwsError::local(
            Aws::AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return *answer;
}

QUrlQuery form(const ScriptedHttpServer::Request &request)
{
    return QUrlQuery(QString::fromUtf8(request.body));
}

} // namespace

/// StsClient's AssumeRole (Query protocol, signed with the source credentials) and the
/// provider that caches the role's credentials, against a scripted loopback STS.
class TestAssumeRoleCredentialsProvider : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock;
    QNetworkAccessManager m_network;

    std::unique_ptr<AssumeRoleCredentialsProvider> makeProvider(
        const ScriptedHttpServer &server, Aws::AssumeRoleRequest request = {})
    {
        if (request.roleArn.isEmpty())
            request.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/ses-admin");
        Credentials source;
        source.accessKeyId = QStringLiteral("AKIDSOURCE");
        source.secretAccessKey = QStringLiteral("SOURCESECRET");
        Aws::ClientConfig config;
        config.region = QStringLiteral("eu-west-1");
        config.serviceEndpoints.insert(QStringLiteral("sts"), server.url());
        config.retry.maxAttempts = 1;
        return std::make_unique<AssumeRoleCredentialsProvider>(request,
            QStringLiteral("role"),
            std::make_shared<Aws::StaticCredentialsProvider>(source, QStringLiteral("profile \"base\"")),
            &m_network,
            &m_clock,
            config);
    }

private Q_SLOTS:
    void requestShape()
    {
        Aws::AssumeRoleRequest in;
        in.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/a");
        in.roleSessionName = QStringLiteral("me");
        in.externalId = QStringLiteral("ext 1");
        in.durationSeconds = 1800;
        const Aws::AwsRequest r = Aws::StsClient::assumeRoleRequest(in);
        QCOMPARE(r.serviceKey, QStringLiteral("sts"));
        QCOMPARE(r.signingName, QStringLiteral("sts"));
        QCOMPARE(r.operation, QStringLiteral("AssumeRole"));
        QCOMPARE(r.protocol, Aws::Protocol::Query);
        QCOMPARE(r.kind, Aws::CallKind::Unthrottled);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.body,
            QByteArray("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fa"
                       "&RoleSessionName=me&DurationSeconds=1800&ExternalId=ext%201"));
    }

    void parsesTheAnswer()
    {
        Aws::AwsResponse response;
        response.httpStatus = 200;
        const QDateTime expiry(QDate(2015, 8, 30), QTime(13, 36), Qt::UTC);
        response.body = assumeRoleXml("ASIAROLE", expiry);
        const auto r = Aws::StsClient::parseAssumeRoleResponse(response);
        QVERIFY(r.ok());
        QCOMPARE(r.value().credentials.accessKeyId, QStringLiteral("ASIAROLE"));
        QCOMPARE(r.value().credentials.secretAccessKey, QStringLiteral("ROLESECRETroleSECRETroleSECRETroleSECRET"));
        QCOMPARE(r.value().credentials.sessionToken, QStringLiteral("ROLETOKENroleTOKEN"));
        QCOMPARE(r.value().credentials.expiration, expiry);
        QCOMPARE(r.value().assumedRoleArn, QStringLiteral("arn:aws:sts::123456789012:assumed-role/ses-admin/sess"));

        response.body = "<AssumeRoleResponse><AssumeRoleResult/></AssumeRoleResponse>";
        const auto missing = Aws::StsClient::parseAssumeRoleResponse(response);
        QVERIFY(missing.isError());
        QCOMPARE(missing.error().kind, Aws::AwsError::Kind::Parse);
        QCOMPARE(missing.error().message, QStringLiteral("The AssumeRole answer has no valid Credentials"));
    }

    void assumesTheRoleSignedWithTheSource()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(xmlReply(200, assumeRoleXml("ASIAROLE1", m_clock.nowUtc().addSecs(3600))));
        auto provider = makeProvider(server);
        QVERIFY(server.requests().isEmpty()); // nothing before the first fetch

        const Result<Credentials> r = fetchAndWait(*provider);
        QVERIFY2(r.ok(), qPrintable(r.isError() ? r.error().toString() : QString()));
        QCOMPARE(r.value().accessKeyId, QStringLiteral("ASIAROLE1"));
        QCOMPARE(r.value().sessionToken, QStringLiteral("ROLETOKENroleTOKEN"));

        QCOMPARE(server.requests().size(), 1);
        const auto &request = server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.header("Authorization")
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIDSOURCE/20150830/eu-west-1/sts/aws4_request"));
        const QUrlQuery body = form(request);
        QCOMPARE(body.queryItemValue(QStringLiteral("Action")), QStringLiteral("AssumeRole"));
        QCOMPARE(body.queryItemValue(QStringLiteral("Version")), QStringLiteral("2011-06-15"));
        QCOMPARE(body.queryItemValue(QStringLiteral("RoleArn"), QUrl::FullyDecoded),
            QStringLiteral("arn:aws:iam::123456789012:role/ses-admin"));
        QCOMPARE(body.queryItemValue(QStringLiteral("RoleSessionName")),
            QStringLiteral("sesdesk-session-%1").arg(m_clock.nowUtc().toSecsSinceEpoch()));
        QVERIFY(!body.hasQueryItem(QStringLiteral("ExternalId")));
        QVERIFY(!body.hasQueryItem(QStringLiteral("DurationSeconds")));
    }

    void cachesAndRefreshesBeforeExpiry()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        const QDateTime start = m_clock.nowUtc();
        server.enqueue(xmlReply(200, assumeRoleXml("ASIAROLE1", start.addSecs(3600))));
        server.enqueue(xmlReply(200, assumeRoleXml("ASIAROLE2", start.addSecs(7200))));
        auto provider = makeProvider(server);

        QCOMPARE(fetchAndWait(*provider).value().accessKeyId, QStringLiteral("ASIAROLE1"));
        m_clock.set(start.addSecs(40 * 60));
        QCOMPARE(fetchAndWait(*provider).value().accessKeyId, QStringLiteral("ASIAROLE1"));
        QCOMPARE(server.requests().size(), 1);

        // Less than 10 minutes left: the next fetch waits for a new AssumeRole.
        m_clock.set(start.addSecs(51 * 60));
        QCOMPARE(fetchAndWait(*provider).value().accessKeyId, QStringLiteral("ASIAROLE2"));
        QCOMPARE(server.requests().size(), 2);
        m_clock.set(start);
    }

    void concurrentFetchesShareOneCall()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(xmlReply(200, assumeRoleXml("ASIAROLE1", m_clock.nowUtc().addSecs(3600))));
        auto provider = makeProvider(server);
        QObject context;
        QStringList keys;
        for (int i = 0; i < 4; ++i)
            provider->fetch(&context, [&keys](Result<Credentials> r) {
                keys.append(r.value().accessKeyId);
            });
        QTRY_COMPARE(keys.size(), 4);
        QCOMPARE(keys, QStringList(4, QStringLiteral("ASIAROLE1")));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(provider->refreshCount(), 1);
    }

    void sendsTheProfileSettings()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(xmlReply(200, assumeRoleXml("ASIAROLE1", m_clock.nowUtc().addSecs(3600))));
        Aws::AssumeRoleRequest settings;
        settings.roleSessionName = QStringLiteral("ops-console");
        settings.externalId = QStringLiteral("ext-42");
        settings.durationSeconds = 900;
        auto provider = makeProvider(server, settings);
        QVERIFY(fetchAndWait(*provider).ok());
        const QUrlQuery body = form(server.requests().constFirst());
        QCOMPARE(body.queryItemValue(QStringLiteral("RoleSessionName")), QStringLiteral("ops-console"));
        QCOMPARE(body.queryItemValue(QStringLiteral("ExternalId")), QStringLiteral("ext-42"));
        QCOMPARE(body.queryItemValue(QStringLiteral("DurationSeconds")), QStringLiteral("900"));
    }

    void serviceErrorsNameTheRole()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(xmlReply(403,
            "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
            "<Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: "
            "sts:AssumeRole</Message></Error><RequestId>r-1</RequestId></ErrorResponse>"));
        auto provider = makeProvider(server);
        const Result<Credentials> r = fetchAndWait(*provider);
        QVERIFY(r.isError());
        QCOMPARE(r.error().code, QStringLiteral("AccessDenied"));
        QCOMPARE(r.error().httpStatus, 403);
        QCOMPARE(r.error().message,
            QStringLiteral("profile \"role\": assuming role arn:aws:iam::123456789012:role/ses-admin failed: User is "
                           "not authorized to perform: sts:AssumeRole"));
        // A failure is not cached: the next fetch tries again.
        server.enqueue(xmlReply(200, assumeRoleXml("ASIAROLE1", m_clock.nowUtc().addSecs(3600))));
        QCOMPARE(fetchAndWait(*provider).value().accessKeyId, QStringLiteral("ASIAROLE1"));
        QCOMPARE(server.requests().size(), 2);
    }

    void invalidateForcesANewCall()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(xmlReply(200, assumeRoleXml("ASIAROLE1", m_clock.nowUtc().addSecs(3600))));
        server.enqueue(xmlReply(200, assumeRoleXml("ASIAROLE2", m_clock.nowUtc().addSecs(3600))));
        auto provider = makeProvider(server);
        QCOMPARE(fetchAndWait(*provider).value().accessKeyId, QStringLiteral("ASIAROLE1"));
        provider->invalidate();
        QCOMPARE(fetchAndWait(*provider).value().accessKeyId, QStringLiteral("ASIAROLE2"));
    }
};

QTEST_GUILESS_MAIN(TestAssumeRoleCredentialsProvider)
#include "tst_assumerolecredentialsprovider.moc"
