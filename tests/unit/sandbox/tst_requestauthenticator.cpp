#include <QTest>

#include "models/aws/Credentials.h"

#include "sandbox/auth/RequestAuthenticator.h"
#include "tests/support/FakeClock.h"
#include "tests/unit/sandbox/SignedRequests.h"

using Sandbox::AuthFailure;
using Sandbox::RequestAuthenticator;

Q_DECLARE_METATYPE(AuthFailure::Kind)

namespace
{

Aws::Credentials credentials(const QString &key, const QString &secret)
{
    Aws::Credentials c;
    c.accessKeyId = key;
    c.secretAccessKey = secret;
    return c;
}

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);

} // namespace

/// SigV4 verification as AWS front ends do it: key, scope, skew and signature, with AWS's wording.
class tst_RequestAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data()
    {
        QTest::addColumn<QString>("accessKeyId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("offsetSeconds"); // request time relative to the server clock
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<AuthFailure::Kind>("kind");
        QTest::addColumn<QString>("message");

        const QString key = QStringLiteral("AKIDSANDBOX");
        const QString secret = QStringLiteral("s3cr3t");
        const QString region = QStringLiteral("us-east-1");
        const QString ses = QStringLiteral("ses");
        QTest::newRow("valid") << key << secret << 0 << region << ses << true << AuthFailure::Kind::MissingToken
                               << QString();
        QTest::newRow("valid within skew")
            << key << secret << -299 << region << ses << true << AuthFailure::Kind::MissingToken << QString();
        QTest::newRow("wrong secret")
            << key << QStringLiteral("nope") << 0 << region << ses << false << AuthFailure::Kind::SignatureMismatch
            << QStringLiteral("The request signature we calculated does not match the signature you provided.");
        QTest::newRow("unknown key") << QStringLiteral("AKIDOTHER") << secret << 0 << region << ses << false
                                     << AuthFailure::Kind::UnknownAccessKey
                                     << QStringLiteral("The security token included in the request is invalid.");
        QTest::newRow("expired") << key << secret << -600 << region << ses << false << AuthFailure::Kind::Expired
                                 << QStringLiteral(
                                        "Signature expired: 20260302T095000Z is now earlier than 20260302T095500Z "
                                        "(20260302T100000Z - 5 min.)");
        QTest::newRow("not yet current") << key << secret << 600 << region << ses << false
                                         << AuthFailure::Kind::NotYetCurrent
                                         << QStringLiteral(
                                                "Signature not yet current: 20260302T101000Z is still later than "
                                                "20260302T100500Z (20260302T100000Z + 5 min.)");
        QTest::newRow("other region") << key << secret << 0 << QStringLiteral("eu-west-1") << ses << false
                                      << AuthFailure::Kind::InvalidScope
                                      << QStringLiteral(
                                             "Credential should be scoped to a valid region, not 'eu-west-1'. ");
        QTest::newRow("other service") << key << secret << 0 << region << QStringLiteral("monitoring") << false
                                       << AuthFailure::Kind::InvalidScope
                                       << QStringLiteral("Credential should be scoped to correct service: 'ses'. ");
    }

    void verify()
    {
        QFETCH(QString, accessKeyId);
        QFETCH(QString, secret);
        QFETCH(int, offsetSeconds);
        QFETCH(QString, region);
        QFETCH(QString, service);
        QFETCH(bool, ok);
        QFETCH(AuthFailure::Kind, kind);
        QFETCH(QString, message);

        TestSupport::FakeClock clock(kNow);
        RequestAuthenticator authenticator(QStringLiteral("us-east-1"), clock);
        authenticator.addCredentials(QStringLiteral("AKIDSANDBOX"), QStringLiteral("s3cr3t"));
        const Sandbox::HttpRequest request = TestSupport::signedRequest("POST",
            "/v2/email/identities",
            {},
            "{\"EmailIdentity\":\"example.com\"}",
            credentials(accessKeyId, secret),
            kNow.addSecs(offsetSeconds),
            region,
            service);
        const RequestAuthenticator::Result result = authenticator.verify(request, {QStringLiteral("ses")});
        if (ok) {
            QVERIFY(std::holds_alternative<Sandbox::AuthenticatedCaller>(result));
            QCOMPARE(std::get<Sandbox::AuthenticatedCaller>(result).accessKeyId, QStringLiteral("AKIDSANDBOX"));
            return;
        }
        QVERIFY(std::holds_alternative<AuthFailure>(result));
        const AuthFailure failure = std::get<AuthFailure>(result);
        QCOMPARE(failure.kind, kind);
        QVERIFY2(failure.message.startsWith(message), qPrintable(failure.message));
    }

    void missingAuthorization()
    {
        TestSupport::FakeClock clock(kNow);
        RequestAuthenticator authenticator(QStringLiteral("us-east-1"), clock);
        Sandbox::HttpRequest request;
        request.method = "GET";
        request.path = "/v2/email/account";
        request.headers = {{"Host", "127.0.0.1"}};
        const auto result = authenticator.verify(request, {QStringLiteral("ses")});
        QCOMPARE(std::get<AuthFailure>(result).kind, AuthFailure::Kind::MissingToken);
        QCOMPARE(std::get<AuthFailure>(result).message, QStringLiteral("Missing Authentication Token"));
    }

    void tamperedBodyAndPath()
    {
        TestSupport::FakeClock clock(kNow);
        RequestAuthenticator authenticator(QStringLiteral("us-east-1"), clock);
        authenticator.addCredentials(QStringLiteral("AKIDSANDBOX"), QStringLiteral("s3cr3t"));
        Sandbox::HttpRequest request = TestSupport::signedRequest("POST",
            "/v2/email/identities",
            {},
            "{\"EmailIdentity\":\"example.com\"}",
            credentials(QStringLiteral("AKIDSANDBOX"), QStringLiteral("s3cr3t")),
            kNow);
        QVERIFY(std::holds_alternative<Sandbox::AuthenticatedCaller>(
            authenticator.verify(request, {QStringLiteral("ses")})));
        Sandbox::HttpRequest body = request;
        body.body = "{\"EmailIdentity\":\"evil.com\"}";
        QCOMPARE(std::get<AuthFailure>(authenticator.verify(body, {QStringLiteral("ses")})).kind,
            AuthFailure::Kind::SignatureMismatch);
        Sandbox::HttpRequest path = request;
        path.path = "/v2/email/identities/x";
        QCOMPARE(std::get<AuthFailure>(authenticator.verify(path, {QStringLiteral("ses")})).kind,
            AuthFailure::Kind::SignatureMismatch);
    }

    void unreadableHeader_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("not sigv4") << QByteArray("Basic dXNlcjpwYXNz");
        QTest::newRow("no signature") << QByteArray(
            "AWS4-HMAC-SHA256 Credential=AKIDSANDBOX/20260302/us-east-1/ses/aws4_request, SignedHeaders=host");
        QTest::newRow("short scope") << QByteArray(
            "AWS4-HMAC-SHA256 Credential=AKIDSANDBOX/20260302/ses, SignedHeaders=host, Signature=00");
    }

    void unreadableHeader()
    {
        QFETCH(QByteArray, authorization);
        TestSupport::FakeClock clock(kNow);
        RequestAuthenticator authenticator(QStringLiteral("us-east-1"), clock);
        authenticator.addCredentials(QStringLiteral("AKIDSANDBOX"), QStringLiteral("s3cr3t"));
        Sandbox::HttpRequest request;
        request.method = "GET";
        request.path = "/v2/email/account";
        request.headers = {{"Host", "127.0.0.1"}, {"X-Amz-Date", "20260302T100000Z"}, {"Authorization", authorization}};
        const auto result = authenticator.verify(request, {QStringLiteral("ses")});
        QVERIFY(std::holds_alternative<AuthFailure>(result));
        QCOMPARE(std::get<AuthFailure>(result).kind, AuthFailure::Kind::IncompleteSignature);
        QVERIFY(!std::get<AuthFailure>(result).message.isEmpty());
    }
};

QTEST_MAIN(tst_RequestAuthenticator)
#include "tst_requestauthenticator.moc"
