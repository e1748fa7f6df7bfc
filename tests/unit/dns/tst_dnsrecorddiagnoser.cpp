#include <QTest>

#include "models/ses/DnsRecordDiagnoser.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/IdentityTypes.h"

using Ses::DnsCheckResult;
using Ses::DnsLookupAnswer;
using Ses::DnsRecord;
using Ses::DnsRecordDiagnoser;
using Ses::DnsRecordSet;
using QT = DnsLookupAnswer::QueryType;
using Mistake = DnsCheckResult::Mistake;
using State = DnsCheckResult::State;

Q_DECLARE_METATYPE(DnsLookupAnswer)
Q_DECLARE_METATYPE(DnsRecord::Purpose)
Q_DECLARE_METATYPE(State)

namespace
{

const QString Token = QStringLiteral("hirjd4exampled5477y22yd23ettobi");
const QString DkimName = Token + QStringLiteral("._domainkey.example.com");
const QString DkimTarget = Token + QStringLiteral(".dkim.amazonses.com");
const QString MailFrom = QStringLiteral("mail.example.com");
const QString Feedback = QStringLiteral("feedback-smtp.eu-west-1.amazonses.com");
const QString Dmarc = QStringLiteral("_dmarc.example.com");
const QString Selector = QStringLiteral("sel1._domainkey.example.com");
// Not a real key: the diagnosis compares text. 300 characters, so it needs two strings.
const QString Key = QStringLiteral("MIIB") + QString(296, QLatin1Char('Q'));

DnsLookupAnswer answer(
    const QString &name, QT type, DnsLookupAnswer::Outcome outcome = DnsLookupAnswer::Outcome::Records)
{
    DnsLookupAnswer a;
    a.name = name;
    a.type = type;
    a.outcome = outcome;
    return a;
}

DnsLookupAnswer nx(const QString &name, QT type)
{
    return answer(name, type, DnsLookupAnswer::Outcome::NxDomain);
}

DnsLookupAnswer noData(const QString &name, QT type)
{
    return answer(name, type, DnsLookupAnswer::Outcome::NoData);
}

DnsLookupAnswer cname(const QString &name, const QString &target, QT type = QT::CNAME)
{
    DnsLookupAnswer a = answer(name, type);
    a.cnames << DnsLookupAnswer::Cname{name, target};
    return a;
}

DnsLookupAnswer txt(const QString &name, const QList<QList<QByteArray>> &records)
{
    DnsLookupAnswer a = answer(name, QT::TXT);
    for (const auto &strings : records)
        a.txt << DnsLookupAnswer::Txt{name, strings};
    return a;
}

DnsLookupAnswer mx(const QString &name, const QList<QPair<int, QString>> &records)
{
    DnsLookupAnswer a = answer(name, QT::MX);
    for (const auto &r : records)
        a.mx << DnsLookupAnswer::Mx{name, r.first, r.second};
    return a;
}

QList<int> mistakes(std::initializer_list<Mistake> list)
{
    QList<int> out;
    for (Mistake m : list)
        out << int(m);
    return out;
}

QByteArray b(const QString &s)
{
    return s.toUtf8();
}

DnsRecord recordFor(DnsRecord::Purpose purpose, bool withKey)
{
    Ses::EmailIdentity identity;
    identity.identityName = QStringLiteral("example.com");
    identity.identityType = QStringLiteral("DOMAIN");
    identity.mailFrom.mailFromDomain = MailFrom;
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("eu-west-1");
    options.dmarcReportAddress = QStringLiteral("dmarc@example.com");
    if (purpose == DnsRecord::Purpose::ByoDkim) {
        identity.dkim.signingAttributesOrigin = QStringLiteral("EXTERNAL");
        options.byoDkimSelector = QStringLiteral("sel1");
        options.byoDkimPublicKey = withKey ? Key : QString();
    } else {
        identity.dkim.tokens = QStringList{Token};
        identity.dkim.signingHostedZone = QStringLiteral("dkim.amazonses.com");
    }
    const DnsRecordSet set = DnsRecordSet::fromIdentity(identity, options).value();
    for (const DnsRecord &r : set.records()) {
        if (r.purpose == purpose)
            return r;
    }
    return {};
}

} // namespace

/// The verdicts and the mistakes recognised, from DNS answers made up for each case.
class tst_DnsRecordDiagnoser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnose_data();
    void diagnose();
    void queries();
    void doubledNames();
    void messagesAreSpecific();
};

void tst_DnsRecordDiagnoser::diagnose_data()
{
    QTest::addColumn<DnsRecord::Purpose>("purpose");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QList<DnsLookupAnswer>>("answers");
    QTest::addColumn<State>("state");
    QTest::addColumn<QList<int>>("expectedMistakes");
    QTest::addColumn<bool>("hasNotes");

    using P = DnsRecord::Purpose;
    using L = QList<DnsLookupAnswer>;
    const QString doubledDkim = DkimName + QStringLiteral(".example.com");

    // ---- Easy DKIM CNAME ----
    QTest::newRow("dkim correct") << P::EasyDkim << true << L{cname(DkimName, DkimTarget)} << State::Correct
                                  << mistakes({}) << false;
    QTest::newRow("dkim correct, upper case with dot")
        << P::EasyDkim << true << L{cname(DkimName, DkimTarget.toUpper() + QLatin1Char('.'))} << State::Correct
        << mistakes({}) << false;
    QTest::newRow("dkim missing") << P::EasyDkim << true << L{nx(DkimName, QT::CNAME)} << State::Missing << mistakes({})
                                  << false;
    QTest::newRow("dkim domain appended twice")
        << P::EasyDkim << true << L{nx(DkimName, QT::CNAME), cname(doubledDkim, DkimTarget)} << State::Missing
        << mistakes({Mistake::DomainAppendedTwice}) << false;
    QTest::newRow("dkim into another region's zone")
        << P::EasyDkim << true << L{cname(DkimName, Token + QStringLiteral(".dkim.eu-south-1.amazonses.com"))}
        << State::Different << mistakes({Mistake::DkimWrongRegionZone}) << false;
    QTest::newRow("dkim value with the domain appended")
        << P::EasyDkim << true << L{cname(DkimName, DkimTarget + QStringLiteral(".example.com"))} << State::Different
        << mistakes({Mistake::DomainAppendedToValue}) << false;
    QTest::newRow("dkim elsewhere") << P::EasyDkim << true << L{cname(DkimName, QStringLiteral("other.example.net"))}
                                    << State::Different << mistakes({Mistake::DifferentValue}) << false;
    QTest::newRow("dkim as TXT") << P::EasyDkim << true
                                 << L{noData(DkimName, QT::CNAME), txt(DkimName, {{"v=DKIM1; k=rsa; p=MIIB"}})}
                                 << State::Different << mistakes({Mistake::WrongRecordType}) << false;
    {
        DnsLookupAnswer both = txt(DkimName, {{"some text"}});
        both.cnames << DnsLookupAnswer::Cname{DkimName, DkimTarget};
        QTest::newRow("dkim CNAME beside TXT")
            << P::EasyDkim << true << L{cname(DkimName, DkimTarget), both} << State::Different
            << mistakes({Mistake::CnameBesideOtherRecords}) << false;
    }
    {
        DnsLookupAnswer failed = answer(DkimName, QT::CNAME, DnsLookupAnswer::Outcome::Failed);
        failed.errorString = QStringLiteral("Server failure");
        QTest::newRow("dkim lookup failed")
            << P::EasyDkim << true << L{failed} << State::LookupFailed << mistakes({}) << false;
    }

    // ---- custom MAIL FROM SPF ----
    QTest::newRow("spf correct") << P::MailFromSpf << true << L{txt(MailFrom, {{"v=spf1 include:amazonses.com ~all"}})}
                                 << State::Correct << mistakes({}) << false;
    QTest::newRow("spf split into strings")
        << P::MailFromSpf << true << L{txt(MailFrom, {{"v=spf1", "include:amazonses.com", "~all"}})} << State::Different
        << mistakes({Mistake::TxtSplitIntoStrings}) << false;
    QTest::newRow("spf split correctly") << P::MailFromSpf << true
                                         << L{txt(MailFrom, {{"v=spf1 include:amazonses", ".com ~all"}})}
                                         << State::Correct << mistakes({}) << false;
    QTest::newRow("spf with literal quotes")
        << P::MailFromSpf << true << L{txt(MailFrom, {{"\"v=spf1 include:amazonses.com ~all\""}})} << State::Different
        << mistakes({Mistake::TxtLiteralQuotes}) << false;
    QTest::newRow("spf without amazonses")
        << P::MailFromSpf << true << L{txt(MailFrom, {{"v=spf1 include:_spf.google.com ~all"}})} << State::Different
        << mistakes({Mistake::SpfWithoutAmazonSes}) << false;
    QTest::newRow("spf with other mechanisms")
        << P::MailFromSpf << true << L{txt(MailFrom, {{"v=spf1 include:_spf.google.com include:amazonses.com -all"}})}
        << State::Correct << mistakes({}) << true;
    QTest::newRow("two spf records")
        << P::MailFromSpf << true
        << L{txt(MailFrom, {{"v=spf1 include:amazonses.com ~all"}, {"v=spf1 include:_spf.google.com ~all"}})}
        << State::Different << mistakes({Mistake::MultipleSpf}) << false;
    QTest::newRow("spf split into records")
        << P::MailFromSpf << true << L{txt(MailFrom, {{"include:amazonses.com ~all"}, {"v=spf1"}})} << State::Different
        << mistakes({Mistake::TxtSplitIntoRecords}) << false;
    {
        DnsLookupAnswer aliased = cname(MailFrom, QStringLiteral("bounce.example.net"), QT::TXT);
        aliased.txt << DnsLookupAnswer::Txt{
            QStringLiteral("bounce.example.net"), {"v=spf1 include:amazonses.com ~all"}};
        QTest::newRow("spf behind a CNAME") << P::MailFromSpf << true << L{aliased} << State::Different
                                            << mistakes({Mistake::CnameBesideOtherRecords}) << false;
    }
    QTest::newRow("only unrelated TXT") << P::MailFromSpf << true
                                        << L{txt(MailFrom, {{"google-site-verification=abc"}})} << State::Missing
                                        << mistakes({}) << true;
    QTest::newRow("spf domain appended twice")
        << P::MailFromSpf << true
        << L{nx(MailFrom, QT::TXT),
               txt(MailFrom + QStringLiteral(".example.com"), {{"v=spf1 include:amazonses.com ~all"}})}
        << State::Missing << mistakes({Mistake::DomainAppendedTwice}) << false;

    // ---- custom MAIL FROM MX ----
    QTest::newRow("mx correct") << P::MailFromMx << true << L{mx(MailFrom, {{10, Feedback}})} << State::Correct
                                << mistakes({}) << false;
    QTest::newRow("two mx") << P::MailFromMx << true
                            << L{mx(MailFrom, {{10, Feedback}, {20, QStringLiteral("mx.example.net")}})}
                            << State::Different << mistakes({Mistake::MultipleMx}) << false;
    QTest::newRow("mx of another region")
        << P::MailFromMx << true << L{mx(MailFrom, {{10, QStringLiteral("feedback-smtp.us-east-1.amazonses.com")}})}
        << State::Correct << mistakes({}) << true;
    QTest::newRow("mx priority 20") << P::MailFromMx << true << L{mx(MailFrom, {{20, Feedback + QLatin1Char('.')}})}
                                    << State::Correct << mistakes({}) << true;
    QTest::newRow("mx elsewhere") << P::MailFromMx << true << L{mx(MailFrom, {{10, QStringLiteral("mx.example.net")}})}
                                  << State::Different << mistakes({Mistake::DifferentValue}) << false;
    QTest::newRow("mx value with domain")
        << P::MailFromMx << true << L{mx(MailFrom, {{10, Feedback + QStringLiteral(".example.com")}})}
        << State::Different << mistakes({Mistake::DomainAppendedToValue}) << false;
    QTest::newRow("CNAME at the mail from domain")
        << P::MailFromMx << true << L{cname(MailFrom, QStringLiteral("bounce.example.net"), QT::MX)} << State::Different
        << mistakes({Mistake::CnameBesideOtherRecords}) << false;
    QTest::newRow("mx domain appended twice")
        << P::MailFromMx << true
        << L{noData(MailFrom, QT::MX), mx(MailFrom + QStringLiteral(".example.com"), {{10, Feedback}})}
        << State::Missing << mistakes({Mistake::DomainAppendedTwice}) << false;
    QTest::newRow("mx missing") << P::MailFromMx << true << L{noData(MailFrom, QT::MX)} << State::Missing
                                << mistakes({}) << false;

    // ---- DMARC ----
    QTest::newRow("dmarc as suggested") << P::Dmarc << true
                                        << L{txt(Dmarc, {{"v=DMARC1; p=none; rua=mailto:dmarc@example.com"}})}
                                        << State::Correct << mistakes({}) << false;
    QTest::newRow("dmarc stricter, split into strings")
        << P::Dmarc << true << L{txt(Dmarc, {{"v=DMARC1;p=reject;", "rua=mailto:x@example.org"}})} << State::Correct
        << mistakes({}) << true;
    QTest::newRow("dmarc missing") << P::Dmarc << true << L{nx(Dmarc, QT::TXT)} << State::Missing << mistakes({})
                                   << true;
    QTest::newRow("dmarc bad policy") << P::Dmarc << true << L{txt(Dmarc, {{"v=DMARC1; p=maybe"}})} << State::Different
                                      << mistakes({Mistake::DmarcMalformed}) << false;
    QTest::newRow("dmarc without version first") << P::Dmarc << true << L{txt(Dmarc, {{"p=none; v=DMARC1"}})}
                                                 << State::Different << mistakes({Mistake::DmarcMalformed}) << false;
    QTest::newRow("two dmarc") << P::Dmarc << true << L{txt(Dmarc, {{"v=DMARC1; p=none"}, {"v=DMARC1; p=reject"}})}
                               << State::Different << mistakes({Mistake::MultipleDmarc}) << false;
    QTest::newRow("dmarc quoted") << P::Dmarc << true << L{txt(Dmarc, {{"\"v=DMARC1; p=none\""}})} << State::Different
                                  << mistakes({Mistake::TxtLiteralQuotes}) << false;
    {
        DnsLookupAnswer delegated = cname(Dmarc, QStringLiteral("example.com.dmarc.service.example"), QT::TXT);
        delegated.txt << DnsLookupAnswer::Txt{
            QStringLiteral("example.com.dmarc.service.example"), {"v=DMARC1; p=quarantine"}};
        QTest::newRow("dmarc through a CNAME")
            << P::Dmarc << true << L{delegated} << State::Correct << mistakes({}) << true;
    }

    // ---- BYODKIM ----
    const QByteArray value = b(QStringLiteral("p=") + Key);
    QTest::newRow("byodkim correct, two strings")
        << P::ByoDkim << true << L{txt(Selector, {{value.left(255), value.mid(255)}})} << State::Correct << mistakes({})
        << false;
    QTest::newRow("byodkim with tags") << P::ByoDkim << true
                                       << L{txt(Selector, {{"v=DKIM1; k=rsa; " + value.left(200), value.mid(200)}})}
                                       << State::Correct << mistakes({}) << false;
    QTest::newRow("byodkim other key") << P::ByoDkim << true << L{txt(Selector, {{"p=MIIBother"}})} << State::Different
                                       << mistakes({Mistake::DifferentValue}) << false;
    QTest::newRow("byodkim split into records")
        << P::ByoDkim << true << L{txt(Selector, {{value.mid(200)}, {value.left(200)}})} << State::Different
        << mistakes({Mistake::TxtSplitIntoRecords}) << false;
    QTest::newRow("byodkim key unknown") << P::ByoDkim << false << L{txt(Selector, {{"p=MIIBwhatever"}})}
                                         << State::PresentUnverified << mistakes({}) << true;
    QTest::newRow("byodkim two keys") << P::ByoDkim << true
                                      << L{txt(Selector, {{value.left(250), value.mid(250)}, {"p=MIIBold"}})}
                                      << State::Different << mistakes({Mistake::MultipleDkimKeys}) << false;

    // ---- receiving MX ----
    const QString inbound = QStringLiteral("inbound-smtp.eu-west-1.amazonaws.com");
    QTest::newRow("inbound correct") << P::InboundMx << true << L{mx(QStringLiteral("example.com"), {{10, inbound}})}
                                     << State::Correct << mistakes({}) << false;
    QTest::newRow("inbound beside another MX")
        << P::InboundMx << true
        << L{mx(QStringLiteral("example.com"), {{5, QStringLiteral("mx.example.net")}, {10, inbound}})}
        << State::Correct << mistakes({}) << true;
    QTest::newRow("inbound elsewhere") << P::InboundMx << true
                                       << L{mx(QStringLiteral("example.com"), {{10, QStringLiteral("mx.example.net")}})}
                                       << State::Different << mistakes({Mistake::DifferentValue}) << false;
    QTest::newRow("inbound other region")
        << P::InboundMx << true
        << L{mx(QStringLiteral("example.com"), {{10, QStringLiteral("inbound-smtp.us-east-1.amazonaws.com")}})}
        << State::Different << mistakes({Mistake::DifferentValue}) << false;
    QTest::newRow("inbound missing") << P::InboundMx << true << L{noData(QStringLiteral("example.com"), QT::MX)}
                                     << State::Missing << mistakes({}) << false;
}

void tst_DnsRecordDiagnoser::diagnose()
{
    QFETCH(DnsRecord::Purpose, purpose);
    QFETCH(bool, withKey);
    QFETCH(QList<DnsLookupAnswer>, answers);
    QFETCH(State, state);
    QFETCH(QList<int>, expectedMistakes);
    QFETCH(bool, hasNotes);

    const DnsRecord record = recordFor(purpose, withKey);
    QCOMPARE(record.purpose, purpose);
    DnsRecordDiagnoser::Answers byKey;
    for (const DnsLookupAnswer &a : answers)
        byKey.insert(DnsRecordDiagnoser::answerKey(a.name, a.type), a);
    // What the checker would do: every query it asks gets an answer (NXDOMAIN unless given).
    auto answerRest = [&](const QList<DnsRecordDiagnoser::Query> &queries) {
        for (const auto &q : queries) {
            const QString key = DnsRecordDiagnoser::answerKey(q.name, q.type);
            if (!byKey.contains(key))
                byKey.insert(key, nx(q.name, q.type));
        }
    };
    answerRest(DnsRecordDiagnoser::primaryQueries(record));
    const auto followUps = DnsRecordDiagnoser::followUpQueries(record, QStringLiteral("example.com"), byKey);
    answerRest(followUps);
    // Follow-up queries are asked exactly when the record is not at its name.
    QCOMPARE(!followUps.isEmpty(), state == State::Missing);

    const DnsCheckResult result = DnsRecordDiagnoser::diagnose(record, QStringLiteral("example.com"), byKey);
    QList<int> actual;
    for (const auto &f : result.findings) {
        actual << int(f.mistake);
        QVERIFY(!f.message.isEmpty());
    }
    QCOMPARE(actual, expectedMistakes);
    QCOMPARE(result.state, state);
    QCOMPARE(!result.notes.isEmpty(), hasNotes);
    QCOMPARE(result.name, record.name);
    QCOMPARE(result.expected, record.isComplete() ? record.presentationValue() : QString());
    if (state == State::LookupFailed)
        QVERIFY(result.summary().contains(QLatin1String("Server failure")));
    if (state == State::Different || state == State::Correct || state == State::PresentUnverified)
        QVERIFY(!result.found.isEmpty());
    if (result.hasMistake(Mistake::DomainAppendedTwice))
        QVERIFY(result.found.first().startsWith(record.name + QStringLiteral(".example.com ")));
    QVERIFY(!result.explanation().isEmpty());
}

void tst_DnsRecordDiagnoser::queries()
{
    const DnsRecord dkim = recordFor(DnsRecord::Purpose::EasyDkim, true);
    const auto primary = DnsRecordDiagnoser::primaryQueries(dkim);
    QCOMPARE(primary.size(), 2);
    QCOMPARE(primary.at(0).type, QT::CNAME);
    QCOMPARE(primary.at(1).type, QT::TXT);
    const DnsRecord spf = recordFor(DnsRecord::Purpose::MailFromSpf, true);
    QCOMPARE(DnsRecordDiagnoser::primaryQueries(spf).size(), 1);
    QCOMPARE(DnsRecordDiagnoser::primaryQueries(recordFor(DnsRecord::Purpose::MailFromMx, true)).first().type, QT::MX);
}

void tst_DnsRecordDiagnoser::doubledNames()
{
    QCOMPARE(
        DnsRecordDiagnoser::doubledNames(QStringLiteral("x._domainkey.example.com"), QStringLiteral("example.com")),
        QStringList{QStringLiteral("x._domainkey.example.com.example.com")});
    // For a subdomain identity the provider's zone may be the parent.
    QCOMPARE(
        DnsRecordDiagnoser::doubledNames(QStringLiteral("mail.sub.example.com"), QStringLiteral("sub.example.com")),
        (QStringList{QStringLiteral("mail.sub.example.com.sub.example.com"),
            QStringLiteral("mail.sub.example.com.example.com")}));
}

void tst_DnsRecordDiagnoser::messagesAreSpecific()
{
    // The doubled-name message names the part to enter.
    const DnsRecord dkim = recordFor(DnsRecord::Purpose::EasyDkim, true);
    DnsRecordDiagnoser::Answers answers;
    for (const auto &q : DnsRecordDiagnoser::primaryQueries(dkim))
        answers.insert(DnsRecordDiagnoser::answerKey(q.name, q.type), nx(q.name, q.type));
    const QString doubled = DkimName + QStringLiteral(".example.com");
    answers.insert(DnsRecordDiagnoser::answerKey(doubled, QT::CNAME), cname(doubled, DkimTarget));
    const DnsCheckResult result = DnsRecordDiagnoser::diagnose(dkim, QStringLiteral("example.com"), answers);
    QVERIFY(result.findings.first().message.contains(doubled));
    QVERIFY(result.findings.first().message.contains(QStringLiteral("\"%1._domainkey\"").arg(Token)));

    // The wrong-region message names both zones and the region.
    answers.clear();
    answers.insert(DnsRecordDiagnoser::answerKey(DkimName, QT::CNAME),
        cname(DkimName, Token + QStringLiteral(".dkim.eu-south-1.amazonses.com")));
    const DnsCheckResult region = DnsRecordDiagnoser::diagnose(dkim, QStringLiteral("example.com"), answers);
    const QString message = region.findings.first().message;
    QVERIFY(message.contains(QLatin1String("dkim.eu-south-1.amazonses.com")));
    QVERIFY(message.contains(QLatin1String("Europe (Milan)")));
    QVERIFY(message.contains(DkimTarget));

    // The split-strings message shows how receivers read it.
    const DnsRecord spf = recordFor(DnsRecord::Purpose::MailFromSpf, true);
    answers.clear();
    answers.insert(
        DnsRecordDiagnoser::answerKey(MailFrom, QT::TXT), txt(MailFrom, {{"v=spf1", "include:amazonses.com", "~all"}}));
    const DnsCheckResult split = DnsRecordDiagnoser::diagnose(spf, QStringLiteral("example.com"), answers);
    QVERIFY(split.findings.first().message.contains(QLatin1String("v=spf1include:amazonses.com~all")));
    QVERIFY(split.findings.first().message.contains(QLatin1String("3 strings")));
    QCOMPARE(split.found, QStringList{QStringLiteral("\"v=spf1\" \"include:amazonses.com\" \"~all\"")});
}

QTEST_GUILESS_MAIN(tst_DnsRecordDiagnoser)
#include "tst_dnsrecorddiagnoser.moc"
