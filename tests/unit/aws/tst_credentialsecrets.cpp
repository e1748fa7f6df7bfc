#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTest>

#include "models/aws/AwsSharedConfig.h"
#include "models/aws/CredentialsProvider.h"
#include "models/aws/ProfileResolver.h"

#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TempAwsHome.h"

using Aws::Credentials;
using Aws::Result;

namespace
{

// Every secret in these scenarios contains one of these markers; no message may.
const QString kSecretMarker = QStringLiteral("SeCrEt");
const QString kTokenMarker = QStringLiteral("ToKeN");

QMutex g_logMutex;
QStringList g_log;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromUtf8(context.category ? context.category : "") + QStringLiteral(": ") + message);
}

/// Reads like a real secret access key (40 base64 characters) and carries the marker.
QString realisticSecret(const char *tag)
{
    return (kSecretMarker + QString::fromLatin1(tag) + QStringLiteral("wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEYzzzzzz"))
        .left(40);
}

struct SecretScenario {
    QByteArray config;
    QByteArray credentials;
    QList<QPair<QString, QByteArray>> scripts;
    QStringList env;
    Aws::ResolveOptions options;
    bool useServer = false; ///< point --endpoint-url at the scripted STS
};

} // namespace

Q_DECLARE_METATYPE(SecretScenario)

/// Resolves and fails in every way we can think of with recognisable secret values, capturing
/// every Qt message (all sesdesk categories at debug level), and checks that no secret appears
/// in an error, a description or a log line.
class TestCredentialSecrets : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock;
    QNetworkAccessManager m_network;
    QtMessageHandler m_previousHandler = nullptr;
    QStringList m_texts; ///< errors and descriptions of the current row

    void expectNoSecret(const QStringList &texts)
    {
        for (const QString &t : texts) {
            QVERIFY2(!t.contains(kSecretMarker) && !t.contains(kTokenMarker),
                qPrintable(QStringLiteral("secret leaked: ")
                    + QString(t)
                          .replace(kSecretMarker, QStringLiteral("S*"))
                          .replace(kTokenMarker, QStringLiteral("T*"))));
        }
    }

    void collect(const Result<Credentials> &r)
    {
        if (r.isError())
            m_texts << r.error().toString() << r.error().code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("sesdesk.*=true\nqt.*=false"));
        m_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previousHandler);
    }

    void init()
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
        m_texts.clear();
    }

    void noSecretAnywhere_data()
    {
        QTest::addColumn<SecretScenario>("scenario");
        QTest::addColumn<bool>("resolves"); ///< whether resolution itself should succeed

        const QByteArray secret = realisticSecret("FILE").toUtf8();
        const QByteArray token = (kTokenMarker + QStringLiteral("FILEtoken")).toUtf8();
        SecretScenario s;

        s.env = {QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"),
            QStringLiteral("AWS_SECRET_ACCESS_KEY=") + realisticSecret("ENV"),
            QStringLiteral("AWS_SESSION_TOKEN=") + kTokenMarker + QStringLiteral("ENV")};
        QTest::newRow("environment keys") << s << true;

        s.env.append(QStringLiteral("AWS_CREDENTIAL_EXPIRATION=") + kSecretMarker);
        QTest::newRow("environment with a bad expiration") << s << false;

        s = {};
        s.env = {QStringLiteral("AWS_SECRET_ACCESS_KEY=") + realisticSecret("ENV")};
        QTest::newRow("environment secret without key id") << s << false;

        s = {};
        s.options.secretAccessKey = realisticSecret("OPT");
        s.options.sessionToken = kTokenMarker + QStringLiteral("OPT");
        QTest::newRow("explicit secret without key id") << s << false;

        s = {};
        s.credentials = "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = " + secret
            + "\naws_session_token = " + token + "\n";
        QTest::newRow("profile keys") << s << true;

        s.credentials
            = "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = " + secret + "\n" + secret + "\n";
        QTest::newRow("pasted secret on its own line") << s << false;

        s.credentials = "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key " + secret + "\n";
        QTest::newRow("secret line without =") << s << false;

        s.credentials = "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = " + secret
            + "\naws_secret_access_key = " + secret + "\n";
        QTest::newRow("secret set twice") << s << false;

        s.credentials = "[default]\naws_access_key_id =\naws_secret_access_key = " + secret + "\n";
        QTest::newRow("empty key id next to a secret") << s << false;

        s.credentials = "[default]\naws_secret_access_key = " + secret + "\n";
        QTest::newRow("secret without key id") << s << false;

        s.credentials
            = "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = " + secret + "\n[\n" + secret + ": x\n";
        QTest::newRow("secret as a key name after a broken header") << s << false;

        s = {};
        s.config = "[default]\nendpoint_url = ftp://user:" + secret + "@127.0.0.1/\n";
        s.env = {QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"),
            QStringLiteral("AWS_SECRET_ACCESS_KEY=") + realisticSecret("ENV")};
        QTest::newRow("password in a bad endpoint URL") << s << false;

        const QByteArray processJson = "{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \""
            + realisticSecret("PROC").toUtf8() + "\", \"SessionToken\": \"" + kTokenMarker.toUtf8() + "PROC\"";
        s = {};
        s.config = "[default]\ncredential_process = @HOME@/helper --password " + secret + "\n";
        s.scripts
            = {{QStringLiteral("helper"), "echo '" + processJson + ", \"Expiration\": \"2030-01-01T00:00:00Z\"}'\n"}};
        QTest::newRow("credential_process success") << s << true;

        s.scripts = {{QStringLiteral("helper"), "echo '" + processJson + ", \"Version\": 2}'\n"}};
        QTest::newRow("credential_process wrong version") << s << true;

        s.scripts = {{QStringLiteral("helper"),
            "echo '" + processJson + ", \"Expiration\": \"" + kSecretMarker.toUtf8() + "\"}'\n"}};
        QTest::newRow("credential_process bad expiration") << s << true;

        s.scripts = {{QStringLiteral("helper"), "echo '" + processJson + "'\n"}};
        QTest::newRow("credential_process bad JSON") << s << true;

        s.scripts
            = {{QStringLiteral("helper"), "echo '" + processJson + ", \"Expiration\": \"2001-01-01T00:00:00Z\"}'\n"}};
        QTest::newRow("credential_process expired") << s << true;

        s.scripts = {{QStringLiteral("helper"),
            "echo '" + processJson + "}'\necho \"secret is $2 and " + realisticSecret("STDERR").toUtf8()
                + "\" >&2\necho '" + processJson + "}' >&2\nexit 4\n"}};
        QTest::newRow("credential_process fails and prints secrets to stderr") << s << true;

        s.scripts = {{QStringLiteral("helper"),
            "echo \"aws_secret_access_key=" + realisticSecret("KV").toUtf8() + " token: " + kTokenMarker.toUtf8()
                + "KV\" >&2\nexit 2\n"}};
        QTest::newRow("credential_process stderr in key=value form") << s << true;

        s.config = "[default]\ncredential_process = /nonexistent/helper " + secret + "\n";
        s.scripts = {};
        QTest::newRow("credential_process missing program, secret argument") << s << true;

        s.config = "[default]\ncredential_process = helper '" + secret + "\n";
        QTest::newRow("credential_process unbalanced quote after a secret") << s << true;

        s = {};
        s.credentials = "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = " + secret + "\n";
        s.config = "[profile role]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\nexternal_id = x\n";
        s.options.profile = QStringLiteral("role");
        s.useServer = true;
        QTest::newRow("assume role") << s << true;

        s.config = "[profile role]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\nmfa_serial = m\n";
        QTest::newRow("assume role with mfa_serial") << s << false;

        s.config = "[profile role]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = role\n";
        QTest::newRow("assume role loop") << s << false;

        s.credentials = "[base]\naws_access_key_id = AKIDBASE\n";
        s.config = "[profile role]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n";
        QTest::newRow("assume role with partial source") << s << false;
    }

    void noSecretAnywhere()
    {
        QFETCH(SecretScenario, scenario);
        QFETCH(bool, resolves);

        TestSupport::TempAwsHome home;
        TestSupport::ScriptedHttpServer server;
        QVERIFY(server.start());
        const QString expiry = m_clock.nowUtc().addSecs(3600).toString(Qt::ISODate);
        // The role's temporary credentials, then an AssumeRole refusal for the second fetch.
        TestSupport::ScriptedHttpServer::Reply ok;
        ok.headers.emplaceBack("Content-Type", "text/xml");
        ok.body = "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAROLE</AccessKeyId>"
                  "<SecretAccessKey>"
            + realisticSecret("STS").toUtf8() + "</SecretAccessKey><SessionToken>" + kTokenMarker.toUtf8()
            + "STS</SessionToken><Expiration>" + expiry.toUtf8()
            + "</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>";
        server.enqueue(ok);
        TestSupport::ScriptedHttpServer::Reply denied;
        denied.status = 403;
        denied.headers.emplaceBack("Content-Type", "text/xml");
        denied.body = "<ErrorResponse><Error><Code>AccessDenied</Code><Message>Not authorized</Message></Error>"
                      "<RequestId>r</RequestId></ErrorResponse>";
        server.setFallback(denied);

        if (!scenario.config.isNull())
            home.writeConfig(QByteArray(scenario.config).replace("@HOME@", home.home().toUtf8()));
        if (!scenario.credentials.isNull())
            home.writeCredentials(scenario.credentials);
        for (const auto &[name, body] : scenario.scripts)
            home.writeScript(name, body);
        QProcessEnvironment env = home.environment();
        for (const QString &pair : scenario.env)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        Aws::ResolveOptions options = scenario.options;
        if (scenario.useServer)
            options.endpointUrl = server.url();

        Aws::ProfileResolver resolver(env, home.home(), &m_network, &m_clock);
        const Result<Aws::ResolvedProfile> resolved = resolver.resolve(options);
        QCOMPARE(resolved.ok(), resolves);
        if (resolved.isError()) {
            m_texts << resolved.error().toString();
        } else {
            m_texts << resolved.value().credentialSource << resolved.value().credentials->description();
            for (int attempt = 0; attempt < 2; ++attempt) {
                QObject context;
                std::optional<Result<Credentials>> answer;
                resolved.value().credentials->fetch(&context, [&answer](Result<Credentials> r) {
                    answer = r;
                });
                QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
                collect(*answer);
                if (answer->ok()) {
                    qDebug() << "fetched" << answer->value();
                    QDebug(&m_texts.emplaceBack()) << answer->value();
                }
                resolved.value().credentials->invalidate();
            }
        }
        const Result<QStringList> names = resolver.profileNames();
        m_texts << (names.ok() ? names.value() : QStringList{names.error().toString()});

        expectNoSecret(m_texts);
        const QMutexLocker lock(&g_logMutex);
        expectNoSecret(g_log);
        QVERIFY(!m_texts.isEmpty());
    }

    void errorsStillSayWhatIsWrong()
    {
        // Redaction must not hide the problem: the file, line and key are still named.
        TestSupport::TempAwsHome home;
        home.writeCredentials("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = "
            + realisticSecret("FILE").toUtf8() + "\naws_secret_access_key = x\n");
        Aws::ProfileResolver resolver(home.environment(), home.home(), &m_network, &m_clock);
        const auto r = resolver.resolve({});
        QVERIFY(r.isError());
        QCOMPARE(r.error().message,
            QStringLiteral("~/.aws/credentials line 4: \"aws_secret_access_key\" is set a second time in [default] "
                           "(first on line 3)"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialSecrets)
#include "tst_credentialsecrets.moc"
