#include <QTest>

#include "models/aws/AwsSharedConfig.h"

#include "tests/support/TempAwsHome.h"

using Aws::AwsSharedConfig;

/// Where the shared files are (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, "~" and "$VAR"
/// expanded as botocore does) and how their profiles merge.
class TestAwsSharedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expanded");

        QTest::newRow("tilde") << QStringLiteral("~/.aws/config") << QStringLiteral("/home/u/.aws/config");
        QTest::newRow("tilde alone") << QStringLiteral("~") << QStringLiteral("/home/u");
        QTest::newRow("other user untouched") << QStringLiteral("~bob/config") << QStringLiteral("~bob/config");
        QTest::newRow("variable") << QStringLiteral("$CONF/config") << QStringLiteral("/etc/aws/config");
        QTest::newRow("braced variable") << QStringLiteral("${CONF}x/config") << QStringLiteral("/etc/awsx/config");
        QTest::newRow("unknown variable kept") << QStringLiteral("$NOPE/config") << QStringLiteral("$NOPE/config");
        QTest::newRow("variable then tilde") << QStringLiteral("$TILDE/c") << QStringLiteral("/home/u/c");
        QTest::newRow("absolute") << QStringLiteral("/srv/aws/config") << QStringLiteral("/srv/aws/config");
    }

    void expandPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, expanded);
        QProcessEnvironment env;
        env.insert(QStringLiteral("CONF"), QStringLiteral("/etc/aws"));
        env.insert(QStringLiteral("TILDE"), QStringLiteral("~"));
        QCOMPARE(AwsSharedConfig::expandPath(path, env, QStringLiteral("/home/u")), expanded);
    }

    void displayPath()
    {
        QCOMPARE(AwsSharedConfig::displayPath(QStringLiteral("/home/u/.aws/config"), QStringLiteral("/home/u")),
            QStringLiteral("~/.aws/config"));
        QCOMPARE(AwsSharedConfig::displayPath(QStringLiteral("/home/user2/c"), QStringLiteral("/home/u")),
            QStringLiteral("/home/user2/c"));
    }

    void locatesFiles()
    {
        QProcessEnvironment env;
        QCOMPARE(AwsSharedConfig::configPath(env, QStringLiteral("/home/u")), QStringLiteral("/home/u/.aws/config"));
        QCOMPARE(AwsSharedConfig::credentialsPath(env, QStringLiteral("/home/u")),
            QStringLiteral("/home/u/.aws/credentials"));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("~/alt/config"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/srv/creds"));
        QCOMPARE(AwsSharedConfig::configPath(env, QStringLiteral("/home/u")), QStringLiteral("/home/u/alt/config"));
        QCOMPARE(AwsSharedConfig::credentialsPath(env, QStringLiteral("/home/u")), QStringLiteral("/srv/creds"));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QString());
        QCOMPARE(AwsSharedConfig::configPath(env, QStringLiteral("/home/u")), QString()); // set but empty: no file
    }

    void mergesProfilesLikeBotocore()
    {
        TestSupport::TempAwsHome home;
        home.writeConfig("[default]\nregion = eu-west-1\noutput = json\ns3 =\n  addressing_style = path\n"
                         "[profile only-config]\nregion = x\n");
        home.writeCredentials("[default]\nregion = eu-north-1\ns3 = flat\n[only-creds]\naws_access_key_id = AKID\n");
        const auto files = AwsSharedConfig::load(home.environment(), home.home());
        QVERIFY(files.ok());
        const Aws::AwsConfigSection merged = files.value().profile(QStringLiteral("default"));
        QCOMPARE(merged.value(QStringLiteral("region")), QStringLiteral("eu-north-1"));
        QCOMPARE(merged.value(QStringLiteral("output")), QStringLiteral("json"));
        QCOMPARE(merged.value(QStringLiteral("s3")), QStringLiteral("flat"));
        QVERIFY(!merged.nested.contains(QStringLiteral("s3")));
        QCOMPARE(merged.lineOf(QStringLiteral("region")), 2);
        QCOMPARE(files.value().fileSetting(QStringLiteral("default"), QStringLiteral("region")),
            &files.value().credentials());
        QCOMPARE(
            files.value().fileSetting(QStringLiteral("default"), QStringLiteral("output")), &files.value().config());
        QCOMPARE(files.value().fileSetting(QStringLiteral("default"), QStringLiteral("nothing")), nullptr);
        QVERIFY(files.value().hasProfile(QStringLiteral("only-creds")));
        QVERIFY(!files.value().hasProfile(QStringLiteral("nowhere")));
        QCOMPARE(files.value().profileNames(),
            (QStringList{QStringLiteral("default"), QStringLiteral("only-config"), QStringLiteral("only-creds")}));
    }

    void malformedFileIsAnError()
    {
        TestSupport::TempAwsHome home;
        home.writeCredentials("[default]\naws_access_key_id AKID\n");
        const auto files = AwsSharedConfig::load(home.environment(), home.home());
        QVERIFY(files.isError());
        QCOMPARE(files.error().message, QStringLiteral("~/.aws/credentials line 2: expected \"key = value\""));
    }
};

QTEST_GUILESS_MAIN(TestAwsSharedConfig)
#include "tst_awssharedconfig.moc"
