#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/AwsProfileSource.h"
#include "models/connection/ProfileCatalog.h"
#include "models/connection/SesDeskProfileStore.h"
#include "models/connection/StartupChoice.h"

namespace
{
/// AWS CLI profiles from a fixed list.
class FixedAwsProfiles final : public Connection::AwsProfileSource
{
public:
    QStringList names;
    bool env = false;
    Aws::Result<QStringList> profileNames() const override
    {
        return names;
    }
    QString profileRegion(const QString &profile) const override
    {
        return profile == QLatin1String("default") ? QStringLiteral("eu-central-1") : QString();
    }
    bool hasEnvironmentCredentials() const override
    {
        return env;
    }
    void resolve(const QString &, const QString &, QObject *, ResolveCallback) override
    {
    }
};
} // namespace

/// Which profile SesDesk opens on.
class TestStartupChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data();
    void choose();
};

void TestStartupChoice::choose_data()
{
    QTest::addColumn<QStringList>("awsProfiles");
    QTest::addColumn<bool>("envCredentials");
    QTest::addColumn<bool>("sesDeskProfile");
    QTest::addColumn<QString>("lastKey");
    QTest::addColumn<bool>("forceSandbox");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<QString>("expectedRegion");
    QTest::newRow("nothing configured") << QStringList() << false << false << QString() << false << "sandbox"
                                        << "us-east-1";
    QTest::newRow("--sandbox wins") << QStringList{QStringLiteral("default")} << false << true << "sesdesk:prod" << true
                                    << "sandbox"
                                    << "ap-northeast-2";
    QTest::newRow("aws default first") << QStringList{QStringLiteral("dev"), QStringLiteral("default")} << false << true
                                       << QString() << false << "aws:default"
                                       << "eu-central-1";
    QTest::newRow("sesdesk profile") << QStringList() << false << true << QString() << false << "sesdesk:prod"
                                     << "eu-west-1";
    QTest::newRow("environment only") << QStringList() << true << false << QString() << false << "aws:"
                                      << "us-east-1";
    QTest::newRow("last used") << QStringList{QStringLiteral("default")} << false << true << "sesdesk:prod" << false
                               << "sesdesk:prod"
                               << "ap-northeast-2";
    QTest::newRow("last used is gone") << QStringList() << false << false << "sesdesk:gone" << false << "sandbox"
                                       << "ap-northeast-2";
}

void TestStartupChoice::choose()
{
    QFETCH(QStringList, awsProfiles);
    QFETCH(bool, envCredentials);
    QFETCH(bool, sesDeskProfile);
    QFETCH(QString, lastKey);
    QFETCH(bool, forceSandbox);
    QFETCH(QString, expectedKey);
    QFETCH(QString, expectedRegion);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Connection::SesDeskProfileStore store(&settings);
    if (sesDeskProfile)
        QVERIFY(
            store
                .save({QStringLiteral("prod"), QStringLiteral("eu-west-1"), {}, QStringLiteral("AKIAIOSFODNN7EXAMPLE")})
                .isEmpty());
    FixedAwsProfiles aws;
    aws.names = awsProfiles;
    aws.env = envCredentials;
    Connection::ProfileCatalog catalog(&store, &aws, true);
    // The AWS CLI's files are read on a worker thread.
    QTRY_VERIFY(catalog.isLoaded());
    const QString lastRegion = lastKey.isEmpty() ? QString() : QStringLiteral("ap-northeast-2");
    const auto choice = Connection::StartupChoice::choose(catalog, lastKey, lastRegion, forceSandbox);
    QCOMPARE(choice.profile.key(), expectedKey);
    QCOMPARE(choice.region, expectedRegion);
}

QTEST_GUILESS_MAIN(TestStartupChoice)
#include "tst_startupchoice.moc"
