#include <QDnsLookup>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/DkimPublicKey.h"
#include "models/ses/DnsChecker.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/IdentityTypes.h"

#include "tests/support/LoopbackDnsServer.h"

using Ses::DnsChecker;
using Ses::DnsCheckResult;
using Ses::DnsRecord;
using Ses::DnsRecordSet;
using Mistake = DnsCheckResult::Mistake;
using State = DnsCheckResult::State;

Q_DECLARE_METATYPE(State)

namespace
{

// Qt 6.4's QDnsLookup asks port 53 only, so the server gets an address of its own on loopback.
const QHostAddress ServerAddress(QString::fromLatin1(TestSupport::LoopbackDnsServer::DefaultAddress));

const QStringList Tokens{QStringLiteral("t1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    QStringLiteral("t2bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
    QStringLiteral("t3cccccccccccccccccccccccccccccc")};

QString dkimName(int i, const QString &domain = QStringLiteral("example.com"))
{
    return Tokens.at(i) + QStringLiteral("._domainkey.") + domain;
}

} // namespace

/// DnsChecker against a real DNS server (dnsmasq on loopback) holding right, missing, wrong and
/// mistyped records.
class tst_DnsChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void check_data();
    void check();
    void cancel();
    void recheckSeesTheFix();
    void serverUnreachable();

private:
    DnsRecordSet comSet() const;
    DnsRecordSet netSet() const;
    QList<DnsCheckResult> runCheck(const DnsRecordSet &set, DnsChecker *checker = nullptr);
    QStringList comRecords(bool fixed) const;

    TestSupport::LoopbackDnsServer m_server;
    QString m_publicKey;
};

void tst_DnsChecker::initTestCase()
{
    const QString unavailable = TestSupport::LoopbackDnsServer::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("k.pem"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                 {QStringLiteral("genrsa"), QStringLiteral("-out"), key, QStringLiteral("2048")}),
        0);
    QFile f(key);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_publicKey = Ses::DkimPublicKey::fromPrivateKey(f.readAll()).publicKeyBase64();
    QVERIFY(!m_publicKey.isEmpty());

    QVERIFY2(m_server.start({QStringLiteral("example.com"), QStringLiteral("example.net")}, comRecords(false)),
        qPrintable(m_server.errorString()));
}

void tst_DnsChecker::cleanupTestCase()
{
    m_server.stop();
}

QStringList tst_DnsChecker::comRecords(bool fixed) const
{
    const QString dkimValue = QStringLiteral("p=") + m_publicKey;
    return {
        // example.com, eu-west-1: Easy DKIM and MAIL FROM.
        QStringLiteral("--cname=%1,%2.dkim.amazonses.com").arg(dkimName(0), Tokens.at(0)), // right
        QStringLiteral("--cname=%1.example.com,%2.dkim.amazonses.com").arg(dkimName(1), Tokens.at(1)), // doubled
        fixed ? QStringLiteral("--cname=%1,%2.dkim.amazonses.com").arg(dkimName(2), Tokens.at(2))
              : QStringLiteral("--cname=%1,%2.dkim.eu-south-1.amazonses.com").arg(dkimName(2), Tokens.at(2)), // wrong
        QStringLiteral("--mx-host=mail.example.com,feedback-smtp.eu-west-1.amazonses.com,10"),
        QStringLiteral("--mx-host=mail.example.com,mx.example.net,20"), // a second MX
        QStringLiteral("--txt-record=mail.example.com,v=spf1 include:amazonses.com ~all"), // right
        // (no DMARC, no inbound MX: missing)

        // example.net, us-east-1: BYODKIM and MAIL FROM. dnsmasq takes each comma-separated
        // part as one string and keeps quote characters as text.
        QStringLiteral("--txt-record=sel1._domainkey.example.net,%1,%2").arg(dkimValue.left(255), dkimValue.mid(255)),
        QStringLiteral("--mx-host=bounce.example.net,feedback-smtp.us-east-1.amazonses.com,10"),
        QStringLiteral("--txt-record=bounce.example.net,v=spf1,include:amazonses.com,~all"), // split wrongly
        QStringLiteral("--txt-record=_dmarc.example.net,\"v=DMARC1; p=none\""), // literal quotes
        QStringLiteral("--mx-host=example.net,mx.example.org,10"), // mail goes elsewhere
    };
}

DnsRecordSet tst_DnsChecker::comSet() const
{
    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("example.com");
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.tokens = Tokens;
    identity.dkim.signingHostedZone = QStringLiteral("dkim.amazonses.com");
    identity.dkim.signingAttributesOrigin = QStringLiteral("AWS_SES");
    identity.mailFrom.mailFromDomain = QStringLiteral("mail.example.com");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("eu-west-1");
    return DnsRecordSet::fromIdentity(identity, options).value();
}

DnsRecordSet tst_DnsChecker::netSet() const
{
    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("example.net");
    identity.identityType = QStringLiteral("DOMAIN");
    identity.dkim.signingAttributesOrigin = QStringLiteral("EXTERNAL");
    identity.mailFrom.mailFromDomain = QStringLiteral("bounce.example.net");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("us-east-1");
    options.byoDkimSelector = QStringLiteral("sel1");
    options.byoDkimPublicKey = m_publicKey;
    return DnsRecordSet::fromIdentity(identity, options).value();
}

QList<DnsCheckResult> tst_DnsChecker::runCheck(const DnsRecordSet &set, DnsChecker *given)
{
    DnsChecker own;
    DnsChecker *checker = given ? given : &own;
    checker->setNameserver(ServerAddress);
    QSignalSpy checked(checker, &DnsChecker::recordChecked);
    QSignalSpy finished(checker, &DnsChecker::finished);
    QSignalSpy progress(checker, &DnsChecker::progress);
    checker->start(set);
    if (!finished.wait(60000))
        return {};
    if (checked.size() != set.records().size() || checker->isRunning())
        return {};
    // Progress ends at "all done".
    const QList<QVariant> last = progress.last();
    if (last.at(0).toInt() != last.at(1).toInt() || last.at(1).toInt() == 0)
        return {};
    return checker->results();
}

void tst_DnsChecker::check_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("index");
    QTest::addColumn<State>("state");
    QTest::addColumn<QList<int>>("expectedMistakes");

    auto m = [](std::initializer_list<Mistake> list) {
        QList<int> out;
        for (Mistake x : list)
            out << int(x);
        return out;
    };
    const QString com = QStringLiteral("com");
    const QString net = QStringLiteral("net");
    QTest::newRow("dkim 1 right") << com << 0 << State::Correct << m({});
    QTest::newRow("dkim 2 domain appended twice") << com << 1 << State::Missing << m({Mistake::DomainAppendedTwice});
    QTest::newRow("dkim 3 wrong region's zone") << com << 2 << State::Different << m({Mistake::DkimWrongRegionZone});
    QTest::newRow("mail from: two MX") << com << 3 << State::Different << m({Mistake::MultipleMx});
    QTest::newRow("mail from SPF right") << com << 4 << State::Correct << m({});
    QTest::newRow("dmarc missing") << com << 5 << State::Missing << m({});
    QTest::newRow("inbound MX missing") << com << 6 << State::Missing << m({});
    QTest::newRow("byodkim 2048-bit key right") << net << 0 << State::Correct << m({});
    QTest::newRow("mail from MX right") << net << 1 << State::Correct << m({});
    QTest::newRow("SPF split into strings") << net << 2 << State::Different << m({Mistake::TxtSplitIntoStrings});
    QTest::newRow("dmarc with literal quotes") << net << 3 << State::Different << m({Mistake::TxtLiteralQuotes});
    QTest::newRow("inbound MX elsewhere") << net << 4 << State::Different << m({Mistake::DifferentValue});
}

void tst_DnsChecker::check()
{
    QFETCH(QString, set);
    QFETCH(int, index);
    QFETCH(State, state);
    QFETCH(QList<int>, expectedMistakes);

    const DnsRecordSet records = set == QLatin1String("com") ? comSet() : netSet();
    QCOMPARE(records.records().size(), set == QLatin1String("com") ? 7 : 5);
    const QList<DnsCheckResult> results = runCheck(records);
    QCOMPARE(results.size(), records.records().size());
    const DnsCheckResult &r = results.at(index);
    QList<int> actual;
    for (const auto &f : r.findings)
        actual << int(f.mistake);
    QVERIFY2(r.state == state && actual == expectedMistakes, qPrintable(r.name + QLatin1Char('\n') + r.explanation()));
    QCOMPARE(r.name, records.records().at(index).name);

    // What was found is shown beside what is expected.
    if (r.hasMistake(Mistake::DomainAppendedTwice))
        QCOMPARE(r.found,
            QStringList{dkimName(1) + QStringLiteral(".example.com CNAME ") + Tokens.at(1)
                + QStringLiteral(".dkim.amazonses.com")});
    if (r.hasMistake(Mistake::DkimWrongRegionZone))
        QCOMPARE(r.found, QStringList{Tokens.at(2) + QStringLiteral(".dkim.eu-south-1.amazonses.com")});
    if (r.hasMistake(Mistake::MultipleMx)) {
        QCOMPARE(r.found.size(), 2);
        QVERIFY(r.found.contains(QStringLiteral("10 feedback-smtp.eu-west-1.amazonses.com")));
        QVERIFY(r.found.contains(QStringLiteral("20 mx.example.net")));
    }
    if (r.hasMistake(Mistake::TxtSplitIntoStrings))
        QCOMPARE(r.found, QStringList{QStringLiteral("\"v=spf1\" \"include:amazonses.com\" \"~all\"")});
    if (r.hasMistake(Mistake::TxtLiteralQuotes))
        QCOMPARE(r.found, QStringList{QStringLiteral("\"\\\"v=DMARC1; p=none\\\"\"")});
}

void tst_DnsChecker::cancel()
{
    DnsChecker checker;
    checker.setNameserver(ServerAddress);
    QSignalSpy checked(&checker, &DnsChecker::recordChecked);
    QSignalSpy finished(&checker, &DnsChecker::finished);
    QSignalSpy cancelled(&checker, &DnsChecker::cancelled);
    checker.start(comSet());
    QVERIFY(checker.isRunning());
    checker.cancel();
    QVERIFY(!checker.isRunning());
    QCOMPARE(cancelled.size(), 1);
    QTest::qWait(500); // answers that were in flight arrive, and must be dropped
    QCOMPARE(checked.size(), 0);
    QCOMPARE(finished.size(), 0);
    for (const DnsCheckResult &r : checker.results())
        QCOMPARE(r.state, State::NotChecked);

    // The same checker works afterwards.
    const QList<DnsCheckResult> results = runCheck(comSet(), &checker);
    QCOMPARE(results.size(), 7);
    QCOMPARE(results.at(0).state, State::Correct);
}

void tst_DnsChecker::recheckSeesTheFix()
{
    DnsChecker checker;
    QList<DnsCheckResult> before = runCheck(comSet(), &checker);
    QCOMPARE(before.size(), 7);
    QCOMPARE(before.at(2).state, State::Different);

    // The admin fixes the wrong CNAME; "Re-check" asks again.
    QVERIFY2(m_server.restart(comRecords(true)), qPrintable(m_server.errorString()));
    QSignalSpy finished(&checker, &DnsChecker::finished);
    QSignalSpy started(&checker, &DnsChecker::started);
    checker.recheck();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toInt(), 7);
    QVERIFY(finished.wait(60000));
    const QList<DnsCheckResult> after = checker.results();
    QCOMPARE(after.at(2).state, State::Correct);
    QCOMPARE(after.at(0).state, State::Correct);
    QCOMPARE(after.at(1).state, State::Missing);

    QVERIFY2(m_server.restart(comRecords(false)), qPrintable(m_server.errorString()));
}

void tst_DnsChecker::serverUnreachable()
{
    // Nothing listens on this loopback address: every lookup fails, and says so.
    DnsChecker checker;
    checker.setNameserver(QHostAddress(QStringLiteral("127.0.0.154")));
    QSignalSpy finished(&checker, &DnsChecker::finished);
    checker.start(netSet());
    QVERIFY(finished.wait(120000));
    for (const DnsCheckResult &r : checker.results()) {
        QCOMPARE(r.state, State::LookupFailed);
        QVERIFY(!r.errorString.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_DnsChecker)
#include "tst_dnschecker.moc"
