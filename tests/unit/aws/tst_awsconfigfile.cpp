#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "models/aws/AwsConfigFile.h"

#include "tests/support/TempAwsHome.h"

using Aws::AwsConfigFile;
using Aws::AwsConfigSection;

namespace
{

QJsonObject sectionJson(const AwsConfigSection &section)
{
    QJsonObject o;
    for (auto it = section.values.cbegin(); it != section.values.cend(); ++it)
        o.insert(it.key(), it.value());
    for (auto it = section.nested.cbegin(); it != section.nested.cend(); ++it) {
        QJsonObject n;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            n.insert(v.key(), v.value());
        o.insert(it.key(), n);
    }
    return o;
}

QJsonObject sectionsJson(const QList<AwsConfigSection> &sections)
{
    QJsonObject o;
    for (const AwsConfigSection &s : sections)
        o.insert(s.name, sectionJson(s));
    return o;
}

/// The parsed file in the shape botocore's load_config (or raw_config_parse) gives it.
QJsonObject botocoreShape(const AwsConfigFile &file)
{
    QJsonObject o;
    o.insert(QStringLiteral("profiles"), sectionsJson(file.profiles()));
    if (file.kind() == AwsConfigFile::Kind::Credentials)
        return o;
    QList<AwsConfigSection> services;
    QList<AwsConfigSection> sso;
    for (const QString &name : {QStringLiteral("local"), QStringLiteral("svc"), QStringLiteral("my")}) {
        if (const AwsConfigSection *s = file.services(name))
            services.append(*s);
        if (const AwsConfigSection *s = file.ssoSession(name))
            sso.append(*s);
    }
    o.insert(QStringLiteral("services"), sectionsJson(services));
    o.insert(QStringLiteral("sso_sessions"), sectionsJson(sso));
    for (const AwsConfigSection &s : file.otherSections())
        o.insert(s.header, sectionJson(s));
    return o;
}

/// JSON written with single quotes, to keep the rows readable.
QJsonObject J(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

} // namespace

/// AwsConfigFile parses ~/.aws/config and ~/.aws/credentials as botocore does: every row is
/// checked against the expected shape and, when python3 with botocore is available, against
/// botocore's own parse of the same bytes.
class TestAwsConfigFile : public QObject
{
    Q_OBJECT

private:
    TestSupport::TempAwsHome m_home;

    Aws::Result<AwsConfigFile> loadRow(const QByteArray &content, bool credentials) const
    {
        const QString path = credentials ? m_home.credentialsPath() : m_home.configPath();
        m_home.writeFile(credentials ? QStringLiteral(".aws/credentials") : QStringLiteral(".aws/config"), content);
        return AwsConfigFile::load(path,
            credentials ? AwsConfigFile::Kind::Credentials : AwsConfigFile::Kind::Config,
            credentials ? QStringLiteral("~/.aws/credentials") : QStringLiteral("~/.aws/config"));
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<QJsonObject>("expected"); ///< botocore's shape; empty for errors
        QTest::addColumn<QString>("error"); ///< the whole message for malformed files

        const QJsonObject none;
        const QString ok;
        QTest::newRow("default profile")
            << QByteArray("[default]\nregion = us-east-1\noutput = json\n") << false
            << J("{'profiles':{'default':{'region':'us-east-1','output':'json'}},'services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("named profile needs the prefix")
            << QByteArray("[profile prod]\nregion=eu-west-1\n[prod]\nregion=x\n") << false
            << J("{'profiles':{'prod':{'region':'eu-west-1'}},'prod':{'region':'x'},'services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("colon delimiter, keys folded to lower case")
            << QByteArray("[default]\nRegion: eu-west-1\nOUTPUT = text\n") << false
            << J("{'profiles':{'default':{'region':'eu-west-1','output':'text'}},'services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("first delimiter splits")
            << QByteArray("[default]\nendpoint_url = http://127.0.0.1:4566/a=b\n") << false
            << J("{'profiles':{'default':{'endpoint_url':'http://127.0.0.1:4566/"
                 "a=b'}},'services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("comments; a # after a value is part of it")
            << QByteArray("# top\n; also\n[default]\n  # indented comment\nregion = us-east-1 # not a comment\n")
            << false
            << J("{'profiles':{'default':{'region':'us-east-1 # not a comment'}},'services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("services section with nested endpoints")
            << QByteArray("[profile dev]\nservices = local\n[services local]\nsesv2 =\n  endpoint_url = "
                          "http://127.0.0.1:4566\nsts =\n  endpoint_url = http://127.0.0.1:4567\n")
            << false
            << J("{'profiles':{'dev':{'services':'local'}},'services':{'local':{'sesv2':{'endpoint_url':'http://"
                 "127.0.0.1:4566'},'sts':{'endpoint_url':'http://127.0.0.1:4567'}}},'sso_sessions':{}}")
            << ok;
        QTest::newRow("nested block in a profile keeps the case of its keys")
            << QByteArray("[default]\ns3 =\n  Addressing_Style = path\n\n  signature_version = s3v4\nregion = x\n")
            << false
            << J("{'profiles':{'default':{'s3':{'Addressing_Style':'path','signature_version':'s3v4'},'region':'x'}},'"
                 "services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("continuation line")
            << QByteArray("[default]\ncredential_process = helper\n  --flag\n") << false
            << J("{'profiles':{'default':{'credential_process':'helper\\n--flag'}},'services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("blank line inside a continued value")
            << QByteArray("[default]\nregion = a\n\n  b\noutput = json\n\n") << false
            << J("{'profiles':{'default':{'region':'a\\n\\nb','output':'json'}},'services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("a later [profile default] replaces [default]")
            << QByteArray("[default]\nregion = a\noutput = json\n[profile default]\nregion = b\n") << false
            << J("{'profiles':{'default':{'region':'b'}},'services':{},'sso_sessions':{}}") << ok;
        QTest::newRow("quoted profile name")
            << QByteArray("[profile \"my profile\"]\nregion = x\n[profile   spaced]\nregion = y\n") << false
            << J("{'profiles':{'my profile':{'region':'x'},'spaced':{'region':'y'}},'services':{},'sso_sessions':{}}")
            << ok;
        QTest::newRow("headers that are not profiles")
            << QByteArray("[preview]\ncloudfront = true\n[profilex]\na = 1\n[profile a b]\nb = 2\n[plugins]\n") << false
            << J("{'profiles':{},'preview':{'cloudfront':'true'},'plugins':{},'services':{},'sso_sessions':{}}") << ok;
        QTest::newRow("sso-session section")
            << QByteArray("[sso-session my]\nsso_region = us-east-1\nsso_start_url = https://x.awsapps.com/start\n")
            << false
            << J("{'profiles':{},'services':{},'sso_sessions':{'my':{'sso_region':'us-east-1','sso_start_url':'https://"
                 "x.awsapps.com/start'}}}")
            << ok;
        QTest::newRow("[DEFAULT] values are inherited")
            << QByteArray("[DEFAULT]\nregion = x\n[default]\noutput = json\n[profile a]\nregion = y\n") << false
            << J("{'profiles':{'default':{'region':'x','output':'json'},'a':{'region':'y'}},'services':{},'sso_"
                 "sessions':{}}")
            << ok;
        QTest::newRow("empty value") << QByteArray("[default]\nregion =\n") << false
                                     << J("{'profiles':{'default':{'region':''}},'services':{},'sso_sessions':{}}")
                                     << ok;
        QTest::newRow("CRLF line ends")
            << QByteArray("[default]\r\nregion = us-east-1\r\n") << false
            << J("{'profiles':{'default':{'region':'us-east-1'}},'services':{},'sso_sessions':{}}") << ok;
        QTest::newRow("text after the header's bracket")
            << QByteArray("[default] ; note\nregion = x\n") << false
            << J("{'profiles':{'default':{'region':'x'}},'services':{},'sso_sessions':{}}") << ok;
        QTest::newRow("credentials file: plain names are profiles")
            << QByteArray("[default]\naws_access_key_id = AKIDDEFAULT\n[prod]\naws_access_key_id = AKIDPROD\n"
                          "[profile x]\naws_access_key_id = AKIDX\n")
            << true
            << J("{'profiles':{'default':{'aws_access_key_id':'AKIDDEFAULT'},'prod':{'aws_access_key_id':'AKIDPROD'},'"
                 "profile x':{'aws_access_key_id':'AKIDX'}}}")
            << ok;
        QTest::newRow("empty file") << QByteArray() << false << J("{'profiles':{},'services':{},'sso_sessions':{}}")
                                    << ok;

        QTest::newRow("line without a delimiter")
            << QByteArray("[default]\nregion = us-east-1\n\n[profile prod]\nregion us-east-1\n") << false << none
            << QStringLiteral("~/.aws/config line 5: expected \"key = value\"");
        QTest::newRow("setting before any section")
            << QByteArray("# comment\nregion = x\n[default]\n") << false << none
            << QStringLiteral("~/.aws/config line 2: a setting appears before the first [section] header");
        QTest::newRow("section twice") << QByteArray("[default]\na = 1\n[default]\nb = 2\n") << false << none
                                       << QStringLiteral("~/.aws/config line 3: section [default] appears a second "
                                                         "time (first on line 1)");
        QTest::newRow("key twice") << QByteArray("[profile p]\nregion = a\nREGION = b\n") << false << none
                                   << QStringLiteral("~/.aws/config line 3: \"region\" is set a second time in "
                                                     "[profile p] (first on line 2)");
        QTest::newRow("nested line without =")
            << QByteArray("[services local]\nsesv2 =\n  endpoint_url = http://a\n  endpoint_url http://b\n") << false
            << none
            << QStringLiteral("~/.aws/config line 4: expected \"key = value\" in the indented block under \"sesv2\"");
        QTest::newRow("no key before =") << QByteArray("[default]\n= value\n") << false << none
                                         << QStringLiteral("~/.aws/config line 2: expected \"key = value\", found no "
                                                           "key before \"=\"");
        QTest::newRow("invalid UTF-8") << QByteArray("[default]\nregion = caf\xe9\n") << false << none
                                       << QStringLiteral("~/.aws/config line 2: the text is not valid UTF-8");
        QTest::newRow("credentials file, pasted secret on its own line")
            << QByteArray("[default]\naws_access_key_id = AKIDEXAMPLE\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")
            << true << none << QStringLiteral("~/.aws/credentials line 3: expected \"key = value\"");
    }

    void parse()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, credentials);
        QFETCH(QJsonObject, expected);
        QFETCH(QString, error);

        const Aws::Result<AwsConfigFile> file = loadRow(content, credentials);
        if (!error.isEmpty()) {
            QVERIFY(file.isError());
            QCOMPARE(file.error().message, error);
            QCOMPARE(file.error().code, QStringLiteral("ConfigParseError"));
            QCOMPARE(file.error().kind, Aws::AwsError::Kind::Configuration);
            return;
        }
        QVERIFY2(file.ok(), qPrintable(file.isError() ? file.error().message : QString()));
        QVERIFY(file.value().exists());
        QCOMPARE(botocoreShape(file.value()), expected);
    }

    void matchesBotocore_data()
    {
        parse_data();
    }

    void matchesBotocore()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, credentials);
        QFETCH(QString, error);

        const Aws::Result<AwsConfigFile> file = loadRow(content, credentials);
        QProcess python;
        python.start(QStringLiteral(SESDESK_PYTHON3),
            {QStringLiteral(SESDESK_TEST_DATA_DIR "/aws/botocore_config_dump.py"),
                credentials ? m_home.credentialsPath() : m_home.configPath(),
                credentials ? QStringLiteral("credentials") : QStringLiteral("config")});
        QVERIFY(python.waitForFinished(30000));
        if (python.exitCode() != 0)
            QSKIP("python3 with botocore is not available to compare with");
        const QJsonObject botocore = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        if (!error.isEmpty()) {
            QCOMPARE(botocore.value(QStringLiteral("error")).toString(), QStringLiteral("ConfigParseError"));
            QVERIFY(file.isError());
            return;
        }
        QVERIFY(file.ok());
        QCOMPARE(botocoreShape(file.value()), botocore);
    }

    void lineNumbersAndNames()
    {
        const auto file = loadRow("# c\n[profile \"a b\"]\nregion = x\nsesv2 =\n  endpoint_url = http://h\n", false);
        QVERIFY(file.ok());
        const AwsConfigSection *p = file.value().profile(QStringLiteral("a b"));
        QVERIFY(p);
        QCOMPARE(p->header, QStringLiteral("profile \"a b\""));
        QCOMPARE(p->line, 2);
        QCOMPARE(p->lineOf(QStringLiteral("region")), 3);
        QCOMPARE(p->lineOf(QStringLiteral("sesv2")), 4);
        QCOMPARE(p->lineOf(QStringLiteral("sesv2.endpoint_url")), 5);
        QCOMPARE(file.value().profileNames(), QStringList{QStringLiteral("a b")});
    }

    void byteOrderMarkIsSkipped()
    {
        const auto file = loadRow("\xef\xbb\xbf[default]\nregion = x\n", false);
        QVERIFY(file.ok());
        QVERIFY(file.value().profile(QStringLiteral("default")));
    }

    void missingFileIsEmpty()
    {
        const auto file = AwsConfigFile::load(m_home.home() + QStringLiteral("/nowhere/config"),
            AwsConfigFile::Kind::Config,
            QStringLiteral("~/nowhere/config"));
        QVERIFY(file.ok());
        QVERIFY(!file.value().exists());
        QVERIFY(file.value().profiles().isEmpty());
    }

    void folderIsTreatedAsMissing()
    {
        const auto file = AwsConfigFile::load(m_home.awsDir(), AwsConfigFile::Kind::Config, QStringLiteral("~/.aws"));
        QVERIFY(file.ok());
        QVERIFY(!file.value().exists());
    }

    void unreadableFileIsAnError()
    {
        const QString path = m_home.writeFile(QStringLiteral("locked/config"), "[default]\nregion = x\n");
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that read any file (root): cannot test an unreadable file");
        const auto file = AwsConfigFile::load(path, AwsConfigFile::Kind::Config, QStringLiteral("~/locked/config"));
        QVERIFY(file.isError());
        QVERIFY(file.error().message.startsWith(QStringLiteral("~/locked/config cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestAwsConfigFile)
#include "tst_awsconfigfile.moc"
