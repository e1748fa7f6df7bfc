#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "models/aws/AssumeRoleCredentialsProvider.h"
#include "models/aws/AwsClient.h"
#include "models/aws/AwsJob.h"
#include "models/aws/Clock.h"
#include "models/aws/ProfileResolver.h"
#include "models/aws/StsClient.h"
#include "models/aws/XmlNode.h"

#include "tests/support/Fixtures.h"
#include "tests/support/TempAwsHome.h"

using Aws::Credentials;
using Aws::Result;

namespace
{

Result<Credentials> fetchAndWait(Aws::CredentialsProvider &provider)
{
    QObject context;
    std::optional<Result<Credentials>> answer;
    provider.fetch(&context, [&answer](Result<Credentials> r) {
        answer = std::move(r);
    });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < 30000)
        QTest::qWait(10);
    if (!answer)
        return Aws::AwsError::local(
            Aws::AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return *answer;
}

} // namespace

/// A profile with role_arn and source_profile, resolved from a temporary ~/.aws whose
/// endpoint_url points at moto: AssumeRole goes to moto's STS signed with the source profile's
/// keys, the role's credentials are what the next call is signed with, and a second fetch is
/// served from the cache without another STS call.
class TestAssumeRoleMoto : public QObject
{
    Q_OBJECT

private:
    Aws::SystemClock m_clock;
    QNetworkAccessManager m_network;
    QUrl m_moto;

    /// STS GetCallerIdentity signed with the resolved credentials: who moto thinks we are.
    Result<QString> callerArn(const Aws::ResolvedProfile &profile)
    {
        Aws::AwsClient client(&m_network, profile.credentials, &m_clock, profile.clientConfig);
        Aws::AwsRequest request = Aws::AwsRequest::queryCall(QStringLiteral("sts"),
            QStringLiteral("sts"),
            QStringLiteral("GetCallerIdentity"),
            QStringLiteral("2011-06-15"),
            {});
        request.kind = Aws::CallKind::Unthrottled;
        Aws::AwsJob *job = client.send(request);
        QSignalSpy finished(job, &Aws::AwsJob::finished);
        if (!finished.wait(30000))
            return Aws::AwsError::local(
                Aws::AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
        if (job->state() != Aws::AwsJob::State::Succeeded)
            return job->error();
        const Result<Aws::XmlNode> xml = Aws::XmlNode::parse(job->response().body);
        if (!xml.ok())
            return xml.error();
        return xml.value().path({QStringLiteral("GetCallerIdentityResult"), QStringLiteral("Arn")}).text.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_moto = TestSupport::motoUrl();
        if (m_moto.isEmpty())
            QSKIP("the moto fixture is not running (run through ctest, which starts it)");
    }

    void assumesTheRoleThroughTheProfileEndpoint()
    {
        TestSupport::TempAwsHome home;
        home.writeCredentials("[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                              "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        home.writeConfig("[profile ses-admin]\nrole_arn = arn:aws:iam::123456789012:role/ses-admin\n"
                         "source_profile = base\nrole_session_name = sesdesk-it\nregion = eu-west-1\nendpoint_url = "
            + m_moto.toString().toUtf8() + "\n");
        QProcessEnvironment env = home.environment();
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ses-admin"));
        const Aws::ProfileResolver resolver(env, home.home(), &m_network, &m_clock);
        const Result<Aws::ResolvedProfile> resolved = resolver.resolve({});
        QVERIFY2(resolved.ok(), qPrintable(resolved.isError() ? resolved.error().toString() : QString()));
        QCOMPARE(resolved.value().clientConfig.serviceEndpoints.value(QStringLiteral("sts")), m_moto);

        auto *role = dynamic_cast<Aws::AssumeRoleCredentialsProvider *>(resolved.value().credentials.get());
        QVERIFY(role);
        QSignalSpy stsCalls(role->stsClient()->awsClient(), &Aws::AwsClient::callStarted);

        const Result<Credentials> first = fetchAndWait(*role);
        QVERIFY2(first.ok(), qPrintable(first.isError() ? first.error().toString() : QString()));
        QVERIFY(first.value().accessKeyId != QLatin1String("AKIAIOSFODNN7EXAMPLE"));
        QVERIFY(first.value().isTemporary());
        QVERIFY(first.value().expiration > m_clock.nowUtc());
        QCOMPARE(stsCalls.size(), 1);
        QCOMPARE(stsCalls.at(0).at(1).toString(), QStringLiteral("AssumeRole"));

        // The role's credentials sign the next call: moto sees the assumed role.
        const Result<QString> arn = callerArn(resolved.value());
        QVERIFY2(arn.ok(), qPrintable(arn.isError() ? arn.error().toString() : QString()));
        QCOMPARE(arn.value(), QStringLiteral("arn:aws:sts::123456789012:assumed-role/ses-admin/sesdesk-it"));

        // Cached: neither that call nor another fetch asked STS again.
        const Result<Credentials> second = fetchAndWait(*role);
        QVERIFY(second.ok());
        QCOMPARE(second.value().accessKeyId, first.value().accessKeyId);
        QCOMPARE(stsCalls.size(), 1);
        QCOMPARE(role->refreshCount(), 1);
    }

    void chainsRolesThroughEndpointUrlOption()
    {
        TestSupport::TempAwsHome home;
        home.writeCredentials("[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                              "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        home.writeConfig("[profile outer]\nrole_arn = arn:aws:iam::123456789012:role/outer\nsource_profile = inner\n"
                         "role_session_name = outer-session\n"
                         "[profile inner]\nrole_arn = arn:aws:iam::123456789012:role/inner\nsource_profile = base\n");
        const Aws::ProfileResolver resolver(home.environment(), home.home(), &m_network, &m_clock);
        Aws::ResolveOptions options;
        options.profile = QStringLiteral("outer");
        options.region = QStringLiteral("us-east-1");
        options.endpointUrl = m_moto;
        const Result<Aws::ResolvedProfile> resolved = resolver.resolve(options);
        QVERIFY2(resolved.ok(), qPrintable(resolved.isError() ? resolved.error().toString() : QString()));

        auto *outer = dynamic_cast<Aws::AssumeRoleCredentialsProvider *>(resolved.value().credentials.get());
        QVERIFY(outer);
        auto *inner = dynamic_cast<Aws::AssumeRoleCredentialsProvider *>(outer->sourceProvider());
        QVERIFY(inner);

        const Result<Credentials> creds = fetchAndWait(*outer);
        QVERIFY2(creds.ok(), qPrintable(creds.isError() ? creds.error().toString() : QString()));
        QCOMPARE(inner->refreshCount(), 1);
        QCOMPARE(outer->refreshCount(), 1);

        const Result<QString> arn = callerArn(resolved.value());
        QVERIFY2(arn.ok(), qPrintable(arn.isError() ? arn.error().toString() : QString()));
        QCOMPARE(arn.value(), QStringLiteral("arn:aws:sts::123456789012:assumed-role/outer/outer-session"));
        QVERIFY(fetchAndWait(*outer).ok());
        QCOMPARE(inner->refreshCount(), 1);
        QCOMPARE(outer->refreshCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAssumeRoleMoto)
#include "tst_assumerolemoto.moc"
