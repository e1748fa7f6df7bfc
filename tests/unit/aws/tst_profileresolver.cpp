#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>

#include "models/aws/AssumeRoleCredentialsProvider.h"
#include "models/aws/AwsClient.h"
#include "models/aws/AwsSharedConfig.h"
#include "models/aws/ProcessCredentialsProvider.h"
#include "models/aws/ProfileResolver.h"
#include "models/aws/StsClient.h"

#include "tests/support/FakeClock.h"
#include "tests/support/TempAwsHome.h"

using Aws::ProfileResolver;
using Aws::ResolvedProfile;
using Aws::ResolveOptions;
using Aws::SettingSource;

/// One scenario: the two files, extra files and scripts, the environment and the options.
/// "@HOME@" anywhere stands for the temporary home folder.
struct Scenario {
    QByteArray config;
    QByteArray credentials;
    QList<QPair<QString, QByteArray>> files;
    QList<QPair<QString, QByteArray>> scripts;
    QStringList env; ///< "NAME=value"
    ResolveOptions options;
    bool compareWithBotocore = true; ///< false where SesDesk knowingly differs (AWS_REGION, unsupported sources)
};
Q_DECLARE_METATYPE(Scenario)

namespace
{

QByteArray withHome(QByteArray text, const QString &home)
{
    return text.replace("@HOME@", home.toUtf8());
}

/// Writes the scenario into a fresh home and returns the environment for it.
QProcessEnvironment prepare(const TestSupport::TempAwsHome &home, const Scenario &s)
{
    if (!s.config.isNull())
        home.writeConfig(withHome(s.config, home.home()));
    if (!s.credentials.isNull())
        home.writeCredentials(withHome(s.credentials, home.home()));
    for (const auto &[path, content] : s.files)
        home.writeFile(path, withHome(content, home.home()));
    for (const auto &[path, body] : s.scripts)
        home.writeScript(path, withHome(body, home.home()));
    QProcessEnvironment env = home.environment();
    for (const QString &pair : s.env) {
        const qsizetype eq = pair.indexOf(u'=');
        env.insert(pair.left(eq), QString(pair.mid(eq + 1)).replace(QStringLiteral("@HOME@"), home.home()));
    }
    return env;
}

/// The provider chain in short: "static AKID", "process", "role ARN <- static AKID".
QString describe(Aws::CredentialsProvider *provider)
{
    if (!provider)
        return QStringLiteral("none");
    if (auto *role = dynamic_cast<Aws::AssumeRoleCredentialsProvider *>(provider))
        return QStringLiteral("role %1 <- %2").arg(role->request().roleArn, describe(role->sourceProvider()));
    if (dynamic_cast<Aws::ProcessCredentialsProvider *>(provider))
        return QStringLiteral("process");
    if (dynamic_cast<Aws::StaticCredentialsProvider *>(provider)) {
        QString key = QStringLiteral("(no answer)");
        provider->fetch(nullptr, [&key](Aws::Result<Aws::Credentials> r) {
            key = r.ok()
                ? r.value().accessKeyId + (r.value().sessionToken.isEmpty() ? QString() : QStringLiteral("+token"))
                : QStringLiteral("error");
        });
        return QStringLiteral("static ") + key;
    }
    return QStringLiteral("unknown");
}

QString errorOrDescription(const Aws::Result<ResolvedProfile> &r)
{
    if (r.isError())
        return QStringLiteral("error ") + r.error().code;
    return describe(r.value().credentials.get());
}

QString sourceText(const SettingSource &s)
{
    switch (s.kind) {
    case SettingSource::Kind::Unset:
        return QStringLiteral("unset");
    case SettingSource::Kind::Option:
        return QStringLiteral("option ") + s.name;
    case SettingSource::Kind::Environment:
        return QStringLiteral("env ") + s.name;
    case SettingSource::Kind::ConfigFile:
        return QStringLiteral("config ") + s.name;
    case SettingSource::Kind::CredentialsFile:
        return QStringLiteral("credentials ") + s.name;
    case SettingSource::Kind::Default:
        return QStringLiteral("default");
    }
    return {};
}

QString effectiveEndpoint(const ResolvedProfile &p, const QString &key)
{
    Aws::ClientConfig c = p.clientConfig;
    QUrl url = c.serviceEndpoints.value(key);
    if (!url.isValid())
        url = c.endpointOverride;
    if (!url.isValid())
        url = Aws::AwsClient::defaultEndpoint(key, p.region.isEmpty() ? QStringLiteral("us-east-1") : p.region);
    QString s = url.toString();
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

const QByteArray kStaticCredentials = "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s-default\n"
                                      "[prod]\naws_access_key_id = AKIDPROD\naws_secret_access_key = s-prod\n"
                                      "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s-base\n";
const QStringList kEnvKeys{QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"), QStringLiteral("AWS_SECRET_ACCESS_KEY=s-env")};

ResolveOptions profileOption(const char *name)
{
    ResolveOptions o;
    o.profile = QString::fromUtf8(name);
    return o;
}

} // namespace

/// The AWS CLI's resolution order for credentials, profile, region and endpoints, row by row,
/// each row also resolved by botocore itself (python3) and compared where SesDesk follows it.
class TestProfileResolver : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<QProcess> m_python; ///< botocore_resolve.py, one case per line

    Aws::Result<ResolvedProfile> resolveIn(const TestSupport::TempAwsHome &home, const Scenario &s)
    {
        const ProfileResolver resolver(prepare(home, s), home.home(), &m_network, &m_clock);
        return resolver.resolve(s.options);
    }

    /// Asks botocore_resolve.py about one scenario; an empty object when python3/botocore is absent.
    QJsonObject botocore(const TestSupport::TempAwsHome &home, const Scenario &s, const QStringList &services = {})
    {
        const QProcessEnvironment env = prepare(home, s);
        QJsonObject envJson;
        for (const QString &key : env.keys())
            envJson.insert(key, env.value(key));
        QJsonObject c{
            {QStringLiteral("env"), envJson}, {QStringLiteral("services"), QJsonArray::fromStringList(services)}};
        c.insert(QStringLiteral("profile"), s.options.profile.isEmpty() ? QJsonValue() : QJsonValue(s.options.profile));
        c.insert(QStringLiteral("endpoint_url"),
            s.options.endpointUrl.isEmpty() ? QJsonValue() : QJsonValue(s.options.endpointUrl.toString()));
        if (!m_python || m_python->state() != QProcess::Running)
            return {};
        m_python->write(QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n');
        QElapsedTimer timer;
        timer.start();
        while (!m_python->canReadLine() && timer.elapsed() < 60000)
            m_python->waitForReadyRead(1000);
        return QJsonDocument::fromJson(m_python->readLine()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_python = std::make_unique<QProcess>();
        m_python->start(
            QStringLiteral(SESDESK_PYTHON3), {QStringLiteral(SESDESK_TEST_DATA_DIR "/aws/botocore_resolve.py")});
        if (!m_python->waitForStarted())
            m_python.reset();
    }

    void cleanupTestCase()
    {
        if (m_python) {
            m_python->closeWriteChannel();
            m_python->waitForFinished();
        }
    }

    void credentials_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("profile");

        Scenario s;
        s.credentials = kStaticCredentials;
        s.env = kEnvKeys;
        s.options.accessKeyId = QStringLiteral("AKIDEXPLICIT");
        s.options.secretAccessKey = QStringLiteral("s-explicit");
        s.compareWithBotocore = false; // explicit keys are a client argument in botocore, not a session one
        QTest::newRow("explicit keys beat environment and profile") << s << "static AKIDEXPLICIT"
                                                                    << "default";

        s = {};
        s.credentials = kStaticCredentials;
        s.env = kEnvKeys + QStringList{QStringLiteral("AWS_PROFILE=prod")};
        QTest::newRow("environment keys beat AWS_PROFILE") << s << "static AKIDENV"
                                                           << "prod";

        s.env = kEnvKeys;
        s.options = profileOption("prod");
        QTest::newRow("--profile turns environment keys off") << s << "static AKIDPROD"
                                                              << "prod";

        s = {};
        s.credentials = kStaticCredentials;
        s.env = QStringList{QStringLiteral("AWS_PROFILE=prod")};
        QTest::newRow("AWS_PROFILE picks the profile") << s << "static AKIDPROD"
                                                       << "prod";

        s.env = QStringList{QStringLiteral("AWS_PROFILE=prod"), QStringLiteral("AWS_DEFAULT_PROFILE=base")};
        QTest::newRow("AWS_DEFAULT_PROFILE is read before AWS_PROFILE") << s << "static AKIDBASE"
                                                                        << "base";

        s.env = QStringList{QStringLiteral("AWS_PROFILE=prod")};
        s.options = profileOption("base");
        QTest::newRow("--profile beats AWS_PROFILE") << s << "static AKIDBASE"
                                                     << "base";

        s = {};
        s.credentials = kStaticCredentials;
        QTest::newRow("default profile") << s << "static AKIDDEFAULT"
                                         << "default";

        s = {};
        s.env = QStringList{QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"),
            QStringLiteral("AWS_SECRET_ACCESS_KEY=s"),
            QStringLiteral("AWS_SESSION_TOKEN=t"),
            QStringLiteral("AWS_SECURITY_TOKEN=")};
        QTest::newRow("environment session token") << s << "static AKIDENV+token"
                                                   << "default";

        s = {};
        s.config = "[profile x]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s-config\n";
        s.credentials = "[x]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = s-creds\n";
        s.options = profileOption("x");
        QTest::newRow("credentials file [x] beats config [profile x]") << s << "static AKIDCREDS"
                                                                       << "x";

        s.credentials = QByteArray("[other]\n");
        QTest::newRow("config [profile x] keys") << s << "static AKIDCONFIG"
                                                 << "x";

        s.config = "[x]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\n";
        QTest::newRow("config [x] is not a profile") << s << "error ProfileNotFound"
                                                     << "";

        s.config = QByteArray();
        s.credentials = "[profile x]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = s\n";
        QTest::newRow("credentials [profile x] is the profile \"profile x\"") << s << "error ProfileNotFound"
                                                                              << "";

        s = {};
        s.credentials = "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s\n"
                        "aws_session_token = t\n";
        QTest::newRow("profile session token") << s << "static AKIDDEFAULT+token"
                                               << "default";

        s = {};
        s.files = {{QStringLiteral("alt/config"), "[profile p]\nregion = eu-west-3\n"},
            {QStringLiteral("alt/creds"), "[p]\naws_access_key_id = AKIDALT\naws_secret_access_key = s\n"}};
        s.credentials = kStaticCredentials;
        s.env = QStringList{QStringLiteral("AWS_CONFIG_FILE=~/alt/config"),
            QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=$HOME/alt/creds"),
            QStringLiteral("AWS_PROFILE=p")};
        QTest::newRow("AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE") << s << "static AKIDALT"
                                                                         << "p";

        s = {};
        s.config = "[default]\ncredential_process = @HOME@/helper.sh\naws_access_key_id = AKIDCONFIG\n"
                   "aws_secret_access_key = s\n";
        s.scripts = {{QStringLiteral("helper.sh"),
            "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"s\"}'\n"}};
        QTest::newRow("credential_process beats config keys") << s << "process"
                                                              << "default";

        s.credentials = "[default]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = s\n";
        QTest::newRow("credentials file keys beat credential_process") << s << "static AKIDCREDS"
                                                                       << "default";

        s = {};
        s.credentials = kStaticCredentials;
        s.config = "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/a\nsource_profile = base\n";
        s.options = profileOption("role");
        QTest::newRow("role_arn with source_profile") << s << "role arn:aws:iam::123456789012:role/a <- static AKIDBASE"
                                                      << "role";

        s.config = "[profile role]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = middle\n"
                   "[profile middle]\nrole_arn = arn:aws:iam::1:role/m\nsource_profile = base\n";
        QTest::newRow("role chain") << s
                                    << "role arn:aws:iam::1:role/a <- role arn:aws:iam::1:role/m <- static AKIDBASE"
                                    << "role";

        s.config = "[profile role]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = middle\n"
                   "[profile middle]\nrole_arn = arn:aws:iam::1:role/m\nsource_profile = base\n"
                   "[profile base]\nrole_arn = arn:aws:iam::1:role/b\n";
        QTest::newRow("a source profile with keys uses its keys, not its role")
            << s << "role arn:aws:iam::1:role/a <- role arn:aws:iam::1:role/m <- static AKIDBASE"
            << "role";

        s = {};
        s.credentials = "[self]\naws_access_key_id = AKIDSELF\naws_secret_access_key = s\n";
        s.config = "[profile self]\nrole_arn = arn:aws:iam::1:role/self\nsource_profile = self\n";
        s.options = profileOption("self");
        QTest::newRow("a profile may source its own keys") << s << "role arn:aws:iam::1:role/self <- static AKIDSELF"
                                                           << "self";

        s.credentials = QByteArray();
        QTest::newRow("a profile sourcing itself without keys loops") << s << "error InfiniteLoopConfigError"
                                                                      << "";

        s = {};
        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n"
                   "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n";
        s.options = profileOption("a");
        QTest::newRow("source_profile cycle") << s << "error InfiniteLoopConfigError"
                                              << "";

        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = nowhere\n";
        QTest::newRow("missing source_profile") << s << "error InvalidConfigError"
                                                << "";

        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n[profile b]\nregion = x\n";
        QTest::newRow("source profile without credentials") << s << "error InvalidConfigError"
                                                            << "";

        s.config
            = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = a\ncredential_source = Environment\n";
        QTest::newRow("source_profile and credential_source") << s << "error InvalidConfigError"
                                                              << "";

        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\n";
        QTest::newRow("role_arn alone") << s << "error PartialCredentialsError"
                                        << "";

        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = Environment\n";
        s.env = kEnvKeys;
        QTest::newRow("credential_source Environment, even with --profile")
            << s << "role arn:aws:iam::1:role/a <- static AKIDENV"
            << "a";

        s.env = {};
        QTest::newRow("credential_source Environment without keys") << s << "error CredentialRetrievalError"
                                                                    << "";

        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = Bogus\n";
        QTest::newRow("invalid credential_source") << s << "error InvalidConfigError"
                                                   << "";

        s.compareWithBotocore = false;
        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = Ec2InstanceMetadata\n";
        QTest::newRow("EC2 credential_source is unsupported") << s << "error UnsupportedConfiguration"
                                                              << "";

        s.credentials = kStaticCredentials;
        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = base\n"
                   "mfa_serial = arn:aws:iam::1:mfa/me\n";
        QTest::newRow("mfa_serial is unsupported") << s << "error UnsupportedConfiguration"
                                                   << "";

        s.config = "[profile a]\nsso_session = s\nsso_account_id = 1\nsso_role_name = r\n"
                   "[sso-session s]\nsso_region = us-east-1\nsso_start_url = https://x.awsapps.com/start\n";
        QTest::newRow("SSO is unsupported") << s << "error UnsupportedConfiguration"
                                            << "";

        s.config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = base\nduration_seconds = soon\n";
        QTest::newRow("duration_seconds must be a number") << s << "error InvalidConfigError"
                                                           << "";

        s = {};
        s.credentials = kStaticCredentials;
        s.env = QStringList{QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE=/tmp/token"),
            QStringLiteral("AWS_ROLE_ARN=arn:aws:iam::1:role/w")};
        s.compareWithBotocore = false;
        QTest::newRow("web identity from the environment is unsupported") << s << "error UnsupportedConfiguration"
                                                                          << "";

        s = {};
        s.env = QStringList{QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV")};
        QTest::newRow("environment key without secret") << s << "error PartialCredentialsError"
                                                        << "";

        s = {};
        s.options.accessKeyId = QStringLiteral("AKIDEXPLICIT");
        s.compareWithBotocore = false;
        QTest::newRow("explicit key without secret") << s << "error PartialCredentialsError"
                                                     << "";

        s = {};
        s.credentials = "[default]\naws_access_key_id = AKIDDEFAULT\n";
        QTest::newRow("profile key without secret") << s << "error PartialCredentialsError"
                                                    << "";

        s = {};
        s.config = "[default]\nregion = us-east-1\n";
        QTest::newRow("no credentials anywhere") << s << "error NoCredentialsError"
                                                 << "";

        s = {};
        s.credentials = kStaticCredentials;
        s.env = QStringList{QStringLiteral("AWS_PROFILE=nope")};
        QTest::newRow("AWS_PROFILE names a missing profile") << s << "error ProfileNotFound"
                                                             << "";

        s.env = QStringList{QStringLiteral("AWS_PROFILE=")};
        QTest::newRow("AWS_PROFILE set but empty") << s << "error ProfileNotFound"
                                                   << "";

        s = {};
        s.options = profileOption("default");
        QTest::newRow("--profile default needs a default profile") << s << "error ProfileNotFound"
                                                                   << "";
    }

    void credentials()
    {
        QFETCH(Scenario, scenario);
        QFETCH(QString, expected);
        QFETCH(QString, profile);

        TestSupport::TempAwsHome home;
        const Aws::Result<ResolvedProfile> r = resolveIn(home, scenario);
        QCOMPARE(errorOrDescription(r), expected);
        if (r.ok()) {
            QCOMPARE(r.value().profileName, profile);
            QCOMPARE(r.value().credentialSource, r.value().credentials->description());
        } else {
            QVERIFY(!r.error().message.isEmpty());
        }

        if (!scenario.compareWithBotocore)
            return;
        const QJsonObject b = botocore(home, scenario);
        if (b.isEmpty())
            QSKIP("python3 with botocore is not available to compare with");
        if (r.isError()) {
            const QString expectedClass = r.error().code;
            if (expectedClass == QLatin1String("NoCredentialsError"))
                QVERIFY(b.value(QStringLiteral("method")).isNull());
            else
                QCOMPARE(b.value(QStringLiteral("error")).toString(), expectedClass);
            return;
        }
        QVERIFY2(!b.contains(QStringLiteral("error")), qPrintable(b.value(QStringLiteral("error")).toString()));
        if (!b.value(QStringLiteral("profile")).isNull())
            QCOMPARE(b.value(QStringLiteral("profile")).toString(), r.value().profileName);
        if (expected.startsWith(QLatin1String("static ")))
            QCOMPARE(QStringLiteral("static ") + b.value(QStringLiteral("access_key")).toString(),
                expected.section(u'+', 0, 0));
        else if (expected.startsWith(QLatin1String("role ")))
            QCOMPARE(b.value(QStringLiteral("method")).toString(), QStringLiteral("assume-role"));
        else if (expected == QLatin1String("process"))
            QCOMPARE(b.value(QStringLiteral("method")).toString(), QStringLiteral("custom-process"));
    }

    void region_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("source");

        Scenario s;
        s.env = kEnvKeys;
        s.config = "[default]\nregion = eu-west-1\n[profile p]\nregion = eu-central-1\n";
        QTest::newRow("profile region") << s << "eu-west-1"
                                        << "config ~/.aws/config";

        s.env = kEnvKeys + QStringList{QStringLiteral("AWS_DEFAULT_REGION=us-west-2")};
        QTest::newRow("AWS_DEFAULT_REGION beats the profile") << s << "us-west-2"
                                                              << "env AWS_DEFAULT_REGION";

        s.env.append(QStringLiteral("AWS_REGION=ap-northeast-2"));
        s.compareWithBotocore = false; // botocore 1.x reads only AWS_DEFAULT_REGION; the issue adds AWS_REGION first
        QTest::newRow("AWS_REGION beats AWS_DEFAULT_REGION") << s << "ap-northeast-2"
                                                             << "env AWS_REGION";

        s.options.region = QStringLiteral("sa-east-1");
        QTest::newRow("--region beats everything") << s << "sa-east-1"
                                                   << "option --region";

        s = {};
        s.env = kEnvKeys + QStringList{QStringLiteral("AWS_PROFILE=p")};
        s.config = "[default]\nregion = eu-west-1\n[profile p]\nregion = eu-central-1\n";
        QTest::newRow("the selected profile's region") << s << "eu-central-1"
                                                       << "config ~/.aws/config";

        s = {};
        s.env = kEnvKeys;
        s.config = "[default]\nregion = eu-west-1\n";
        s.credentials = "[default]\nregion = eu-north-1\n";
        QTest::newRow("the credentials file overrides the config file") << s << "eu-north-1"
                                                                        << "credentials ~/.aws/credentials";

        s = {};
        s.env = kEnvKeys + QStringList{QStringLiteral("AWS_DEFAULT_REGION=")};
        s.config = "[default]\nregion = eu-west-1\n";
        QTest::newRow("AWS_DEFAULT_REGION set but empty wins, as in botocore") << s << ""
                                                                               << "env AWS_DEFAULT_REGION";

        s = {};
        s.env = kEnvKeys;
        QTest::newRow("no region") << s << ""
                                   << "unset";
    }

    void region()
    {
        QFETCH(Scenario, scenario);
        QFETCH(QString, region);
        QFETCH(QString, source);

        TestSupport::TempAwsHome home;
        const Aws::Result<ResolvedProfile> r = resolveIn(home, scenario);
        QVERIFY2(r.ok(), qPrintable(r.isError() ? r.error().message : QString()));
        QCOMPARE(r.value().region, region);
        QCOMPARE(r.value().clientConfig.region, region);
        QCOMPARE(sourceText(r.value().regionSource), source);

        if (!scenario.compareWithBotocore)
            return;
        const QJsonObject b = botocore(home, scenario);
        if (b.isEmpty())
            QSKIP("python3 with botocore is not available to compare with");
        QCOMPARE(b.value(QStringLiteral("region")).toString(), region);
    }

    void endpoints_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QString>("sesv2");
        QTest::addColumn<QString>("sts");
        QTest::addColumn<QString>("sesv2Source");

        const QString awsSes = QStringLiteral("https://email.eu-west-1.amazonaws.com");
        const QString awsSts = QStringLiteral("https://sts.eu-west-1.amazonaws.com");
        Scenario s;
        s.env = kEnvKeys + QStringList{QStringLiteral("AWS_DEFAULT_REGION=eu-west-1")};
        QTest::newRow("regional AWS endpoints") << s << awsSes << awsSts << "unset";

        s.env.append(QStringLiteral("AWS_ENDPOINT_URL_SESV2=http://127.0.0.1:4001"));
        QTest::newRow("AWS_ENDPOINT_URL_SESV2 only for SES v2")
            << s << "http://127.0.0.1:4001" << awsSts << "env AWS_ENDPOINT_URL_SESV2";

        s.env.append(QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:4000"));
        QTest::newRow("service variable beats AWS_ENDPOINT_URL") << s << "http://127.0.0.1:4001"
                                                                 << "http://127.0.0.1:4000"
                                                                 << "env AWS_ENDPOINT_URL_SESV2";

        s.options.endpointUrl = QUrl(QStringLiteral("http://localhost:5000"));
        QTest::newRow("--endpoint-url beats everything, STS included") << s << "http://localhost:5000"
                                                                       << "http://localhost:5000"
                                                                       << "option --endpoint-url";

        s = {};
        s.env = kEnvKeys + QStringList{QStringLiteral("AWS_DEFAULT_REGION=eu-west-1")};
        s.config = "[default]\nendpoint_url = http://127.0.0.1:4100\nservices = local\n"
                   "[services local]\nsesv2 =\n  endpoint_url = http://127.0.0.1:4101\n";
        QTest::newRow("services section beats the profile's endpoint_url") << s << "http://127.0.0.1:4101"
                                                                           << "http://127.0.0.1:4100"
                                                                           << "config ~/.aws/config";

        s.env.append(QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:4000"));
        QTest::newRow("AWS_ENDPOINT_URL beats the services section") << s << "http://127.0.0.1:4000"
                                                                     << "http://127.0.0.1:4000"
                                                                     << "env AWS_ENDPOINT_URL";

        s.env.append(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true"));
        QTest::newRow("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") << s << awsSes << awsSts << "unset";

        s.options.endpointUrl = QUrl(QStringLiteral("http://localhost:5000"));
        QTest::newRow("--endpoint-url is never ignored") << s << "http://localhost:5000"
                                                         << "http://localhost:5000"
                                                         << "option --endpoint-url";

        s = {};
        s.env = kEnvKeys
            + QStringList{QStringLiteral("AWS_DEFAULT_REGION=eu-west-1"), QStringLiteral("AWS_ENDPOINT_URL_SESV2=")};
        s.config = "[default]\nendpoint_url = http://127.0.0.1:4100\nignore_configured_endpoint_urls = false\n";
        QTest::newRow("empty service variable is skipped; profile endpoint_url for all") << s << "http://127.0.0.1:4100"
                                                                                         << "http://127.0.0.1:4100"
                                                                                         << "config ~/.aws/config";

        s.config = "[default]\nendpoint_url = http://127.0.0.1:4100\nignore_configured_endpoint_urls = True\n";
        QTest::newRow("ignore_configured_endpoint_urls in the profile") << s << awsSes << awsSts << "unset";
    }

    void endpoints()
    {
        QFETCH(Scenario, scenario);
        QFETCH(QString, sesv2);
        QFETCH(QString, sts);
        QFETCH(QString, sesv2Source);

        TestSupport::TempAwsHome home;
        const Aws::Result<ResolvedProfile> r = resolveIn(home, scenario);
        QVERIFY2(r.ok(), qPrintable(r.isError() ? r.error().message : QString()));
        QCOMPARE(effectiveEndpoint(r.value(), QStringLiteral("sesv2")), sesv2);
        QCOMPARE(effectiveEndpoint(r.value(), QStringLiteral("sts")), sts);
        QCOMPARE(sourceText(r.value().endpointSources.value(QStringLiteral("sesv2"))), sesv2Source);

        const QJsonObject b = botocore(home, scenario, {QStringLiteral("sesv2"), QStringLiteral("sts")});
        if (b.isEmpty())
            QSKIP("python3 with botocore is not available to compare with");
        const QJsonObject endpoints = b.value(QStringLiteral("endpoints")).toObject();
        const auto trimmed = [](QString s) {
            while (s.endsWith(u'/'))
                s.chop(1);
            return s;
        };
        QCOMPARE(trimmed(endpoints.value(QStringLiteral("sesv2")).toString()), sesv2);
        QCOMPARE(trimmed(endpoints.value(QStringLiteral("sts")).toString()), sts);
    }

    void configurationErrors_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        Scenario s;
        s.env = kEnvKeys;
        s.config = "[default]\nservices = nowhere\n";
        QTest::newRow("missing services section")
            << s << "InvalidConfigError"
            << "The profile \"default\" uses the services section \"nowhere\", which does not exist in ~/.aws/config";

        s.config = "[default]\nservices = local\n[services local]\nsesv2 = http://127.0.0.1:1\n";
        QTest::newRow("services entry without a block")
            << s << "InvalidConfigError"
            << "~/.aws/config line 4: \"sesv2\" in [services local] must be followed by indented settings such as "
               "\"endpoint_url = https://...\"";

        s.config = QByteArray();
        s.env = kEnvKeys + QStringList{QStringLiteral("AWS_ENDPOINT_URL_STS=ftp://x")};
        QTest::newRow("bad endpoint variable")
            << s << "InvalidEndpoint"
            << "AWS_ENDPOINT_URL_STS is not a valid endpoint URL: expected http:// or https:// followed by a host name";

        s.env = kEnvKeys;
        s.config = "[default]\nregion = x\nregion y\n";
        QTest::newRow("malformed config file") << s << "ConfigParseError"
                                               << "~/.aws/config line 3: expected \"key = value\"";

        s.config = QByteArray();
        s.env = QStringList{QStringLiteral("AWS_PROFILE=nope")};
        QTest::newRow("missing profile") << s << "ProfileNotFound"
                                         << "The config profile \"nope\" (from AWS_PROFILE) could not be found in "
                                            "~/.aws/config or ~/.aws/credentials";

        s.env = {};
        s.credentials = "[default]\naws_access_key_id = AKIDDEFAULT\n";
        QTest::newRow("key without secret names the file and line")
            << s << "PartialCredentialsError"
            << "~/.aws/credentials: profile \"default\" has aws_access_key_id (line 2) but no aws_secret_access_key";
    }

    void configurationErrors()
    {
        QFETCH(Scenario, scenario);
        QFETCH(QString, code);
        QFETCH(QString, message);

        TestSupport::TempAwsHome home;
        const Aws::Result<ResolvedProfile> r = resolveIn(home, scenario);
        QVERIFY(r.isError());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().message, message);
    }

    void descriptionsSayWhere()
    {
        TestSupport::TempAwsHome home;
        Scenario s;
        s.credentials = kStaticCredentials;
        s.config = "[profile role]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = base\n";
        s.options = profileOption("prod");
        QCOMPARE(resolveIn(home, s).value().credentialSource, QStringLiteral("profile \"prod\" in ~/.aws/credentials"));
        s.options = profileOption("role");
        QCOMPARE(resolveIn(home, s).value().credentialSource,
            QStringLiteral("profile \"role\": role arn:aws:iam::1:role/a assumed with profile \"base\" in "
                           "~/.aws/credentials"));
        s.options = {};
        s.env = kEnvKeys;
        QCOMPARE(
            resolveIn(home, s).value().credentialSource, QStringLiteral("environment variables (AWS_ACCESS_KEY_ID)"));
    }

    void stsClientFollowsTheEndpoints()
    {
        // The STS client of an assumed role goes where the resolved configuration says.
        TestSupport::TempAwsHome home;
        Scenario s;
        s.credentials = kStaticCredentials;
        s.config = "[profile role]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = base\nregion = eu-west-2\n";
        s.options = profileOption("role");
        auto r = resolveIn(home, s);
        auto *role = dynamic_cast<Aws::AssumeRoleCredentialsProvider *>(r.value().credentials.get());
        QVERIFY(role);
        QCOMPARE(role->stsClient()->awsClient()->endpointFor(QStringLiteral("sts")).toString(),
            QStringLiteral("https://sts.eu-west-2.amazonaws.com"));

        s.options.endpointUrl = QUrl(QStringLiteral("http://127.0.0.1:4566"));
        r = resolveIn(home, s);
        role = dynamic_cast<Aws::AssumeRoleCredentialsProvider *>(r.value().credentials.get());
        QCOMPARE(role->stsClient()->awsClient()->endpointFor(QStringLiteral("sts")).toString(),
            QStringLiteral("http://127.0.0.1:4566"));
    }

    void profileNamesFromBothFiles()
    {
        TestSupport::TempAwsHome home;
        home.writeConfig("[default]\n[profile b]\n[services s]\n[profile a]\n[preview]\n");
        home.writeCredentials("[a]\n[c]\n[default]\n");
        const ProfileResolver resolver(home.environment(), home.home(), &m_network, &m_clock);
        const auto names = resolver.profileNames();
        QVERIFY(names.ok());
        QCOMPARE(names.value(),
            (QStringList{QStringLiteral("default"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    }

    void resolveAsyncReadsFilesOffThread()
    {
        TestSupport::TempAwsHome home;
        home.writeCredentials(kStaticCredentials);
        const ProfileResolver resolver(home.environment(), home.home(), &m_network, &m_clock);
        QObject context;
        std::optional<Aws::Result<ResolvedProfile>> result;
        resolver.resolveAsync(profileOption("prod"), &context, [&result](Aws::Result<ResolvedProfile> r) {
            result = std::move(r);
        });
        QVERIFY(!result); // never before returning
        QTRY_VERIFY(result.has_value());
        QCOMPARE(describe(result->value().credentials.get()), QStringLiteral("static AKIDPROD"));

        // Nothing is called once the context is gone.
        bool called = false;
        auto *gone = new QObject;
        resolver.resolveAsync(ResolveOptions{}, gone, [&called](Aws::Result<ResolvedProfile>) {
            called = true;
        });
        delete gone;
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestProfileResolver)
#include "tst_profileresolver.moc"
