#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/DkimPublicKey.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/IdentityTypes.h"

using Ses::DnsRecord;
using Ses::DnsRecordSet;

namespace
{

const QStringList Tokens{QStringLiteral("hirjd4exampled5477y22yd23ettobi"),
    QStringLiteral("v3rnz522czcl46quexamplek3efo5o6x"),
    QStringLiteral("y4examplexbhyhnsjcmtvzotfvqjmdqoj")};

QString describe(const DnsRecord &r)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(r.typeName(), r.name, r.presentationValue())
        .arg(int(r.purpose))
        .arg(int(r.requirement))
        .arg(int(r.status));
}

QString row(DnsRecord::Purpose purpose,
    const QString &type,
    const QString &name,
    const QString &value,
    DnsRecord::Requirement requirement,
    DnsRecord::Status status)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(type, name, value)
        .arg(int(purpose))
        .arg(int(requirement))
        .arg(int(status));
}

} // namespace

/// Records derived from GetEmailIdentity answers, exactly as the guide gives them.
class tst_DnsRecordSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void derive_data();
    void derive();
    void byoDkimWithGeneratedKey();
    void byoDkimWithoutKeyIsIncomplete();
    void idnNamesAreAsciiWithUnicodeForDisplay();
    void optionalRecordsFilter();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_publicKey; ///< `openssl rsa -pubout` of a generated 2048-bit key, lines joined.
    QByteArray m_privatePem;
};

void tst_DnsRecordSet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString key = m_dir.filePath(QStringLiteral("private.key"));
    // The guide's own commands (L9150-9175).
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                 {QStringLiteral("genrsa"), QStringLiteral("-out"), key, QStringLiteral("2048")}),
        0);
    QProcess pub;
    pub.start(QStringLiteral("openssl"),
        {QStringLiteral("rsa"),
            QStringLiteral("-in"),
            key,
            QStringLiteral("-outform"),
            QStringLiteral("PEM"),
            QStringLiteral("-pubout")});
    QVERIFY(pub.waitForFinished());
    QCOMPARE(pub.exitCode(), 0);
    QStringList lines = QString::fromLatin1(pub.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    lines.removeFirst(); // -----BEGIN PUBLIC KEY-----
    lines.removeLast(); // -----END PUBLIC KEY-----
    m_publicKey = lines.join(QString());
    QFile f(key);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_privatePem = f.readAll();
}

void tst_DnsRecordSet::derive_data()
{
    QTest::addColumn<QString>("identityName");
    QTest::addColumn<QString>("identityType");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("signingHostedZone");
    QTest::addColumn<QString>("dkimStatus");
    QTest::addColumn<QString>("mailFromDomain");
    QTest::addColumn<QString>("mailFromStatus");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("dmarcRua");
    QTest::addColumn<QStringList>("expected");

    using P = DnsRecord::Purpose;
    using R = DnsRecord::Requirement;
    using S = DnsRecord::Status;
    const QString domain = QStringLiteral("example.com");
    auto dkim = [&](const QString &zone, S status) {
        QStringList out;
        for (const QString &t : Tokens)
            out << row(P::EasyDkim,
                QStringLiteral("CNAME"),
                t + QStringLiteral("._domainkey.example.com"),
                t + QLatin1Char('.') + zone,
                R::Required,
                status);
        return out;
    };
    const QString dmarc = row(P::Dmarc,
        QStringLiteral("TXT"),
        QStringLiteral("_dmarc.example.com"),
        QStringLiteral("\"v=DMARC1; p=none\""),
        R::Recommended,
        S::NotApplicable);
    auto inbound = [&](const QString &region) {
        return row(P::InboundMx,
            QStringLiteral("MX"),
            domain,
            QStringLiteral("10 inbound-smtp.%1.amazonaws.com").arg(region),
            R::Optional,
            S::NotApplicable);
    };

    // The guide's example (L9489-9507) in a receiving region.
    QTest::newRow("easy dkim, us-east-1")
        << domain << QStringLiteral("DOMAIN") << Tokens << QStringLiteral("dkim.amazonses.com")
        << QStringLiteral("PENDING") << QString() << QString() << QStringLiteral("us-east-1") << QString()
        << (dkim(QStringLiteral("dkim.amazonses.com"), S::Pending) << dmarc << inbound(QStringLiteral("us-east-1")));

    // The target comes from SigningHostedZone, not from the region: a zone the table does not
    // use for this region proves it.
    QTest::newRow("easy dkim, non-default SigningHostedZone")
        << domain << QStringLiteral("DOMAIN") << Tokens << QStringLiteral("DKIM.Eu-South-1.amazonses.com.")
        << QStringLiteral("SUCCESS") << QString() << QString() << QStringLiteral("ap-northeast-2") << QString()
        << (dkim(QStringLiteral("dkim.eu-south-1.amazonses.com"), S::Success) << dmarc);

    QTest::newRow("easy dkim, no SigningHostedZone: region's domain")
        << domain << QStringLiteral("DOMAIN") << Tokens << QString() << QStringLiteral("TEMPORARY_FAILURE") << QString()
        << QString() << QStringLiteral("ap-northeast-3") << QString()
        << (dkim(QStringLiteral("dkim.ap-northeast-3.amazonses.com"), S::TemporaryFailure) << dmarc);

    const QString mx = row(P::MailFromMx,
        QStringLiteral("MX"),
        QStringLiteral("mail.example.com"),
        QStringLiteral("10 feedback-smtp.eu-west-1.amazonses.com"),
        R::Required,
        S::Failed);
    const QString spf = row(P::MailFromSpf,
        QStringLiteral("TXT"),
        QStringLiteral("mail.example.com"),
        QStringLiteral("\"v=spf1 include:amazonses.com ~all\""),
        R::Required,
        S::Failed);
    QTest::newRow("mail from, receiving region, DMARC rua")
        << domain << QStringLiteral("DOMAIN") << Tokens << QStringLiteral("dkim.amazonses.com")
        << QStringLiteral("SUCCESS") << QStringLiteral("mail.example.com") << QStringLiteral("FAILED")
        << QStringLiteral("eu-west-1") << QStringLiteral("mailto:dmarc-reports@example.com")
        << (dkim(QStringLiteral("dkim.amazonses.com"), S::Success)
               << mx << spf
               << row(P::Dmarc,
                      QStringLiteral("TXT"),
                      QStringLiteral("_dmarc.example.com"),
                      QStringLiteral("\"v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com\""),
                      R::Recommended,
                      S::NotApplicable)
               << inbound(QStringLiteral("eu-west-1")));

    QTest::newRow("non-receiving region: no inbound MX")
        << domain << QStringLiteral("DOMAIN") << Tokens << QStringLiteral("dkim.amazonses.com")
        << QStringLiteral("NOT_STARTED") << QStringLiteral("bounce.example.com") << QStringLiteral("PENDING")
        << QStringLiteral("ap-northeast-2") << QString()
        << (dkim(QStringLiteral("dkim.amazonses.com"), S::NotStarted)
               << row(P::MailFromMx,
                      QStringLiteral("MX"),
                      QStringLiteral("bounce.example.com"),
                      QStringLiteral("10 feedback-smtp.ap-northeast-2.amazonses.com"),
                      R::Required,
                      S::Pending)
               << row(P::MailFromSpf,
                      QStringLiteral("TXT"),
                      QStringLiteral("bounce.example.com"),
                      QStringLiteral("\"v=spf1 include:amazonses.com ~all\""),
                      R::Required,
                      S::Pending)
               << dmarc);

    QTest::newRow("email address: only its MAIL FROM records")
        << QStringLiteral("ops+alerts@example.com") << QStringLiteral("EMAIL_ADDRESS") << QStringList() << QString()
        << QString() << QStringLiteral("mail.example.com") << QStringLiteral("FAILED") << QStringLiteral("eu-west-1")
        << QString() << QStringList{mx, spf};

    QTest::newRow("email address without MAIL FROM: nothing")
        << QStringLiteral("someone@example.com") << QStringLiteral("EMAIL_ADDRESS") << QStringList() << QString()
        << QString() << QString() << QString() << QStringLiteral("us-east-1") << QString() << QStringList();

    QTest::newRow("unlisted region, zone from the identity")
        << domain << QStringLiteral("DOMAIN") << Tokens << QStringLiteral("dkim.ap-southeast-7.amazonses.com")
        << QStringLiteral("PENDING") << QStringLiteral("mail.example.com") << QStringLiteral("PENDING")
        << QStringLiteral("ap-southeast-7") << QString()
        << (dkim(QStringLiteral("dkim.ap-southeast-7.amazonses.com"), S::Pending)
               << row(P::MailFromMx,
                      QStringLiteral("MX"),
                      QStringLiteral("mail.example.com"),
                      QStringLiteral("10 feedback-smtp.ap-southeast-7.amazonses.com"),
                      R::Required,
                      S::Pending)
               << row(P::MailFromSpf,
                      QStringLiteral("TXT"),
                      QStringLiteral("mail.example.com"),
                      QStringLiteral("\"v=spf1 include:amazonses.com ~all\""),
                      R::Required,
                      S::Pending)
               << dmarc);
}

void tst_DnsRecordSet::derive()
{
    QFETCH(QString, identityName);
    QFETCH(QString, identityType);
    QFETCH(QStringList, tokens);
    QFETCH(QString, signingHostedZone);
    QFETCH(QString, dkimStatus);
    QFETCH(QString, mailFromDomain);
    QFETCH(QString, mailFromStatus);
    QFETCH(QString, region);
    QFETCH(QString, dmarcRua);
    QFETCH(QStringList, expected);

    Ses::EmailIdentity identity;
    identity.identityName = identityName;
    identity.identityType = identityType;
    identity.dkim.tokens = tokens;
    identity.dkim.signingHostedZone = signingHostedZone;
    identity.dkim.status = dkimStatus;
    identity.dkim.signingAttributesOrigin = tokens.isEmpty() ? QString() : QStringLiteral("AWS_SES");
    identity.mailFrom.mailFromDomain = mailFromDomain;
    identity.mailFrom.mailFromDomainStatus = mailFromStatus;

    DnsRecordSet::Options options;
    options.regionCode = region;
    options.dmarcReportAddress = dmarcRua;
    const auto set = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY2(set.ok(), set.isError() ? qPrintable(set.error().toString()) : "cancelled");
    QStringList actual;
    for (const DnsRecord &r : set->records()) {
        actual << describe(r);
        QVERIFY(r.isComplete());
        QCOMPARE(r.unicodeName, r.name);
        QCOMPARE(r.priority, r.type == DnsRecord::Type::MX ? 10 : 0);
    }
    QCOMPARE(actual, expected);
    QCOMPARE(set->region().code, region);
    QCOMPARE(set->domain(), QStringLiteral("example.com"));

    // Only the DKIM record without a zone from SES says it assumed the region's.
    for (const DnsRecord &r : set->records()) {
        if (r.purpose == DnsRecord::Purpose::EasyDkim)
            QCOMPARE(r.note.isEmpty(), !signingHostedZone.isEmpty());
    }
}

void tst_DnsRecordSet::byoDkimWithGeneratedKey()
{
    const Ses::DkimPublicKey key = Ses::DkimPublicKey::fromPrivateKey(m_privatePem);
    QVERIFY2(key.isValid(), qPrintable(key.errorString()));
    QCOMPARE(key.publicKeyBase64(), m_publicKey);

    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("example.com");
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.signingAttributesOrigin = QStringLiteral("EXTERNAL");
    identity.dkim.status = QStringLiteral("PENDING");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("eu-central-1");
    options.byoDkimSelector = QStringLiteral("Sel2024");
    options.byoDkimPublicKey = key.publicKeyBase64();
    options.includeInboundMx = false;
    const auto set = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY(set.ok());
    QCOMPARE(set->records().size(), 2);
    const DnsRecord &r = set->records().first();
    QCOMPARE(r.purpose, DnsRecord::Purpose::ByoDkim);
    QCOMPARE(r.type, DnsRecord::Type::TXT);
    QCOMPARE(r.name, QStringLiteral("sel2024._domainkey.example.com"));
    QCOMPARE(r.value, QStringLiteral("p=") + m_publicKey);
    // The guide prints the BYODKIM value without quotes (L9177-9217).
    QCOMPARE(r.presentationValue(), QStringLiteral("p=") + m_publicKey);
    QCOMPARE(r.status, DnsRecord::Status::Pending);
    QVERIFY(r.value.size() > 255); // why TXT splitting matters
    QCOMPARE(set->records().at(1).purpose, DnsRecord::Purpose::Dmarc);
}

void tst_DnsRecordSet::byoDkimWithoutKeyIsIncomplete()
{
    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("example.com");
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.signingAttributesOrigin = QStringLiteral("EXTERNAL");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("eu-central-1");
    options.byoDkimSelector = QStringLiteral("s1");
    const auto set = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY(set.ok());
    const DnsRecord &r = set->records().first();
    QCOMPARE(r.name, QStringLiteral("s1._domainkey.example.com"));
    QVERIFY(!r.isComplete());
    QVERIFY(!r.note.isEmpty());
    QVERIFY(!set->needsByoDkimSelector());

    // Without a selector the record cannot be named; the caller is told to ask for it.
    options.byoDkimSelector.clear();
    const auto unnamed = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY(unnamed.ok());
    QVERIFY(unnamed->needsByoDkimSelector());
    QCOMPARE(unnamed->records().first().purpose, DnsRecord::Purpose::Dmarc);
}

void tst_DnsRecordSet::idnNamesAreAsciiWithUnicodeForDisplay()
{
    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("예시.한국");
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.tokens = Tokens;
    identity.dkim.signingHostedZone = QStringLiteral("dkim.amazonses.com");
    identity.mailFrom.mailFromDomain = QStringLiteral("메일.예시.한국");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("ap-northeast-2");
    options.dmarcReportAddress = QStringLiteral("dmarc@bücher.example");
    const auto set = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY2(set.ok(), set.isError() ? qPrintable(set.error().toString()) : "");
    QCOMPARE(set->domain(), QStringLiteral("xn--vv4b11d.xn--3e0b707e"));
    QCOMPARE(set->unicodeDomain(), QStringLiteral("예시.한국"));
    const QList<DnsRecord> records = set->records();
    QCOMPARE(records.size(), 6);
    QCOMPARE(records.at(0).name, Tokens.at(0) + QStringLiteral("._domainkey.xn--vv4b11d.xn--3e0b707e"));
    QCOMPARE(records.at(0).unicodeName, Tokens.at(0) + QStringLiteral("._domainkey.예시.한국"));
    QVERIFY(records.at(3).name.startsWith(QLatin1String("xn--")));
    QVERIFY(records.at(3).name.endsWith(QLatin1String(".xn--vv4b11d.xn--3e0b707e")));
    QCOMPARE(records.at(3).unicodeName, QStringLiteral("메일.예시.한국"));
    QCOMPARE(records.at(5).name, QStringLiteral("_dmarc.xn--vv4b11d.xn--3e0b707e"));
    QCOMPARE(records.at(5).value, QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@xn--bcher-kva.example"));
    for (const DnsRecord &r : records) {
        for (QChar c : r.name)
            QVERIFY2(c.unicode() < 0x80, qPrintable(r.name));
    }

    // A name given in punycode is shown decoded.
    identity.identityName = QStringLiteral("XN--BCHER-KVA.example.");
    identity.mailFrom.mailFromDomain.clear();
    const auto ascii = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY(ascii.ok());
    QCOMPARE(ascii->domain(), QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(ascii->unicodeDomain(), QStringLiteral("bücher.example"));
}

void tst_DnsRecordSet::optionalRecordsFilter()
{
    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("example.com");
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.tokens = Tokens;
    identity.dkim.signingHostedZone = QStringLiteral("dkim.amazonses.com");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("us-west-2");
    const auto set = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY(set.ok());
    QCOMPARE(set->records().size(), 5);
    QCOMPARE(set->records(true).size(), 5);
    QCOMPARE(set->records(false).size(), 4);

    options.includeDmarc = false;
    options.includeInboundMx = false;
    const auto bare = DnsRecordSet::fromIdentity(identity, options);
    QCOMPARE(bare->records().size(), 3);
}

void tst_DnsRecordSet::errors_data()
{
    QTest::addColumn<QString>("identityName");
    QTest::addColumn<QString>("mailFrom");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("rua");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("code");

    const QString ok = QStringLiteral("example.com");
    QTest::newRow("region") << ok << QString() << QStringLiteral("Ireland") << QString() << Tokens
                            << QStringLiteral("InvalidRegion");
    QTest::newRow("empty region") << ok << QString() << QString() << QString() << Tokens
                                  << QStringLiteral("InvalidRegion");
    QTest::newRow("domain with space") << QStringLiteral("exa mple.com") << QString() << QStringLiteral("us-east-1")
                                       << QString() << Tokens << QStringLiteral("InvalidDomain");
    QTest::newRow("empty label") << QStringLiteral("example..com") << QString() << QStringLiteral("us-east-1")
                                 << QString() << Tokens << QStringLiteral("InvalidDomain");
    QTest::newRow("label over 63") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << QString()
                                   << QStringLiteral("us-east-1") << QString() << Tokens
                                   << QStringLiteral("InvalidDomain");
    QTest::newRow("mail from") << ok << QStringLiteral("mail..example.com") << QStringLiteral("us-east-1") << QString()
                               << Tokens << QStringLiteral("InvalidMailFromDomain");
    QTest::newRow("rua without @") << ok << QString() << QStringLiteral("us-east-1")
                                   << QStringLiteral("reports.example.com") << Tokens
                                   << QStringLiteral("InvalidDmarcReportAddress");
    QTest::newRow("rua with comma") << ok << QString() << QStringLiteral("us-east-1")
                                    << QStringLiteral("a,b@example.com") << Tokens
                                    << QStringLiteral("InvalidDmarcReportAddress");
    QTest::newRow("token") << ok << QString() << QStringLiteral("us-east-1") << QString()
                           << QStringList{QStringLiteral("bad token")} << QStringLiteral("InvalidDkimToken");
}

void tst_DnsRecordSet::errors()
{
    QFETCH(QString, identityName);
    QFETCH(QString, mailFrom);
    QFETCH(QString, region);
    QFETCH(QString, rua);
    QFETCH(QStringList, tokens);
    QFETCH(QString, code);

    Ses::EmailIdentity identity;
    identity.identityName = identityName;
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.tokens = tokens;
    identity.dkim.signingHostedZone = QStringLiteral("dkim.amazonses.com");
    identity.mailFrom.mailFromDomain = mailFrom;
    DnsRecordSet::Options options;
    options.regionCode = region;
    options.dmarcReportAddress = rua;
    const auto set = DnsRecordSet::fromIdentity(identity, options);
    QVERIFY(set.isError());
    QCOMPARE(set.error().code, code);
    QCOMPARE(set.error().kind, Aws::AwsError::Kind::Usage);
    QVERIFY(!set.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DnsRecordSet)
#include "tst_dnsrecordset.moc"
