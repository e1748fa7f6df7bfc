#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/Clock.h"
#include "models/connection/DefaultSessionFactory.h"
#include "models/connection/MemorySecretStore.h"
#include "models/connection/SandboxLauncher.h"
#include "models/connection/SesDeskProfileStore.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "tests/support/ScriptedHttpServer.h"

namespace
{
/// A "Sandbox" that is a scripted server.
class ScriptedLauncher final : public Connection::SandboxLauncher
{
public:
    QUrl url;
    QStringList regions;
    void start(const QString &region, QObject *, Callback done) override
    {
        regions.append(region);
        done(Connection::SandboxEndpoint{url,
            region,
            Aws::Credentials{QStringLiteral("SANDBOXACCESSKEY"), QStringLiteral("sandbox-secret-key"), {}, {}}});
    }
};
} // namespace

/// Sessions from SesDesk profiles (settings + secret store) and the Local Sandbox, talking
/// through the signed client to the right endpoint.
class TestDefaultSessionFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sesDeskProfileSignsWithItsKeys();
    void missingSecretSaysWhatToDo();
    void sandboxUsesTheLauncher();

private:
    std::shared_ptr<Connection::Session> open(Connection::DefaultSessionFactory &factory,
        const Connection::ProfileRef &ref,
        const QString &region,
        Aws::AwsError *error = nullptr);

    QNetworkAccessManager m_network;
    Aws::SystemClock m_clock;
};

std::shared_ptr<Connection::Session> TestDefaultSessionFactory::open(Connection::DefaultSessionFactory &factory,
    const Connection::ProfileRef &ref,
    const QString &region,
    Aws::AwsError *error)
{
    std::shared_ptr<Connection::Session> session;
    bool done = false;
    factory.open(ref, region, this, [&](Aws::Result<std::shared_ptr<Connection::Session>> r) {
        done = true;
        if (r.ok())
            session = r.value();
        else if (error && r.isError())
            *error = r.error();
    });
    if (!QTest::qWaitFor(
            [&done] {
                return done;
            },
            5000))
        return nullptr;
    return session;
}

void TestDefaultSessionFactory::sesDeskProfileSignsWithItsKeys()
{
    TestSupport::ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setFallback(TestSupport::ScriptedHttpServer::Reply::json(200, R"({"ProductionAccessEnabled":true})"));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Connection::SesDeskProfileStore store(&settings);
    QVERIFY(store
                .save({QStringLiteral("prod"),
                    QStringLiteral("eu-west-1"),
                    server.url(),
                    QStringLiteral("AKIAIOSFODNN7EXAMPLE")})
                .isEmpty());
    Connection::MemorySecretStore secrets;
    secrets.write(Connection::SesDeskProfile::secretKey(QStringLiteral("prod")),
        QStringLiteral("wJalrXUtnFEMI/K7MDENG"),
        this,
        [](auto) {});
    Connection::DefaultSessionFactory factory({&m_network, &m_clock, &store, &secrets, nullptr, nullptr});

    auto session = open(factory, Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QString());
    QVERIFY(session);
    QCOMPARE(session->region(), QStringLiteral("eu-west-1"));
    QCOMPARE(session->endpoint(), server.url());
    QVERIFY(!session->isLocalSandbox());
    bool ok = false;
    session->ses()->getAccount(this, [&ok](Aws::Result<Ses::Account> r) {
        ok = r.ok() && r.value().productionAccessEnabled;
    });
    QTRY_VERIFY(ok);
    const QByteArray auth = server.requests().last().header("Authorization");
    QVERIFY(auth.contains("Credential=AKIAIOSFODNN7EXAMPLE/"));
    QVERIFY(auth.contains("/eu-west-1/ses/aws4_request"));
    QVERIFY(!auth.contains("wJalrXUtnFEMI"));

    // An explicit region wins over the profile's.
    session = open(factory, Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QStringLiteral("us-west-2"));
    QCOMPARE(session->region(), QStringLiteral("us-west-2"));
}

void TestDefaultSessionFactory::missingSecretSaysWhatToDo()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Connection::SesDeskProfileStore store(&settings);
    QVERIFY(
        store.save({QStringLiteral("prod"), QStringLiteral("eu-west-1"), {}, QStringLiteral("AKIAIOSFODNN7EXAMPLE")})
            .isEmpty());
    Connection::MemorySecretStore secrets;
    Connection::DefaultSessionFactory factory({&m_network, &m_clock, &store, &secrets, nullptr, nullptr});
    Aws::AwsError error;
    QVERIFY(!open(factory, Connection::ProfileRef::sesDesk(QStringLiteral("prod")), QString(), &error));
    QCOMPARE(error.code, QStringLiteral("SecretNotFound"));
    QVERIFY(error.message.contains(QStringLiteral("Enter it again under Profiles")));
    QVERIFY(!open(factory, Connection::ProfileRef::sesDesk(QStringLiteral("nope")), QString(), &error));
    QCOMPARE(error.code, QStringLiteral("ProfileNotFound"));
    QVERIFY(!open(factory, Connection::ProfileRef::sandbox(), QString(), &error));
    QCOMPARE(error.code, QStringLiteral("SandboxUnavailable"));
}

void TestDefaultSessionFactory::sandboxUsesTheLauncher()
{
    TestSupport::ScriptedHttpServer server;
    QVERIFY(server.start());
    ScriptedLauncher launcher;
    launcher.url = server.url();
    Connection::MemorySecretStore secrets;
    Connection::DefaultSessionFactory factory({&m_network, &m_clock, nullptr, &secrets, nullptr, &launcher});
    auto session = open(factory, Connection::ProfileRef::sandbox(), QStringLiteral("ap-northeast-2"));
    QVERIFY(session);
    QVERIFY(session->isLocalSandbox());
    QCOMPARE(session->profileDisplayName(), QStringLiteral("Local Sandbox"));
    QCOMPARE(session->region(), QStringLiteral("ap-northeast-2"));
    QCOMPARE(launcher.regions, QStringList{QStringLiteral("ap-northeast-2")});
    QCOMPARE(session->aws()->config().managementRatePerSecond, 0.0);
}

QTEST_GUILESS_MAIN(TestDefaultSessionFactory)
#include "tst_defaultsessionfactory.moc"
