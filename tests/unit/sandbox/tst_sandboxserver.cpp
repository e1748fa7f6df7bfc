#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "sandbox/SandboxServer.h"
#include "tests/support/FakeClock.h"
#include "tests/unit/sandbox/SignedRequests.h"

using Sandbox::HttpResponse;
using Sandbox::SandboxConfig;
using Sandbox::SandboxServer;

namespace
{

const QDateTime kT0(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);

QJsonObject json(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

/// The in-process server the GUI and sesdesk-cli --sandbox embed, on an injected clock: the
/// time-driven flows (verification, production-access review) step by step.
class tst_SandboxServer : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock{kT0};
    std::unique_ptr<SandboxServer> m_server;

    HttpResponse call(
        const QByteArray &method, const QByteArray &path, const QJsonObject &body = {}, const QByteArray &query = {})
    {
        const QByteArray payload = body.isEmpty() && method == "GET" ? QByteArray() : TestSupport::jsonBody(body);
        return m_server->handle(
            TestSupport::signedRequest(method, path, query, payload, m_server->credentials(), m_clock.nowUtc()));
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(kT0);
        SandboxConfig config;
        config.verifyDelaySeconds = 5;
        config.reviewDelaySeconds = 30;
        config.checkResponses = true;
        m_server = std::make_unique<SandboxServer>(config, m_clock);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
    }

    void urlAndCredentials()
    {
        QCOMPARE(m_server->url().scheme(), QStringLiteral("http"));
        QCOMPARE(m_server->url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_server->port() > 0);
        QCOMPARE(m_server->credentials().accessKeyId, SandboxConfig::defaultAccessKeyId());
        QCOMPARE(m_server->region(), QStringLiteral("us-east-1"));
    }

    void answersOverTheSocket()
    {
        QNetworkAccessManager network;
        QNetworkReply *reply
            = network.get(QNetworkRequest(m_server->url().resolved(QUrl(QStringLiteral("/_sandbox/info")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject info = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(info.value(QLatin1String("region")).toString(), QStringLiteral("us-east-1"));
        QVERIFY(!info.contains(QLatin1String("secretAccessKey")));
        reply->deleteLater();
    }

    void productionAccessIsReviewedAfterTheDelay()
    {
        HttpResponse account = call("GET", "/v2/email/account");
        QCOMPARE(account.status, 200);
        QCOMPARE(json(account).value(QLatin1String("ProductionAccessEnabled")).toBool(true), false);
        QCOMPARE(
            json(account).value(QLatin1String("SendQuota")).toObject().value(QLatin1String("Max24HourSend")).toDouble(),
            200.0);

        const HttpResponse put = call("POST",
            "/v2/email/account/details",
            QJsonObject{{QStringLiteral("MailType"), QStringLiteral("TRANSACTIONAL")},
                {QStringLiteral("WebsiteURL"), QStringLiteral("https://example.com")},
                {QStringLiteral("UseCaseDescription"), QStringLiteral("Receipts")},
                {QStringLiteral("ProductionAccessEnabled"), true}});
        QCOMPARE(put.status, 200);
        account = call("GET", "/v2/email/account");
        const QJsonObject review
            = json(account).value(QLatin1String("Details")).toObject().value(QLatin1String("ReviewDetails")).toObject();
        QCOMPARE(review.value(QLatin1String("Status")).toString(), QStringLiteral("PENDING"));
        QVERIFY(!review.value(QLatin1String("CaseId")).toString().isEmpty());

        const HttpResponse again = call("POST",
            "/v2/email/account/details",
            QJsonObject{{QStringLiteral("MailType"), QStringLiteral("TRANSACTIONAL")},
                {QStringLiteral("WebsiteURL"), QStringLiteral("https://example.com")}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.header("x-amzn-ErrorType"), QByteArray("ConflictException"));

        m_clock.advance(29);
        QCOMPARE(
            json(call("GET", "/v2/email/account")).value(QLatin1String("ProductionAccessEnabled")).toBool(), false);
        m_clock.advance(1);
        account = call("GET", "/v2/email/account");
        QCOMPARE(json(account).value(QLatin1String("ProductionAccessEnabled")).toBool(), true);
        QCOMPARE(json(account)
                     .value(QLatin1String("Details"))
                     .toObject()
                     .value(QLatin1String("ReviewDetails"))
                     .toObject()
                     .value(QLatin1String("Status"))
                     .toString(),
            QStringLiteral("GRANTED"));
        QCOMPARE(
            json(account).value(QLatin1String("SendQuota")).toObject().value(QLatin1String("Max24HourSend")).toDouble(),
            50000.0);
        QCOMPARE(
            json(account).value(QLatin1String("SendQuota")).toObject().value(QLatin1String("MaxSendRate")).toDouble(),
            14.0);
    }

    void identitiesVerifyAfterTheDelay()
    {
        const HttpResponse created = call("POST",
            "/v2/email/identities",
            QJsonObject{{QStringLiteral("EmailIdentity"), QStringLiteral("example.com")}});
        QCOMPARE(created.status, 200);
        QCOMPARE(json(created)
                     .value(QLatin1String("DkimAttributes"))
                     .toObject()
                     .value(QLatin1String("Tokens"))
                     .toArray()
                     .size(),
            3);
        QCOMPARE(
            json(call("GET", "/v2/email/identities/example.com")).value(QLatin1String("VerificationStatus")).toString(),
            QStringLiteral("PENDING"));
        m_clock.advance(5);
        const QJsonObject identity = json(call("GET", "/v2/email/identities/example.com"));
        QCOMPARE(identity.value(QLatin1String("VerificationStatus")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(identity.value(QLatin1String("VerifiedForSendingStatus")).toBool(), true);
        QCOMPARE(identity.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Status")).toString(),
            QStringLiteral("SUCCESS"));

        // An address in the verified domain inherits its DKIM attributes.
        QCOMPARE(call("POST",
                     "/v2/email/identities",
                     QJsonObject{{QStringLiteral("EmailIdentity"), QStringLiteral("news@example.com")}})
                     .status,
            200);
        const QJsonObject address = json(call("GET", "/v2/email/identities/news%40example.com"));
        QCOMPARE(address.value(QLatin1String("IdentityType")).toString(), QStringLiteral("EMAIL_ADDRESS"));
        QCOMPARE(address.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Status")).toString(),
            QStringLiteral("SUCCESS"));
    }

    void managementCallsArePacedWhenAsked()
    {
        SandboxConfig config;
        config.managementCallsPerSecond = 1;
        config.verifyDelaySeconds = 0;
        m_server = std::make_unique<SandboxServer>(config, m_clock);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QCOMPARE(call("GET", "/v2/email/account").status, 200);
        const HttpResponse throttled = call("GET", "/v2/email/account");
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("x-amzn-ErrorType"), QByteArray("TooManyRequestsException"));
        m_clock.advance(1);
        QCOMPARE(call("POST",
                     "/v2/email/identities",
                     QJsonObject{{QStringLiteral("EmailIdentity"), QStringLiteral("example.com")}})
                     .status,
            200);
        // Sends are paced by the sending quota, not by the management limit.
        const QJsonObject email{{QStringLiteral("FromEmailAddress"), QStringLiteral("a@example.com")},
            {QStringLiteral("Destination"),
                QJsonObject{
                    {QStringLiteral("ToAddresses"), QJsonArray{QStringLiteral("success@simulator.amazonses.com")}}}},
            {QStringLiteral("Content"),
                QJsonObject{{QStringLiteral("Raw"),
                    QJsonObject{{QStringLiteral("Data"),
                        QString::fromLatin1(
                            QByteArray("From: a@example.com\r\nSubject: x\r\n\r\nbody").toBase64())}}}}}};
        QCOMPARE(call("POST", "/v2/email/outbound-emails", email).status, 200);
        QCOMPARE(call("POST", "/v2/email/outbound-emails", email).status, 200);
    }

    void protocolErrors()
    {
        const HttpResponse unknown = call("GET", "/v2/email/no-such-thing");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.header("x-amzn-ErrorType"), QByteArray("UnknownOperationException"));
        QVERIFY(!unknown.header("x-amzn-RequestId").isEmpty());

        const HttpResponse unsupported = call("GET", "/v2/email/deliverability-dashboard");
        QCOMPARE(unsupported.status, 501);
        QCOMPARE(unsupported.header("x-amzn-ErrorType"), QByteArray("NotImplemented"));

        const HttpResponse invalid
            = call("POST", "/v2/email/identities", QJsonObject{{QStringLiteral("Tags"), QJsonArray()}});
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.header("x-amzn-ErrorType"), QByteArray("BadRequestException"));
        QCOMPARE(json(invalid).value(QLatin1String("message")).toString(),
            QStringLiteral("1 validation error detected: Value null at 'emailIdentity' failed to satisfy constraint: "
                           "Member must not be null"));

        Sandbox::HttpRequest unsigned_;
        unsigned_.method = "GET";
        unsigned_.path = "/v2/email/account";
        unsigned_.headers = {{"Host", "127.0.0.1"}};
        const HttpResponse missing = m_server->handle(unsigned_);
        QCOMPARE(missing.status, 403);
        QCOMPARE(missing.header("x-amzn-ErrorType"), QByteArray("MissingAuthenticationTokenException"));
        QVERIFY(!missing.header("Date").isEmpty());
    }
};

QTEST_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
