// The identity-settings operations of SesClient put on the wire exactly what botocore's sesv2
// model (and, for VerifyEmailIdentity and GetCallerIdentity, the ses and sts models) describe.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/IdentityArn.h"
#include "models/ses/SesClient.h"

#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"

using TestSupport::ScriptedHttpServer;

class tst_SesClientIdentitySettings : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    TestSupport::FakeClock m_clock{QDateTime::currentDateTimeUtc()};

    std::unique_ptr<Aws::AwsClient> client(const QUrl &url)
    {
        Aws::ClientConfig config;
        config.region = QStringLiteral("eu-west-1");
        config.endpointOverride = url;
        config.managementRatePerSecond = 0;
        return std::make_unique<Aws::AwsClient>(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{QStringLiteral("AKIDSETTINGS"), QStringLiteral("secret"), {}, {}},
                QStringLiteral("test")),
            &m_clock,
            config);
    }

    using Call = std::function<Aws::AwsJob *(Ses::SesClient &, QObject *, std::function<void(bool)>)>;

private Q_SLOTS:
    void sendsTheModelsShapes_data();
    void sendsTheModelsShapes();
    void parsesAnswers();
    void buildsIdentityArns();
};

void tst_SesClientIdentitySettings::sendsTheModelsShapes_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");

    const auto done = [](std::function<void(bool)> d) {
        return [d](auto r) {
            d(r.ok());
        };
    };
    QTest::newRow("dkim signing off") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        return c.putEmailIdentityDkimAttributes(QStringLiteral("ops+x@example.com"), false, ctx, done(d));
    }) << QByteArray("PUT") << QByteArray("/v2/email/identities/ops%2Bx%40example.com/dkim")
                                      << QByteArray(R"({"SigningEnabled":false})");
    QTest::newRow("key length") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        Ses::PutDkimSigningAttributesRequest r;
        r.emailIdentity = QStringLiteral("example.com");
        r.signingAttributes.nextSigningKeyLength = QStringLiteral("RSA_1024_BIT");
        return c.putEmailIdentityDkimSigningAttributes(r, ctx, done(d));
    }) << QByteArray("PUT") << QByteArray("/v2/email/identities/example.com/dkim/signing")
                                << QByteArray(R"({"SigningAttributes":{"NextSigningKeyLength":"RSA_1024_BIT"},)"
                                              R"("SigningAttributesOrigin":"AWS_SES"})");
    QTest::newRow("byodkim") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        Ses::PutDkimSigningAttributesRequest r;
        r.emailIdentity = QStringLiteral("example.com");
        r.signingAttributesOrigin = QStringLiteral("EXTERNAL");
        r.signingAttributes.domainSigningSelector = QStringLiteral("sel1");
        r.signingAttributes.domainSigningPrivateKey = QStringLiteral("MIIB");
        return c.putEmailIdentityDkimSigningAttributes(r, ctx, done(d));
    }) << QByteArray("PUT") << QByteArray("/v2/email/identities/example.com/dkim/signing")
                             << QByteArray(R"({"SigningAttributes":{"DomainSigningPrivateKey":"MIIB",)"
                                           R"("DomainSigningSelector":"sel1"},"SigningAttributesOrigin":"EXTERNAL"})");
    QTest::newRow("mail from")
        << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
               return c.putEmailIdentityMailFromAttributes({QStringLiteral("example.com"),
                                                               QStringLiteral("mail.example.com"),
                                                               QStringLiteral("REJECT_MESSAGE")},
                   ctx,
                   done(d));
           })
        << QByteArray("PUT") << QByteArray("/v2/email/identities/example.com/mail-from")
        << QByteArray(R"({"BehaviorOnMxFailure":"REJECT_MESSAGE","MailFromDomain":"mail.example.com"})");
    QTest::newRow("mail from off") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        return c.putEmailIdentityMailFromAttributes({QStringLiteral("example.com"), {}, {}}, ctx, done(d));
    }) << QByteArray("PUT") << QByteArray("/v2/email/identities/example.com/mail-from")
                                   << QByteArray("{}");
    QTest::newRow("feedback") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        return c.putEmailIdentityFeedbackAttributes(QStringLiteral("example.com"), true, ctx, done(d));
    }) << QByteArray("PUT") << QByteArray("/v2/email/identities/example.com/feedback")
                              << QByteArray(R"({"EmailForwardingEnabled":true})");
    QTest::newRow("configuration set") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        return c.putEmailIdentityConfigurationSetAttributes(
            QStringLiteral("example.com"), QStringLiteral("transactional"), ctx, done(d));
    }) << QByteArray("PUT") << QByteArray("/v2/email/identities/example.com/configuration-set")
                                       << QByteArray(R"({"ConfigurationSetName":"transactional"})");
    QTest::newRow("configuration set removed") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        return c.putEmailIdentityConfigurationSetAttributes(QStringLiteral("example.com"), {}, ctx, done(d));
    }) << QByteArray("PUT") << QByteArray("/v2/email/identities/example.com/configuration-set")
                                               << QByteArray("{}");
    QTest::newRow("tag") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        return c.tagResource(QStringLiteral("arn:aws:ses:eu-west-1:123456789012:identity/example.com"),
            {{QStringLiteral("team"), QStringLiteral("ops")}},
            ctx,
            done(d));
    }) << QByteArray("POST")
                         << QByteArray("/v2/email/tags")
                         << QByteArray(R"({"ResourceArn":"arn:aws:ses:eu-west-1:123456789012:identity/example.com",)"
                                       R"("Tags":[{"Key":"team","Value":"ops"}]})");
    QTest::newRow("untag") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        return c.untagResource(QStringLiteral("arn:aws:ses:eu-west-1:123456789012:identity/example.com"),
            {QStringLiteral("team"), QStringLiteral("cost centre")},
            ctx,
            done(d));
    }) << QByteArray("DELETE")
                           << QByteArray("/v2/email/tags?ResourceArn=arn%3Aaws%3Ases%3Aeu-west-1%3A123456789012%3A"
                                         "identity%2Fexample.com&TagKeys=cost%20centre&TagKeys=team")
                           << QByteArray();
    QTest::newRow("configuration sets page") << Call([done](Ses::SesClient &c, QObject *ctx, auto d) {
        return c.listConfigurationSets(QStringLiteral("tok"), 50, ctx, done(d));
    }) << QByteArray("GET") << QByteArray("/v2/email/configuration-sets?NextToken=tok&PageSize=50")
                                             << QByteArray();
}

void tst_SesClientIdentitySettings::sendsTheModelsShapes()
{
    QFETCH(Call, call);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setFallback(ScriptedHttpServer::Reply::json(200, "{}"));
    auto aws = client(server.url());
    Ses::SesClient ses(aws.get());
    std::optional<bool> ok;
    call(ses, this, [&ok](bool r) {
        ok = r;
    });
    QTRY_VERIFY(ok.has_value());
    QVERIFY(*ok);
    QCOMPARE(server.requests().size(), 1);
    const auto &request = server.requests().first();
    QCOMPARE(request.method, method);
    // Query parameters are sorted by the signer's canonical form; compare as sets.
    QCOMPARE(request.path(), target.split('?').first());
    QByteArrayList got = request.query().split('&');
    QByteArrayList want = target.contains('?') ? target.split('?').last().split('&') : QByteArrayList{QByteArray()};
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    QCOMPARE(got, want);
    if (body.isEmpty())
        QVERIFY(request.body.isEmpty());
    else
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), QJsonDocument::fromJson(body).object());
}

void tst_SesClientIdentitySettings::parsesAnswers()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.enqueue(ScriptedHttpServer::Reply::json(
        200, R"({"DkimStatus":"PENDING","DkimTokens":["a","b","c"],"SigningHostedZone":"dkim.amazonses.com"})"));
    server.enqueue(
        ScriptedHttpServer::Reply::json(200, R"({"Tags":[{"Key":"team","Value":"ops"},{"Key":"x","Value":""}]})"));
    server.enqueue(ScriptedHttpServer::Reply::json(200, R"({"ConfigurationSets":["a","b"],"NextToken":"n1"})"));
    server.enqueue(ScriptedHttpServer::Reply::json(200, R"({"ConfigurationSets":["c"]})"));
    ScriptedHttpServer::Reply xml;
    xml.headers = {{"Content-Type", "text/xml"}};
    xml.body
        = R"(<VerifyEmailIdentityResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><VerifyEmailIdentityResult/><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></VerifyEmailIdentityResponse>)";
    server.enqueue(xml);
    xml.body
        = R"(<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws-cn:iam::210987654321:user/admin</Arn><UserId>AIDA</UserId><Account>210987654321</Account></GetCallerIdentityResult></GetCallerIdentityResponse>)";
    server.enqueue(xml);
    auto aws = client(server.url());
    Ses::SesClient ses(aws.get());

    std::optional<Aws::Result<Ses::PutDkimSigningAttributesResult>> signing;
    Ses::PutDkimSigningAttributesRequest rotate;
    rotate.emailIdentity = QStringLiteral("example.com");
    ses.putEmailIdentityDkimSigningAttributes(rotate, this, [&](auto r) {
        signing = r;
    });
    QTRY_VERIFY(signing.has_value());
    QVERIFY(signing->ok());
    QCOMPARE(signing->value().dkimStatus, QStringLiteral("PENDING"));
    QCOMPARE(signing->value().dkimTokens.size(), 3);
    QCOMPARE(signing->value().signingHostedZone, QStringLiteral("dkim.amazonses.com"));

    std::optional<Aws::Result<QList<Ses::Tag>>> tags;
    ses.listTagsForResource(QStringLiteral("arn:aws:ses:eu-west-1:1:identity/x"), this, [&](auto r) {
        tags = r;
    });
    QTRY_VERIFY(tags.has_value());
    QCOMPARE(tags->value().size(), 2);
    QCOMPARE(tags->value().first().value, QStringLiteral("ops"));

    std::optional<Aws::Result<QStringList>> sets;
    ses.listAllConfigurationSets(this, [&](auto r) {
        sets = r;
    });
    QTRY_VERIFY(sets.has_value());
    QCOMPARE(sets->value(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

    std::optional<Aws::Result<Aws::Empty>> resent;
    ses.resendVerificationEmail(QStringLiteral("ops@example.com"), this, [&](auto r) {
        resent = r;
    });
    QTRY_VERIFY(resent.has_value());
    QVERIFY(resent->ok());
    const auto &verify = server.requests().at(4);
    QCOMPARE(verify.method, QByteArray("POST"));
    QVERIFY(verify.body.contains("Action=VerifyEmailIdentity"));
    QVERIFY(verify.body.contains("Version=2010-12-01"));
    QVERIFY(verify.body.contains("EmailAddress=ops%40example.com"));
    QVERIFY(verify.header("Authorization").contains("/eu-west-1/ses/aws4_request"));

    std::optional<Aws::Result<Ses::CallerIdentity>> caller;
    Ses::IdentityArn::fetchCaller(&ses, this, [&](auto r) {
        caller = r;
    });
    QTRY_VERIFY(caller.has_value());
    QVERIFY(caller->ok());
    QCOMPARE(caller->value().account, QStringLiteral("210987654321"));
    QCOMPARE(Ses::IdentityArn::partitionOf(caller->value(), QStringLiteral("eu-west-1")), QStringLiteral("aws-cn"));
    QVERIFY(server.requests().at(5).body.contains("Action=GetCallerIdentity"));
    QVERIFY(server.requests().at(5).header("Authorization").contains("/sts/aws4_request"));
}

void tst_SesClientIdentitySettings::buildsIdentityArns()
{
    QCOMPARE(Ses::IdentityArn::make(QStringLiteral("aws"),
                 QStringLiteral("eu-west-1"),
                 QStringLiteral("123456789012"),
                 QStringLiteral("ops@example.com")),
        QStringLiteral("arn:aws:ses:eu-west-1:123456789012:identity/ops@example.com"));
    QCOMPARE(Ses::IdentityArn::partitionForRegion(QStringLiteral("cn-north-1")), QStringLiteral("aws-cn"));
    QCOMPARE(Ses::IdentityArn::partitionForRegion(QStringLiteral("us-gov-west-1")), QStringLiteral("aws-us-gov"));
    QCOMPARE(Ses::IdentityArn::partitionForRegion(QStringLiteral("ap-northeast-2")), QStringLiteral("aws"));
    QCOMPARE(Ses::IdentityArn::partitionOf({}, QStringLiteral("cn-northwest-1")), QStringLiteral("aws-cn"));
}

QTEST_GUILESS_MAIN(tst_SesClientIdentitySettings)
#include "tst_sesclientidentitysettings.moc"
