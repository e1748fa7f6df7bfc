// `sesdesk-cli dns-records` end to end: the identity from a scripted SES endpoint, the exports
// as files the AWS CLI applies to moto's Route 53, and --check against dnsmasq on loopback.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/DkimPublicKey.h"

#include "tests/support/CliRunner.h"
#include "tests/support/Fixtures.h"
#include "tests/support/LoopbackDnsServer.h"
#include "tests/support/ScriptedHttpServer.h"

using TestSupport::CliRun;
using TestSupport::ScriptedHttpServer;

namespace
{

const QStringList Tokens{QStringLiteral("t1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    QStringLiteral("t2bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
    QStringLiteral("t3cccccccccccccccccccccccccccccc")};

/// GetEmailIdentity's answer for a domain with Easy DKIM in a zone the region table does not
/// give (proof that the target comes from SigningHostedZone) and a custom MAIL FROM domain.
QByteArray easyIdentityJson(const QString &zone = QStringLiteral("dkim.amazonses.com"),
    const QString &mailFromDomain = QStringLiteral("mail.example.com"))
{
    QJsonObject dkim{{QStringLiteral("SigningEnabled"), true},
        {QStringLiteral("Status"), QStringLiteral("PENDING")},
        {QStringLiteral("Tokens"), QJsonArray::fromStringList(Tokens)},
        {QStringLiteral("SigningHostedZone"), zone},
        {QStringLiteral("SigningAttributesOrigin"), QStringLiteral("AWS_SES")},
        {QStringLiteral("CurrentSigningKeyLength"), QStringLiteral("RSA_2048_BIT")}};
    QJsonObject mailFrom{{QStringLiteral("MailFromDomain"), mailFromDomain},
        {QStringLiteral("MailFromDomainStatus"), QStringLiteral("PENDING")},
        {QStringLiteral("BehaviorOnMxFailure"), QStringLiteral("USE_DEFAULT_VALUE")}};
    QJsonObject identity{{QStringLiteral("IdentityType"), QStringLiteral("DOMAIN")},
        {QStringLiteral("FeedbackForwardingStatus"), true},
        {QStringLiteral("VerifiedForSendingStatus"), false},
        {QStringLiteral("DkimAttributes"), dkim},
        {QStringLiteral("MailFromAttributes"), mailFrom},
        {QStringLiteral("Policies"), QJsonObject()},
        {QStringLiteral("Tags"), QJsonArray()},
        {QStringLiteral("VerificationStatus"), QStringLiteral("PENDING")}};
    return QJsonDocument(identity).toJson(QJsonDocument::Compact);
}

QByteArray byoIdentityJson()
{
    QJsonObject dkim{{QStringLiteral("SigningEnabled"), true},
        {QStringLiteral("Status"), QStringLiteral("SUCCESS")},
        {QStringLiteral("Tokens"), QJsonArray()},
        {QStringLiteral("SigningAttributesOrigin"), QStringLiteral("EXTERNAL")}};
    QJsonObject identity{{QStringLiteral("IdentityType"), QStringLiteral("DOMAIN")},
        {QStringLiteral("DkimAttributes"), dkim},
        {QStringLiteral("VerificationStatus"), QStringLiteral("SUCCESS")}};
    return QJsonDocument(identity).toJson(QJsonDocument::Compact);
}

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(run.exitCode), run.out, run.err);
}

} // namespace

class tst_CliDnsRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void table();
    void jsonOutput();
    void bindAndCsv();
    void byoDkimFromPrivateKeyFile();
    void route53BatchIsAcceptedByTheAwsCli();
    void serviceError();
    void check();

private:
    CliRun run(const QByteArray &identityJson, QStringList args);
    CliRun awsAgainstMoto(const QStringList &args);

    TestSupport::CliRunner m_cli;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_publicKey;
};

void tst_CliDnsRecords::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("eu-west-1"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/sesdesk-test-config"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/nonexistent/sesdesk-test-credentials"));
    env.insert(QStringLiteral("PATH"), QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    m_cli.setEnvironment(env);

    m_keyFile = m_dir.filePath(QStringLiteral("dkim.pem"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                 {QStringLiteral("genrsa"), QStringLiteral("-out"), m_keyFile, QStringLiteral("2048")}),
        0);
    QFile f(m_keyFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_publicKey = Ses::DkimPublicKey::fromPrivateKey(f.readAll()).publicKeyBase64();
    QVERIFY(!m_publicKey.isEmpty());
}

CliRun tst_CliDnsRecords::run(const QByteArray &identityJson, QStringList args)
{
    ScriptedHttpServer server;
    if (!server.start())
        return {};
    server.setFallback(ScriptedHttpServer::Reply::json(200, identityJson));
    const CliRun result = m_cli.sesdesk(QStringList{QStringLiteral("--endpoint-url"), server.url().toString()} + args);
    // Every call was GetEmailIdentity for the name asked.
    for (const auto &request : server.requests()) {
        if (request.method != "GET" || !request.path().startsWith("/v2/email/identities/"))
            return {};
    }
    return result;
}

CliRun tst_CliDnsRecords::awsAgainstMoto(const QStringList &args)
{
    return m_cli.aws(QStringList{QStringLiteral("--endpoint-url"),
                         TestSupport::motoUrl().toString(),
                         QStringLiteral("--region"),
                         QStringLiteral("us-east-1"),
                         QStringLiteral("--output"),
                         QStringLiteral("json")}
        + args);
}

void tst_CliDnsRecords::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString name = QStringLiteral("example.com");
    const QString records = QStringLiteral("dns-records");
    QTest::newRow("no name") << QStringList{records} << QStringLiteral("expected exactly one identity NAME");
    QTest::newRow("bad format") << QStringList{records, name, QStringLiteral("--format"), QStringLiteral("yaml")}
                                << QStringLiteral("--format must be");
    QTest::newRow("nameserver without check")
        << QStringList{records, name, QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1")}
        << QStringLiteral("--nameserver needs --check");
    QTest::newRow("bad nameserver") << QStringList{records,
        name,
        QStringLiteral("--check"),
        QStringLiteral("--nameserver"),
        QStringLiteral("ns1.example.com")}
                                    << QStringLiteral("expects an IP address");
    QTest::newRow("check with format")
        << QStringList{records, name, QStringLiteral("--check"), QStringLiteral("--format"), QStringLiteral("bind")}
        << QStringLiteral("leave out --format");
    QTest::newRow("bad ttl") << QStringList{records, name, QStringLiteral("--ttl"), QStringLiteral("soon")}
                             << QStringLiteral("--ttl expects");
    QTest::newRow("missing key file") << QStringList{records,
        name,
        QStringLiteral("--private-key"),
        QStringLiteral("/nonexistent/key.pem")}
                                      << QStringLiteral("/nonexistent/key.pem");
    QTest::newRow("bad dmarc address") << QStringList{records,
        name,
        QStringLiteral("--dmarc-rua"),
        QStringLiteral("not-an-address")}
                                       << QStringLiteral("not-an-address");
}

void tst_CliDnsRecords::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = run(easyIdentityJson(), args);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
}

void tst_CliDnsRecords::table()
{
    const CliRun r = run(easyIdentityJson(QStringLiteral("dkim.eu-south-1.amazonses.com")),
        {QStringLiteral("dns-records"), QStringLiteral("example.com")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QLatin1String("Purpose")));
    QCOMPARE(lines.size(), 9); // header, 7 records, the receiving MX's note
    QVERIFY(lines.last().startsWith(QLatin1String("example.com: Only if")));
    QVERIFY(r.out.contains(Tokens.at(0) + QStringLiteral("._domainkey.example.com")));
    QVERIFY(r.out.contains(Tokens.at(0) + QStringLiteral(".dkim.eu-south-1.amazonses.com")));
    QVERIFY(r.out.contains(QLatin1String("feedback-smtp.eu-west-1.amazonses.com")));
    QVERIFY(r.out.contains(QLatin1String("\"v=spf1 include:amazonses.com ~all\"")));
    QVERIFY(r.out.contains(QLatin1String("inbound-smtp.eu-west-1.amazonaws.com")));
    QVERIFY(lines.at(1).contains(QLatin1String("Pending")));
}

void tst_CliDnsRecords::jsonOutput()
{
    const CliRun r = run(easyIdentityJson(),
        {QStringLiteral("--output"),
            QStringLiteral("json"),
            QStringLiteral("dns-records"),
            QStringLiteral("bücher.example"),
            QStringLiteral("--dmarc-rua"),
            QStringLiteral("reports@example.com")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject root = r.json().object();
    QCOMPARE(root.value(QStringLiteral("Identity")).toString(), QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(root.value(QStringLiteral("Region")).toString(), QStringLiteral("eu-west-1"));
    const QJsonArray records = root.value(QStringLiteral("Records")).toArray();
    QCOMPARE(records.size(), 7);
    const QJsonObject dkim = records.at(0).toObject();
    QCOMPARE(dkim.value(QStringLiteral("Purpose")).toString(), QStringLiteral("EASY_DKIM"));
    QCOMPARE(dkim.value(QStringLiteral("Type")).toString(), QStringLiteral("CNAME"));
    QCOMPARE(dkim.value(QStringLiteral("Name")).toString(),
        Tokens.at(0) + QStringLiteral("._domainkey.xn--bcher-kva.example"));
    QCOMPARE(dkim.value(QStringLiteral("UnicodeName")).toString(),
        Tokens.at(0) + QStringLiteral("._domainkey.bücher.example"));
    QCOMPARE(dkim.value(QStringLiteral("Status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(dkim.value(QStringLiteral("Requirement")).toString(), QStringLiteral("REQUIRED"));
    const QJsonObject mx = records.at(3).toObject();
    QCOMPARE(mx.value(QStringLiteral("Priority")).toInt(), 10);
    QCOMPARE(mx.value(QStringLiteral("Value")).toString(), QStringLiteral("10 feedback-smtp.eu-west-1.amazonses.com"));
    const QJsonObject dmarc = records.at(5).toObject();
    QCOMPARE(dmarc.value(QStringLiteral("Value")).toString(),
        QStringLiteral("\"v=DMARC1; p=none; rua=mailto:reports@example.com\""));
    QCOMPARE(records.at(6).toObject().value(QStringLiteral("Requirement")).toString(), QStringLiteral("OPTIONAL"));
}

void tst_CliDnsRecords::bindAndCsv()
{
    const CliRun bind = run(easyIdentityJson(),
        {QStringLiteral("dns-records"),
            QStringLiteral("example.com"),
            QStringLiteral("--format"),
            QStringLiteral("bind"),
            QStringLiteral("--ttl"),
            QStringLiteral("600")});
    QVERIFY2(bind.exitCode == 0, qPrintable(describe(bind)));
    QVERIFY(bind.out.startsWith(QLatin1String("; ")));
    QVERIFY(bind.out.contains(
        QStringLiteral("\n%1._domainkey.example.com. 600 IN CNAME %1.dkim.amazonses.com.\n").arg(Tokens.at(1))));
    QVERIFY(bind.out.contains(QLatin1String("\n; example.com. 600 IN MX 10 inbound-smtp.eu-west-1.amazonaws.com.\n")));

    const CliRun csv = run(easyIdentityJson(),
        {QStringLiteral("dns-records"),
            QStringLiteral("example.com"),
            QStringLiteral("--format"),
            QStringLiteral("csv"),
            QStringLiteral("--include-optional")});
    QVERIFY2(csv.exitCode == 0, qPrintable(describe(csv)));
    QVERIFY(csv.out.startsWith(QLatin1String("Type,Name,Value\r\n")));
    QCOMPARE(csv.out.count(QLatin1String("\r\n")), 8);
    QVERIFY(csv.out.contains(QLatin1String("MX,example.com,10 inbound-smtp.eu-west-1.amazonaws.com\r\n")));
}

void tst_CliDnsRecords::byoDkimFromPrivateKeyFile()
{
    const CliRun without = run(byoIdentityJson(), {QStringLiteral("dns-records"), QStringLiteral("example.org")});
    QVERIFY2(without.exitCode == 0, qPrintable(describe(without)));
    QVERIFY(without.err.contains(QLatin1String("--selector")));

    const CliRun r = run(byoIdentityJson(),
        {QStringLiteral("dns-records"),
            QStringLiteral("example.org"),
            QStringLiteral("--selector"),
            QStringLiteral("sel1"),
            QStringLiteral("--private-key"),
            m_keyFile,
            QStringLiteral("--format"),
            QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(QStringLiteral("TXT,sel1._domainkey.example.org,p=%1\r\n").arg(m_publicKey)));

    // A public key where the private key belongs is refused with the reason.
    const QString pub = m_dir.filePath(QStringLiteral("pub.pem"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                 {QStringLiteral("pkey"),
                     QStringLiteral("-in"),
                     m_keyFile,
                     QStringLiteral("-pubout"),
                     QStringLiteral("-out"),
                     pub}),
        0);
    const CliRun wrong = run(byoIdentityJson(),
        {QStringLiteral("dns-records"),
            QStringLiteral("example.org"),
            QStringLiteral("--selector"),
            QStringLiteral("sel1"),
            QStringLiteral("--private-key"),
            pub});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QLatin1String("public key")), qPrintable(wrong.err));
}

void tst_CliDnsRecords::route53BatchIsAcceptedByTheAwsCli()
{
    if (!TestSupport::motoUrl().isValid())
        QFAIL("the moto fixture is not running (ctest fixture \"moto\")");
    const CliRun batch
        = run(easyIdentityJson(QStringLiteral("dkim.amazonses.com"), QStringLiteral("bounce.route53-test.example.com")),
            {QStringLiteral("dns-records"),
                QStringLiteral("route53-test.example.com"),
                QStringLiteral("--format"),
                QStringLiteral("route53"),
                QStringLiteral("--include-optional")});
    QVERIFY2(batch.exitCode == 0, qPrintable(describe(batch)));
    const QString file = m_dir.filePath(QStringLiteral("batch.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(batch.out.toUtf8());
    f.close();

    const CliRun zone = awsAgainstMoto({QStringLiteral("route53"),
        QStringLiteral("create-hosted-zone"),
        QStringLiteral("--name"),
        QStringLiteral("route53-test.example.com"),
        QStringLiteral("--caller-reference"),
        QStringLiteral("sesdesk-%1").arg(QDateTime::currentMSecsSinceEpoch())});
    QVERIFY2(zone.exitCode == 0, qPrintable(describe(zone)));
    const QString zoneId
        = zone.json().object().value(QStringLiteral("HostedZone")).toObject().value(QStringLiteral("Id")).toString();
    QVERIFY(!zoneId.isEmpty());

    // Exactly the command the export is for.
    const CliRun change = awsAgainstMoto({QStringLiteral("route53"),
        QStringLiteral("change-resource-record-sets"),
        QStringLiteral("--hosted-zone-id"),
        zoneId,
        QStringLiteral("--change-batch"),
        QStringLiteral("file://") + file});
    QVERIFY2(change.exitCode == 0, qPrintable(describe(change)));

    const CliRun listed = awsAgainstMoto({QStringLiteral("route53"),
        QStringLiteral("list-resource-record-sets"),
        QStringLiteral("--hosted-zone-id"),
        zoneId});
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    QHash<QString, QStringList> sets;
    for (const QJsonValue &v : listed.json().object().value(QStringLiteral("ResourceRecordSets")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList values;
        for (const QJsonValue &r : o.value(QStringLiteral("ResourceRecords")).toArray())
            values << r.toObject().value(QStringLiteral("Value")).toString();
        sets.insert(
            o.value(QStringLiteral("Name")).toString() + QLatin1Char(' ') + o.value(QStringLiteral("Type")).toString(),
            values);
    }
    QCOMPARE(sets.value(Tokens.at(2) + QStringLiteral("._domainkey.route53-test.example.com. CNAME")),
        QStringList{Tokens.at(2) + QStringLiteral(".dkim.amazonses.com")});
    QCOMPARE(sets.value(QStringLiteral("bounce.route53-test.example.com. MX")),
        QStringList{QStringLiteral("10 feedback-smtp.eu-west-1.amazonses.com")});
    QCOMPARE(sets.value(QStringLiteral("bounce.route53-test.example.com. TXT")),
        QStringList{QStringLiteral("\"v=spf1 include:amazonses.com ~all\"")});
    QCOMPARE(sets.value(QStringLiteral("_dmarc.route53-test.example.com. TXT")),
        QStringList{QStringLiteral("\"v=DMARC1; p=none\"")});
    QCOMPARE(sets.value(QStringLiteral("route53-test.example.com. MX")),
        QStringList{QStringLiteral("10 inbound-smtp.eu-west-1.amazonaws.com")});
}

void tst_CliDnsRecords::serviceError()
{
    ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setFallback(ScriptedHttpServer::Reply::json(
        404, R"({"message":"Email identity nope.example.com does not exist."})", "NotFoundException"));
    const CliRun r = m_cli.sesdesk({QStringLiteral("--endpoint-url"),
        server.url().toString(),
        QStringLiteral("dns-records"),
        QStringLiteral("nope.example.com")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("(NotFoundException)")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("GetEmailIdentity")));
}

void tst_CliDnsRecords::check()
{
    const QString unavailable = TestSupport::LoopbackDnsServer::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    TestSupport::LoopbackDnsServer dns;
    const QStringList good{
        QStringLiteral("--cname=%1._domainkey.example.com,%1.dkim.amazonses.com").arg(Tokens.at(0)),
        QStringLiteral("--cname=%1._domainkey.example.com,%1.dkim.amazonses.com").arg(Tokens.at(1)),
        QStringLiteral("--cname=%1._domainkey.example.com,%1.dkim.amazonses.com").arg(Tokens.at(2)),
        QStringLiteral("--mx-host=mail.example.com,feedback-smtp.eu-west-1.amazonses.com,10"),
        QStringLiteral("--txt-record=mail.example.com,v=spf1 include:amazonses.com ~all"),
    };
    QStringList bad = good;
    bad[1] = QStringLiteral("--cname=%1._domainkey.example.com.example.com,%1.dkim.amazonses.com").arg(Tokens.at(1));
    bad.removeAt(2); // the third DKIM CNAME is missing
    bad << QStringLiteral("--mx-host=mail.example.com,mx.example.net,20");
    QVERIFY2(dns.start({QStringLiteral("example.com")}, bad), qPrintable(dns.errorString()));
    const QStringList args{QStringLiteral("dns-records"),
        QStringLiteral("example.com"),
        QStringLiteral("--check"),
        QStringLiteral("--nameserver"),
        dns.address().toString()};

    const CliRun r = run(easyIdentityJson(), args);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY(r.err.contains(QLatin1String("3 required record(s) not published correctly")));
    QVERIFY(r.out.contains(QLatin1String("Published and correct")));
    QVERIFY(r.out.contains(QLatin1String("Missing")));
    QVERIFY(r.out.contains(QStringLiteral("Found:    %1._domainkey.example.com.example.com CNAME").arg(Tokens.at(1))));
    QVERIFY(r.out.contains(QLatin1String("the domain is in the name twice")));
    QVERIFY(r.out.contains(QLatin1String("20 mx.example.net")));
    QVERIFY(r.out.contains(QLatin1String("SES requires exactly one")));

    const CliRun json = run(easyIdentityJson(), QStringList{QStringLiteral("--output"), QStringLiteral("json")} + args);
    QCOMPARE(json.exitCode, 1);
    const QJsonArray records = json.json().object().value(QStringLiteral("Records")).toArray();
    QCOMPARE(records.size(), 7);
    auto state = [&](int i) {
        return records.at(i)
            .toObject()
            .value(QStringLiteral("Check"))
            .toObject()
            .value(QStringLiteral("State"))
            .toString();
    };
    auto problem = [&](int i) {
        return records.at(i)
            .toObject()
            .value(QStringLiteral("Check"))
            .toObject()
            .value(QStringLiteral("Problems"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("Code"))
            .toString();
    };
    QCOMPARE(state(0), QStringLiteral("CORRECT"));
    QCOMPARE(state(1), QStringLiteral("MISSING"));
    QCOMPARE(problem(1), QStringLiteral("DOMAIN_APPENDED_TWICE"));
    QCOMPARE(state(2), QStringLiteral("MISSING"));
    QCOMPARE(state(3), QStringLiteral("DIFFERENT"));
    QCOMPARE(problem(3), QStringLiteral("MULTIPLE_MX"));
    QCOMPARE(state(4), QStringLiteral("CORRECT"));
    QCOMPARE(state(5), QStringLiteral("MISSING")); // DMARC: recommended, does not fail the check
    QCOMPARE(state(6), QStringLiteral("MISSING")); // inbound MX: optional

    // Fixed: every required record is right, so the check passes.
    QVERIFY2(dns.restart(good), qPrintable(dns.errorString()));
    const CliRun fixed = run(easyIdentityJson(), args);
    QVERIFY2(fixed.exitCode == 0, qPrintable(describe(fixed)));
}

QTEST_GUILESS_MAIN(tst_CliDnsRecords)
#include "tst_clidnsrecords.moc"
