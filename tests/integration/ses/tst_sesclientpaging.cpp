// SesClient's typed operations over a scripted loopback server: every page of
// ListEmailIdentities is followed, path parameters are encoded, and a paged call cancels cleanly.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/ses/SesClient.h"

#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"

using TestSupport::ScriptedHttpServer;

class tst_SesClientPaging : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    TestSupport::FakeClock m_clock{QDateTime::currentDateTimeUtc()};

    std::unique_ptr<Aws::AwsClient> client(const QUrl &url)
    {
        Aws::ClientConfig config;
        config.endpointOverride = url;
        config.managementRatePerSecond = 0;
        return std::make_unique<Aws::AwsClient>(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{QStringLiteral("AKIDPAGING"), QStringLiteral("secret"), {}, {}},
                QStringLiteral("test")),
            &m_clock,
            config);
    }

    static QByteArray page(int from, int count, const QString &next)
    {
        QJsonArray items;
        for (int i = from; i < from + count; ++i)
            items.append(QJsonObject{{QStringLiteral("IdentityType"), QStringLiteral("DOMAIN")},
                {QStringLiteral("IdentityName"), QStringLiteral("d%1.example.com").arg(i)},
                {QStringLiteral("SendingEnabled"), true},
                {QStringLiteral("VerificationStatus"), QStringLiteral("SUCCESS")}});
        QJsonObject body{{QStringLiteral("EmailIdentities"), items}};
        if (!next.isEmpty())
            body.insert(QStringLiteral("NextToken"), next);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void followsEveryPage_data()
    {
        QTest::addColumn<int>("pages");
        QTest::newRow("one page") << 1;
        QTest::newRow("three pages") << 3;
        QTest::newRow("ten pages") << 10;
    }
    void followsEveryPage()
    {
        QFETCH(int, pages);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        for (int p = 0; p < pages; ++p)
            server.enqueue(ScriptedHttpServer::Reply::json(
                200, page(p * 20, 20, p + 1 < pages ? QStringLiteral("tok+%1/=").arg(p + 1) : QString())));
        auto aws = client(server.url());
        Ses::SesClient ses(aws.get());
        std::optional<Aws::Result<QList<Ses::IdentitySummary>>> result;
        Ses::PagedCall *call = ses.listAllEmailIdentities(this, [&result](Aws::Result<QList<Ses::IdentitySummary>> r) {
            result = std::move(r);
        });
        QSignalSpy pagesSeen(call, &Ses::PagedCall::pageReceived);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(result->ok());
        QCOMPARE(result->value().size(), pages * 20);
        QCOMPARE(result->value().constLast().identityName, QStringLiteral("d%1.example.com").arg(pages * 20 - 1));
        QCOMPARE(pagesSeen.size(), pages);
        QCOMPARE(server.requests().size(), pages);
        QVERIFY(!server.requests().constFirst().query().contains("NextToken"));
        QVERIFY(!server.requests().constFirst().query().contains("PageSize"));
        if (pages > 1) // the token travels percent-encoded
            QCOMPARE(server.requests().at(1).query(), QByteArray("NextToken=tok%2B1%2F%3D"));
    }

    void cancelsBetweenPages()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(ScriptedHttpServer::Reply::json(200, page(0, 5, QStringLiteral("next"))));
        server.setFallback(ScriptedHttpServer::Reply::hang());
        auto aws = client(server.url());
        Ses::SesClient ses(aws.get());
        std::optional<Aws::Result<QList<Ses::IdentitySummary>>> result;
        Ses::PagedCall *call = ses.listAllEmailIdentities(this, [&result](Aws::Result<QList<Ses::IdentitySummary>> r) {
            result = std::move(r);
        });
        QSignalSpy pagesSeen(call, &Ses::PagedCall::pageReceived);
        QVERIFY(pagesSeen.wait(5000));
        QTRY_COMPARE(server.requests().size(), 2);
        call->cancel();
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isCancelled());
    }

    void reportsAnErrorMidway()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(ScriptedHttpServer::Reply::json(200, page(0, 5, QStringLiteral("next"))));
        server.enqueue(
            ScriptedHttpServer::Reply::json(400, "{\"message\":\"Invalid NextToken\"}", "BadRequestException"));
        auto aws = client(server.url());
        Ses::SesClient ses(aws.get());
        std::optional<Aws::Result<QList<Ses::IdentitySummary>>> result;
        ses.listAllEmailIdentities(this, [&result](Aws::Result<QList<Ses::IdentitySummary>> r) {
            result = std::move(r);
        });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->isError());
        QCOMPARE(result->error().code, QStringLiteral("BadRequestException"));
        QCOMPARE(result->error().message, QStringLiteral("Invalid NextToken"));
    }

    void encodesPathParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("plus") << QStringLiteral("ops+alerts@example.com")
                              << QByteArray("/v2/email/identities/ops%2Balerts%40example.com");
        QTest::newRow("domain") << QStringLiteral("example.com") << QByteArray("/v2/email/identities/example.com");
        QTest::newRow("slash") << QStringLiteral("a/b@example.com")
                               << QByteArray("/v2/email/identities/a%2Fb%40example.com");
    }
    void encodesPathParameters()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, path);
        QCOMPARE(Ses::SesClient::path({QStringLiteral("identities"), name}), path);
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.enqueue(ScriptedHttpServer::Reply::json(200, "{\"IdentityType\":\"EMAIL_ADDRESS\"}"));
        auto aws = client(server.url());
        Ses::SesClient ses(aws.get());
        std::optional<Aws::Result<Ses::EmailIdentity>> result;
        ses.getEmailIdentity(name, this, [&result](Aws::Result<Ses::EmailIdentity> r) {
            result = std::move(r);
        });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(result->value().identityName, name);
        QCOMPARE(server.requests().constFirst().path(), path);
    }
};

QTEST_GUILESS_MAIN(tst_SesClientPaging)
#include "tst_sesclientpaging.moc"
