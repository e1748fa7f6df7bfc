#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/BindZoneExporter.h"
#include "models/ses/CsvRecordExporter.h"
#include "models/ses/DkimPublicKey.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/DnsTextStrings.h"
#include "models/ses/IdentityTypes.h"
#include "models/ses/PlainTextRecordExporter.h"
#include "models/ses/Route53ChangeBatchExporter.h"

using Ses::DnsRecord;
using Ses::DnsRecordSet;

namespace
{

const QStringList Tokens{QStringLiteral("hirjd4exampled5477y22yd23ettobi"),
    QStringLiteral("v3rnz522czcl46quexamplek3efo5o6x"),
    QStringLiteral("y4examplexbhyhnsjcmtvzotfvqjmdqoj")};

/// Easy DKIM, MAIL FROM, DMARC with rua and the optional inbound MX, in eu-west-1.
DnsRecordSet easySet(const QString &domain = QStringLiteral("example.com"))
{
    Ses::EmailIdentity identity;
    identity.identityName = domain;
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.tokens = Tokens;
    identity.dkim.signingHostedZone = QStringLiteral("dkim.amazonses.com");
    identity.dkim.status = QStringLiteral("PENDING");
    identity.mailFrom.mailFromDomain = QStringLiteral("mail.") + domain;
    identity.mailFrom.mailFromDomainStatus = QStringLiteral("PENDING");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("eu-west-1");
    options.dmarcReportAddress = QStringLiteral("dmarc@example.com");
    return DnsRecordSet::fromIdentity(identity, options).value();
}

} // namespace

/// Every export format, checked by the tools that read it: named-checkzone for the BIND
/// fragment, botocore's route53 model for the change batch.
class tst_DnsExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void txtStrings_data();
    void txtStrings();
    void bindFragment();
    void bindFragmentPassesNamedCheckzone_data();
    void bindFragmentPassesNamedCheckzone();
    void namedCheckzoneRejectsAnUnsplitLongString();
    void csv();
    void route53Batch();
    void route53BatchPassesBotocoreModel_data();
    void route53BatchPassesBotocoreModel();
    void route53ValidatorRejectsBrokenBatches_data();
    void route53ValidatorRejectsBrokenBatches();
    void route53WithoutRecords();
    void plainText();

private:
    DnsRecordSet byoDkimSet() const;
    /// named-checkzone on fragment wrapped in a minimal zone; the canonical zone on success.
    bool checkZone(const QString &origin, const QString &fragment, QString *canonical, QString *output);
    bool validateBatch(const QByteArray &json, QString *output);

    QTemporaryDir m_dir;
    QString m_publicKey;
};

void tst_DnsExporters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("named-checkzone")).isEmpty())
        QFAIL("named-checkzone is missing: install Debian's bind9-utils (scripts/bootstrap.sh test does)");
    const QString key = m_dir.filePath(QStringLiteral("dkim.key"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                 {QStringLiteral("genrsa"), QStringLiteral("-out"), key, QStringLiteral("2048")}),
        0);
    QFile f(key);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Ses::DkimPublicKey publicKey = Ses::DkimPublicKey::fromPrivateKey(f.readAll());
    QVERIFY(publicKey.isValid());
    m_publicKey = publicKey.publicKeyBase64();
}

DnsRecordSet tst_DnsExporters::byoDkimSet() const
{
    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("example.org");
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.signingAttributesOrigin = QStringLiteral("EXTERNAL");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("ap-northeast-2");
    options.byoDkimSelector = QStringLiteral("sel1");
    options.byoDkimPublicKey = m_publicKey;
    return DnsRecordSet::fromIdentity(identity, options).value();
}

bool tst_DnsExporters::checkZone(const QString &origin, const QString &fragment, QString *canonical, QString *output)
{
    const QString path = m_dir.filePath(origin + QStringLiteral(".zone"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // The minimal zone around the fragment: SOA, NS and the name server's address.
    const QString zone = QStringLiteral("$TTL 3600\n"
                                        "%1. IN SOA ns1.%1. hostmaster.%1. 1 7200 3600 1209600 3600\n"
                                        "%1. IN NS ns1.%1.\n"
                                        "ns1.%1. IN A 192.0.2.1\n")
                             .arg(origin)
        + fragment;
    f.write(zone.toUtf8());
    f.close();
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    // -k fail: names that break host-name rules are errors; -i local: check in-zone integrity
    // without looking up the out-of-zone MX and CNAME targets.
    check.start(QStringLiteral("named-checkzone"),
        {QStringLiteral("-k"), QStringLiteral("fail"), QStringLiteral("-i"), QStringLiteral("local"), origin, path});
    if (!check.waitForFinished(30000))
        return false;
    *output = QString::fromUtf8(check.readAll());
    if (check.exitCode() != 0)
        return false;
    QProcess compile;
    compile.start(QStringLiteral("named-compilezone"),
        {QStringLiteral("-q"),
            QStringLiteral("-i"),
            QStringLiteral("none"),
            QStringLiteral("-s"),
            QStringLiteral("full"),
            QStringLiteral("-o"),
            QStringLiteral("-"),
            origin,
            path});
    if (!compile.waitForFinished(30000) || compile.exitCode() != 0)
        return false;
    *canonical = QString::fromUtf8(compile.readAllStandardOutput());
    return true;
}

bool tst_DnsExporters::validateBatch(const QByteArray &json, QString *output)
{
    const QString path = m_dir.filePath(QStringLiteral("batch.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(json);
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SESDESK_PYTHON3),
        {QStringLiteral(SESDESK_SOURCE_DIR "/tests/unit/dns/validate_route53_change_batch.py"), path});
    if (!p.waitForFinished(60000))
        return false;
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void tst_DnsExporters::txtStrings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<int>>("lengths");

    QTest::newRow("empty") << QByteArray() << QList<int>{0};
    QTest::newRow("short") << QByteArray("v=spf1 include:amazonses.com ~all") << QList<int>{33};
    QTest::newRow("255") << QByteArray(255, 'a') << QList<int>{255};
    QTest::newRow("256") << QByteArray(256, 'a') << QList<int>{255, 1};
    QTest::newRow("2048-bit key record") << QByteArray("p=") + QByteArray(392, 'A') << QList<int>{255, 139};
    QTest::newRow("600") << QByteArray(600, 'a') << QList<int>{255, 255, 90};
    // 254 ASCII bytes, then a 3-byte character: it moves to the second string whole.
    QTest::newRow("utf-8 boundary") << QByteArray(254, 'a') + QStringLiteral("한").toUtf8() << QList<int>{254, 3};
}

void tst_DnsExporters::txtStrings()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<int>, lengths);
    const QList<QByteArray> parts = Ses::DnsTextStrings::split(text);
    QList<int> actual;
    for (const QByteArray &p : parts)
        actual << int(p.size());
    QCOMPARE(actual, lengths);
    QCOMPARE(parts.join(), text);
}

void tst_DnsExporters::bindFragment()
{
    const QString fragment = Ses::BindZoneExporter::exportText(easySet());
    const QStringList lines = fragment.split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QLatin1String("; ")));
    QVERIFY(fragment.contains(QLatin1String("example.com")));
    QVERIFY(fragment.contains(QLatin1String("Europe (Ireland) (eu-west-1)")));
    QVERIFY(!fragment.contains(QLatin1String("$ORIGIN")));
    const QStringList expected{
        QStringLiteral("hirjd4exampled5477y22yd23ettobi._domainkey.example.com. 1800 IN CNAME "
                       "hirjd4exampled5477y22yd23ettobi.dkim.amazonses.com."),
        QStringLiteral("v3rnz522czcl46quexamplek3efo5o6x._domainkey.example.com. 1800 IN CNAME "
                       "v3rnz522czcl46quexamplek3efo5o6x.dkim.amazonses.com."),
        QStringLiteral("y4examplexbhyhnsjcmtvzotfvqjmdqoj._domainkey.example.com. 1800 IN CNAME "
                       "y4examplexbhyhnsjcmtvzotfvqjmdqoj.dkim.amazonses.com."),
        QStringLiteral("mail.example.com. 1800 IN MX 10 feedback-smtp.eu-west-1.amazonses.com."),
        QStringLiteral("mail.example.com. 1800 IN TXT \"v=spf1 include:amazonses.com ~all\""),
        QStringLiteral("_dmarc.example.com. 1800 IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc@example.com\""),
        // Optional: written, but commented out, so pasting never routes the domain's mail.
        QStringLiteral("; example.com. 1800 IN MX 10 inbound-smtp.eu-west-1.amazonaws.com."),
    };
    QStringList records;
    for (const QString &line : lines) {
        if (!line.isEmpty() && (!line.startsWith(QLatin1Char(';')) || line.contains(QLatin1String(" IN "))))
            records << line;
    }
    QCOMPARE(records, expected);

    Ses::BindZoneExporter::Options options;
    options.ttl = 300;
    options.includeOptional = true;
    const QString withOptional = Ses::BindZoneExporter::exportText(easySet(), options);
    QVERIFY(
        withOptional.contains(QLatin1String("\nexample.com. 300 IN MX 10 inbound-smtp.eu-west-1.amazonaws.com.\n")));
}

void tst_DnsExporters::bindFragmentPassesNamedCheckzone_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("includeOptional");
    QTest::addColumn<QString>("set"); // easy | byodkim | idn
    QTest::newRow("easy dkim, mail from, dmarc") << QStringLiteral("example.com") << false << QStringLiteral("easy");
    QTest::newRow("with the inbound MX") << QStringLiteral("example.com") << true << QStringLiteral("easy");
    QTest::newRow("byodkim 2048-bit key") << QStringLiteral("example.org") << false << QStringLiteral("byodkim");
    QTest::newRow("IDN domain") << QStringLiteral("xn--bcher-kva.example") << true << QStringLiteral("idn");
}

void tst_DnsExporters::bindFragmentPassesNamedCheckzone()
{
    QFETCH(QString, origin);
    QFETCH(bool, includeOptional);
    QFETCH(QString, set);

    const DnsRecordSet records = set == QLatin1String("byodkim") ? byoDkimSet()
        : set == QLatin1String("idn")                            ? easySet(QStringLiteral("bücher.example"))
                                                                 : easySet();
    Ses::BindZoneExporter::Options options;
    options.includeOptional = includeOptional;
    const QString fragment = Ses::BindZoneExporter::exportText(records, options);
    QString canonical;
    QString output;
    QVERIFY2(checkZone(origin, fragment, &canonical, &output), qPrintable(output + QLatin1Char('\n') + fragment));
    QVERIFY2(output.contains(QLatin1String("OK")), qPrintable(output));

    // Every record is in the loaded zone with its exact data; TXT strings rejoin to the value.
    int found = 0;
    for (const DnsRecord &r : records.records()) {
        const bool expectedInZone = includeOptional || r.requirement != DnsRecord::Requirement::Optional;
        bool inZone = false;
        static const QRegularExpression recordLine(QStringLiteral("^(\\S+)\\s+\\d+\\s+IN\\s+(\\S+)\\s+(.*)$"));
        static const QRegularExpression quoted(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        for (const QString &line : canonical.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = recordLine.match(line);
            if (!m.hasMatch() || m.captured(1) != r.name + QLatin1Char('.') || m.captured(2) != r.typeName())
                continue;
            const QString data = m.captured(3).trimmed();
            if (r.type == DnsRecord::Type::TXT) {
                QString joined;
                auto it = quoted.globalMatch(data);
                while (it.hasNext()) {
                    const QString s = it.next().captured(1);
                    QVERIFY(s.toUtf8().size() <= 255);
                    joined += s;
                }
                inZone = inZone || joined == r.value;
            } else if (r.type == DnsRecord::Type::MX) {
                inZone = inZone || data.simplified() == QStringLiteral("%1 %2.").arg(r.priority).arg(r.value);
            } else {
                inZone = inZone || data == r.value + QLatin1Char('.');
            }
        }
        QVERIFY2(inZone == expectedInZone, qPrintable(r.name + QLatin1Char(' ') + r.typeName()));
        found += inZone ? 1 : 0;
    }
    QVERIFY(found > 0);
    if (set == QLatin1String("byodkim")) {
        const QRegularExpression twoStrings(
            QStringLiteral("sel1\\._domainkey\\.example\\.org\\.\\s+1800\\s+IN\\s+TXT\\s+"
                           "\"p=[^\"]{253}\" \"[^\"]+\""));
        QVERIFY2(twoStrings.match(canonical).hasMatch(), qPrintable(canonical));
    }
}

void tst_DnsExporters::namedCheckzoneRejectsAnUnsplitLongString()
{
    // The control: what a naive export of a 2048-bit key would produce fails, so the check above
    // can fail too.
    const QString naive = QStringLiteral("sel1._domainkey.example.org. 1800 IN TXT \"p=%1\"\n").arg(m_publicKey);
    QString canonical;
    QString output;
    QVERIFY(!checkZone(QStringLiteral("example.org"), naive, &canonical, &output));
}

void tst_DnsExporters::csv()
{
    const QString csv = Ses::CsvRecordExporter::exportText(easySet());
    const QString expected
        = QStringLiteral("Type,Name,Value\r\n"
                         "CNAME,hirjd4exampled5477y22yd23ettobi._domainkey.example.com,"
                         "hirjd4exampled5477y22yd23ettobi.dkim.amazonses.com\r\n"
                         "CNAME,v3rnz522czcl46quexamplek3efo5o6x._domainkey.example.com,"
                         "v3rnz522czcl46quexamplek3efo5o6x.dkim.amazonses.com\r\n"
                         "CNAME,y4examplexbhyhnsjcmtvzotfvqjmdqoj._domainkey.example.com,"
                         "y4examplexbhyhnsjcmtvzotfvqjmdqoj.dkim.amazonses.com\r\n"
                         "MX,mail.example.com,10 feedback-smtp.eu-west-1.amazonses.com\r\n"
                         "TXT,mail.example.com,\"\"\"v=spf1 include:amazonses.com ~all\"\"\"\r\n"
                         "TXT,_dmarc.example.com,\"\"\"v=DMARC1; p=none; rua=mailto:dmarc@example.com\"\"\"\r\n");
    QCOMPARE(csv, expected);
    QVERIFY(Ses::CsvRecordExporter::exportText(easySet(), true)
                .endsWith(QLatin1String("MX,example.com,10 inbound-smtp.eu-west-1.amazonaws.com\r\n")));
    QCOMPARE(Ses::CsvRecordExporter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(Ses::CsvRecordExporter::field(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
    QCOMPARE(Ses::CsvRecordExporter::field(QStringLiteral("plain")), QStringLiteral("plain"));

    const QString byodkim = Ses::CsvRecordExporter::exportText(byoDkimSet());
    QVERIFY(byodkim.contains(QStringLiteral("TXT,sel1._domainkey.example.org,p=%1\r\n").arg(m_publicKey)));
}

void tst_DnsExporters::route53Batch()
{
    const auto batch = Ses::Route53ChangeBatchExporter::changeBatch(easySet());
    QVERIFY(batch.ok());
    QVERIFY(!batch->value(QStringLiteral("Comment")).toString().isEmpty());
    const QJsonArray changes = batch->value(QStringLiteral("Changes")).toArray();
    QCOMPARE(changes.size(), 6);
    auto rrset = [&](int i) {
        return changes.at(i).toObject().value(QStringLiteral("ResourceRecordSet")).toObject();
    };
    auto value = [&](int i) {
        return rrset(i)
            .value(QStringLiteral("ResourceRecords"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("Value"))
            .toString();
    };
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("UPSERT"));
    QCOMPARE(
        rrset(0).value(QStringLiteral("Name")).toString(), Tokens.at(0) + QStringLiteral("._domainkey.example.com"));
    QCOMPARE(rrset(0).value(QStringLiteral("Type")).toString(), QStringLiteral("CNAME"));
    QCOMPARE(rrset(0).value(QStringLiteral("TTL")).toInt(), 1800);
    QCOMPARE(value(0), Tokens.at(0) + QStringLiteral(".dkim.amazonses.com"));
    QCOMPARE(value(3), QStringLiteral("10 feedback-smtp.eu-west-1.amazonses.com"));
    QCOMPARE(value(4), QStringLiteral("\"v=spf1 include:amazonses.com ~all\""));
    QCOMPARE(value(5), QStringLiteral("\"v=DMARC1; p=none; rua=mailto:dmarc@example.com\""));

    Ses::Route53ChangeBatchExporter::Options options;
    options.action = Ses::Route53ChangeBatchExporter::Action::Create;
    options.includeOptional = true;
    options.ttl = 600;
    const auto create = Ses::Route53ChangeBatchExporter::changeBatch(easySet(), options);
    const QJsonArray all = create->value(QStringLiteral("Changes")).toArray();
    QCOMPARE(all.size(), 7);
    QCOMPARE(all.at(6).toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("CREATE"));
    QCOMPARE(
        all.at(6).toObject().value(QStringLiteral("ResourceRecordSet")).toObject().value(QStringLiteral("TTL")).toInt(),
        600);

    // A 2048-bit key: one value of two quoted strings.
    const auto byodkim = Ses::Route53ChangeBatchExporter::changeBatch(byoDkimSet());
    const QString keyValue = byodkim->value(QStringLiteral("Changes"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("ResourceRecordSet"))
                                 .toObject()
                                 .value(QStringLiteral("ResourceRecords"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("Value"))
                                 .toString();
    const QString full = QStringLiteral("p=") + m_publicKey;
    QCOMPARE(keyValue, QStringLiteral("\"%1\" \"%2\"").arg(full.left(255), full.mid(255)));
}

void tst_DnsExporters::route53BatchPassesBotocoreModel_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<bool>("includeOptional");
    QTest::newRow("easy dkim, mail from, dmarc") << QStringLiteral("easy") << false;
    QTest::newRow("with inbound MX") << QStringLiteral("easy") << true;
    QTest::newRow("byodkim 2048-bit key") << QStringLiteral("byodkim") << false;
    QTest::newRow("IDN domain") << QStringLiteral("idn") << true;
}

void tst_DnsExporters::route53BatchPassesBotocoreModel()
{
    QFETCH(QString, set);
    QFETCH(bool, includeOptional);
    const DnsRecordSet records = set == QLatin1String("byodkim") ? byoDkimSet()
        : set == QLatin1String("idn")                            ? easySet(QStringLiteral("bücher.example"))
                                                                 : easySet();
    Ses::Route53ChangeBatchExporter::Options options;
    options.includeOptional = includeOptional;
    const auto json = Ses::Route53ChangeBatchExporter::exportJson(records, options);
    QVERIFY(json.ok());
    QString output;
    QVERIFY2(validateBatch(json.value(), &output), qPrintable(output + QString::fromUtf8(json.value())));
    QCOMPARE(output.trimmed(), QStringLiteral("OK"));
}

void tst_DnsExporters::route53ValidatorRejectsBrokenBatches_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("complaint");
    const QByteArray rrset = R"("ResourceRecordSet":{"Name":"mail.example.com","Type":"TXT","TTL":1800,)"
                             R"("ResourceRecords":[{"Value":"\"v=spf1 include:amazonses.com ~all\""}]})";
    QTest::newRow("no changes") << QByteArray(R"({"Comment":"x","Changes":[]})") << QStringLiteral("Changes");
    QTest::newRow("bad action") << QByteArray(R"({"Changes":[{"Action":"INSERT",)" + rrset + "}]}")
                                << QStringLiteral("INSERT");
    QTest::newRow("TTL as string") << QByteArray(
        R"({"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"a.example.com","Type":"CNAME",)"
        R"("TTL":"300","ResourceRecords":[{"Value":"b.example.com"}]}}]})")
                                   << QStringLiteral("TTL");
    QTest::newRow("unquoted TXT") << QByteArray(
        R"({"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"m.example.com","Type":"TXT",)"
        R"("TTL":300,"ResourceRecords":[{"Value":"v=spf1 include:amazonses.com ~all"}]}}]})")
                                  << QStringLiteral("quoted");
    QTest::newRow("TXT string over 255") << QByteArray(
        R"({"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"s._domainkey.example.com",)"
        R"("Type":"TXT","TTL":300,"ResourceRecords":[{"Value":"\")"
        + QByteArray(300, 'A') + R"(\""}]}}]})")
                                         << QStringLiteral("255");
    QTest::newRow("MX without priority") << QByteArray(
        R"({"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"m.example.com","Type":"MX",)"
        R"("TTL":300,"ResourceRecords":[{"Value":"feedback-smtp.us-east-1.amazonses.com"}]}}]})")
                                         << QStringLiteral("preference");
    QTest::newRow("unicode name") << QByteArray(
        R"({"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"bücher.example","Type":"MX",)"
        R"("TTL":300,"ResourceRecords":[{"Value":"10 inbound-smtp.us-east-1.amazonaws.com"}]}}]})")
                                  << QStringLiteral("ASCII");
    QTest::newRow("same set twice") << QByteArray(
        R"({"Changes":[{"Action":"UPSERT",)" + rrset + R"(},{"Action":"UPSERT",)" + rrset + "}]}")
                                    << QStringLiteral("second change");
    QTest::newRow("unknown member") << QByteArray(R"({"Changes":[{"Action":"UPSERT","Extra":1,)" + rrset + "}]}")
                                    << QStringLiteral("Extra");
}

void tst_DnsExporters::route53ValidatorRejectsBrokenBatches()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, complaint);
    QString output;
    QVERIFY2(!validateBatch(json, &output), qPrintable(output));
    QVERIFY2(output.contains(complaint), qPrintable(output));
}

void tst_DnsExporters::route53WithoutRecords()
{
    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("someone@example.com");
    identity.identityType = QStringLiteral("EMAIL_ADDRESS");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("us-east-1");
    const auto set = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY(set.ok());
    const auto batch = Ses::Route53ChangeBatchExporter::exportJson(set.value());
    QVERIFY(batch.isError());
    QCOMPARE(batch.error().code, QStringLiteral("NoRecords"));
}

void tst_DnsExporters::plainText()
{
    const DnsRecordSet set = easySet();
    const QString table = Ses::PlainTextRecordExporter::table(set);
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + set.records().size());
    QVERIFY(lines.at(0).startsWith(QLatin1String("Purpose")));
    const qsizetype nameColumn = lines.at(0).indexOf(QLatin1String("Name"));
    const qsizetype valueColumn = lines.at(0).indexOf(QLatin1String("Value"));
    for (int i = 1; i < lines.size(); ++i) {
        const DnsRecord &r = set.records().at(i - 1);
        QCOMPARE(lines.at(i).mid(nameColumn, r.name.size()), r.name);
        QVERIFY(
            lines.at(i).mid(valueColumn).startsWith(r.type == DnsRecord::Type::MX ? r.value : r.presentationValue()));
    }
    QVERIFY(lines.at(4).contains(QLatin1String("Pending")));
    QVERIFY(lines.last().contains(QLatin1String("(optional)")));

    QCOMPARE(Ses::PlainTextRecordExporter::recordLine(set.records().at(3)),
        QStringLiteral("mail.example.com MX 10 feedback-smtp.eu-west-1.amazonses.com"));
    const QString tsv = Ses::PlainTextRecordExporter::tabSeparated(set.records());
    QVERIFY(tsv.startsWith(QLatin1String("Type\tName\tValue\n")));
    QVERIFY(tsv.contains(QLatin1String("TXT\tmail.example.com\t\"v=spf1 include:amazonses.com ~all\"\n")));
}

QTEST_GUILESS_MAIN(tst_DnsExporters)
#include "tst_dnsexporters.moc"
