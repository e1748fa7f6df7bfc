#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include "models/aws/SigV4Signer.h"

#include "tests/integration/sandbox/SandboxCli.h"
#include "tests/support/XmlText.h"

using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

namespace
{

struct RawReply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(body).object();
    }
};

} // namespace

/// SigV4 on the wire: every way a signature can be wrong gets SES's answer (status, code,
/// x-amzn-ErrorType / x-amzn-RequestId headers, JSON or XML body), for REST-JSON, Query and
/// awsJson requests, from raw signed requests and from the AWS CLI.
class tst_SandboxAuth : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    Aws::Credentials credentials(const QString &secret = {}) const
    {
        Aws::Credentials c;
        c.accessKeyId = m_sandbox.accessKeyId();
        c.secretAccessKey = secret.isEmpty() ? m_sandbox.secretAccessKey() : secret;
        return c;
    }

    RawReply send(const QByteArray &method,
        const QByteArray &path,
        const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
        const Aws::Credentials *signAs,
        const QDateTime &time = QDateTime::currentDateTimeUtc(),
        const QString &region = QStringLiteral("us-east-1"),
        const QString &service = QStringLiteral("ses"))
    {
        const QUrl url = m_sandbox.url().resolved(QUrl(QString::fromLatin1(path)));
        Aws::SigningRequest signing;
        signing.method = method;
        signing.path = path;
        signing.body = body;
        signing.headers.append(
            qMakePair(QByteArray("Host"), QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toLatin1()));
        signing.headers += extraHeaders;
        if (signAs)
            Aws::SigV4Signer(region, service).sign(signing, *signAs, time);

        QNetworkAccessManager network;
        QNetworkRequest request(url);
        for (const auto &h : signing.headers) {
            if (h.first.compare("Host", Qt::CaseInsensitive) != 0)
                request.setRawHeader(h.first, h.second);
        }
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        RawReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto &h : reply->rawHeaderPairs())
            out.headers.insert(h.first.toLower(), h.second);
        reply->deleteLater();
        return out;
    }

    RawReply getAccount(const Aws::Credentials *signAs,
        const QDateTime &time = QDateTime::currentDateTimeUtc(),
        const QString &region = QStringLiteral("us-east-1"),
        const QString &service = QStringLiteral("ses"))
    {
        return send("GET", "/v2/email/account", {}, {}, signAs, time, region, service);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    }

    void validSignature()
    {
        const Aws::Credentials good = credentials();
        const RawReply reply = getAccount(&good);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.headers.value("x-amzn-requestid").isEmpty());
        QVERIFY(reply.json().contains(QLatin1String("SendQuota")));
    }

    void restJsonFailures_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("wrong secret")
            << QStringLiteral("wrong-secret") << QString() << 0 << QStringLiteral("us-east-1") << QStringLiteral("ses")
            << QStringLiteral("SignatureDoesNotMatch")
            << QStringLiteral("The request signature we calculated does not match the signature you provided.");
        QTest::newRow("unknown key") << QString() << QStringLiteral("AKIAUNKNOWN") << 0 << QStringLiteral("us-east-1")
                                     << QStringLiteral("ses") << QStringLiteral("UnrecognizedClientException")
                                     << QStringLiteral("The security token included in the request is invalid.");
        QTest::newRow("expired") << QString() << QString() << -900 << QStringLiteral("us-east-1")
                                 << QStringLiteral("ses") << QStringLiteral("InvalidSignatureException")
                                 << QStringLiteral("Signature expired: ");
        QTest::newRow("in the future") << QString() << QString() << 900 << QStringLiteral("us-east-1")
                                       << QStringLiteral("ses") << QStringLiteral("InvalidSignatureException")
                                       << QStringLiteral("Signature not yet current: ");
        QTest::newRow("other region") << QString() << QString() << 0 << QStringLiteral("eu-west-1")
                                      << QStringLiteral("ses") << QStringLiteral("InvalidSignatureException")
                                      << QStringLiteral(
                                             "Credential should be scoped to a valid region, not 'eu-west-1'.");
        QTest::newRow("other service") << QString() << QString() << 0 << QStringLiteral("us-east-1")
                                       << QStringLiteral("sns") << QStringLiteral("InvalidSignatureException")
                                       << QStringLiteral("Credential should be scoped to correct service: 'ses'.");
    }

    void restJsonFailures()
    {
        QFETCH(QString, secret);
        QFETCH(QString, keyId);
        QFETCH(int, offset);
        QFETCH(QString, region);
        QFETCH(QString, service);
        QFETCH(QString, code);
        QFETCH(QString, message);
        Aws::Credentials signAs = credentials(secret);
        if (!keyId.isEmpty())
            signAs.accessKeyId = keyId;
        const RawReply reply = getAccount(&signAs, QDateTime::currentDateTimeUtc().addSecs(offset), region, service);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.headers.value("x-amzn-errortype"), code.toLatin1());
        QVERIFY(!reply.headers.value("x-amzn-requestid").isEmpty());
        QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
        const QString text = reply.json().value(QLatin1String("message")).toString();
        QVERIFY2(text.startsWith(message), qPrintable(text));
        // Never the signature or the secret in an error.
        QVERIFY(!reply.body.contains(m_sandbox.secretAccessKey().toLatin1()));
    }

    void missingAuthentication()
    {
        const RawReply reply = getAccount(nullptr);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.headers.value("x-amzn-errortype"), QByteArray("MissingAuthenticationTokenException"));
        QCOMPARE(
            reply.json().value(QLatin1String("message")).toString(), QStringLiteral("Missing Authentication Token"));
    }

    void tamperedBody()
    {
        // Signed for one body, sent with another (as a proxy rewriting the request would).
        const Aws::Credentials good = credentials();
        Aws::SigningRequest signing;
        signing.method = "POST";
        signing.path = "/v2/email/identities";
        signing.body = "{\"EmailIdentity\":\"example.com\"}";
        signing.headers
            = {qMakePair(QByteArray("Host"),
                   QStringLiteral("%1:%2").arg(m_sandbox.url().host()).arg(m_sandbox.url().port()).toLatin1()),
                qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))};
        Aws::SigV4Signer(QStringLiteral("us-east-1"), QStringLiteral("ses"))
            .sign(signing, good, QDateTime::currentDateTimeUtc());
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const auto &h : signing.headers) {
            if (h.first != "Host")
                headers.append(h);
        }
        const RawReply reply
            = send("POST", "/v2/email/identities", "{\"EmailIdentity\":\"evil.example\"}", headers, nullptr);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.headers.value("x-amzn-errortype"), QByteArray("SignatureDoesNotMatch"));
    }

    void unknownOperation()
    {
        const Aws::Credentials good = credentials();
        const RawReply reply = send("GET", "/v2/email/no-such-operation", {}, {}, &good);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.headers.value("x-amzn-errortype"), QByteArray("UnknownOperationException"));
    }

    void queryProtocolErrors()
    {
        const QList<QPair<QByteArray, QByteArray>> form{
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded; charset=utf-8"))};
        const Aws::Credentials wrong = credentials(QStringLiteral("wrong-secret"));
        RawReply reply = send("POST", "/", "Action=GetSendQuota&Version=2010-12-01", form, &wrong);
        QCOMPARE(reply.status, 403);
        QVERIFY(reply.headers.value("content-type").startsWith("text/xml"));
        QCOMPARE(TestSupport::xmlText(reply.body, "Code"), QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(TestSupport::xmlText(reply.body, "Type"), QStringLiteral("Sender"));
        QVERIFY(!TestSupport::xmlText(reply.body, "RequestId").isEmpty());

        reply = send("POST", "/", "Action=GetSendQuota&Version=2010-12-01", form, nullptr);
        QCOMPARE(reply.status, 403);
        QCOMPARE(TestSupport::xmlText(reply.body, "Code"), QStringLiteral("MissingAuthenticationToken"));

        const Aws::Credentials good = credentials();
        reply = send("POST", "/", "Action=NoSuchAction&Version=2010-12-01", form, &good);
        QCOMPARE(reply.status, 400);
        QCOMPARE(TestSupport::xmlText(reply.body, "Code"), QStringLiteral("InvalidAction"));
    }

    void awsJsonErrors()
    {
        const QList<QPair<QByteArray, QByteArray>> headers{
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-amz-json-1.0")),
            qMakePair(QByteArray("X-Amz-Target"), QByteArray("GraniteServiceVersion20100801.NoSuchOperation")),
            qMakePair(QByteArray("x-amzn-query-mode"), QByteArray("true"))};
        const Aws::Credentials wrong = credentials(QStringLiteral("wrong-secret"));
        RawReply reply = send("POST",
            "/",
            "{}",
            headers,
            &wrong,
            QDateTime::currentDateTimeUtc(),
            QStringLiteral("us-east-1"),
            QStringLiteral("monitoring"));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QLatin1String("__type")).toString(), QStringLiteral("InvalidSignatureException"));
        QCOMPARE(reply.headers.value("x-amzn-query-error"), QByteArray("SignatureDoesNotMatch;Sender"));

        const Aws::Credentials good = credentials();
        reply = send("POST",
            "/",
            "{}",
            headers,
            &good,
            QDateTime::currentDateTimeUtc(),
            QStringLiteral("us-east-1"),
            QStringLiteral("monitoring"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("__type")).toString(), QStringLiteral("UnknownOperationException"));
    }

    void awsCliWithWrongCredentials_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("code");
        QTest::newRow("sesv2 wrong secret")
            << QStringList{QStringLiteral("sesv2"), QStringLiteral("get-account")} << QStringLiteral("wrong")
            << QString() << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("sesv2 unknown key")
            << QStringList{QStringLiteral("sesv2"), QStringLiteral("list-email-identities")} << QString()
            << QStringLiteral("AKIAUNKNOWNKEY") << QStringLiteral("UnrecognizedClientException");
        QTest::newRow("ses v1 wrong secret")
            << QStringList{QStringLiteral("ses"), QStringLiteral("get-send-quota")} << QStringLiteral("wrong")
            << QString() << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("ses v1 unknown key")
            << QStringList{QStringLiteral("ses"), QStringLiteral("get-send-quota")} << QString()
            << QStringLiteral("AKIAUNKNOWNKEY") << QStringLiteral("InvalidClientTokenId");
        QTest::newRow("cloudwatch wrong secret")
            << QStringList{QStringLiteral("cloudwatch"), QStringLiteral("describe-alarms")} << QStringLiteral("wrong")
            << QString() << QStringLiteral("SignatureDoesNotMatch");
    }

    void awsCliWithWrongCredentials()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, secret);
        QFETCH(QString, keyId);
        QFETCH(QString, code);
        QProcessEnvironment env = m_sandbox.awsEnvironment();
        if (!secret.isEmpty())
            env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
        if (!keyId.isEmpty())
            env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), keyId);
        const TestSupport::CliRun run = TestSupport::CliRunner(env).aws(m_sandbox.awsArguments() + command);
        QVERIFY(run.exitCode != 0);
        QCOMPARE(TestSupport::AwsCliError::parse(run.err).code, code);
    }
};

QTEST_MAIN(tst_SandboxAuth)
#include "tst_sandbox_auth.moc"
