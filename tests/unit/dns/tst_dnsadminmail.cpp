#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

#include "models/ses/DkimPublicKey.h"
#include "models/ses/DnsAdminMailBuilder.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/IdentityTypes.h"

using Ses::DnsAdminMailBuilder;
using Ses::DnsRecord;
using Ses::DnsRecordSet;

Q_DECLARE_METATYPE(DnsAdminMailBuilder::Completeness)

namespace
{

DnsRecordSet recordSet(const QString &domain, const QString &publicKey = QString())
{
    Ses::EmailIdentity identity;
    identity.identityName = domain;
    identity.identityType = QStringLiteral("DOMAIN");
    DnsRecordSet::Options options;
    options.regionCode = QStringLiteral("eu-west-1");
    if (publicKey.isEmpty()) {
        identity.dkim.tokens = QStringList{QStringLiteral("hirjd4exampled5477y22yd23ettobi"),
            QStringLiteral("v3rnz522czcl46quexamplek3efo5o6x"),
            QStringLiteral("y4examplexbhyhnsjcmtvzotfvqjmdqoj")};
        identity.dkim.signingHostedZone = QStringLiteral("dkim.amazonses.com");
    } else {
        identity.dkim.signingAttributesOrigin = QStringLiteral("EXTERNAL");
        options.byoDkimSelector = QStringLiteral("sel1");
        options.byoDkimPublicKey = publicKey;
    }
    identity.mailFrom.mailFromDomain = QStringLiteral("mail.") + domain;
    return DnsRecordSet::fromIdentity(identity, options).value();
}

/// Stands for a UI language: every message comes back marked, so untranslated text shows.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        contexts.insert(QString::fromLatin1(context));
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
    bool isEmpty() const override
    {
        return false;
    }
    mutable QSet<QString> contexts;
};

} // namespace

/// The "send to DNS admin" mail: its text, its language and its mailto: link.
class tst_DnsAdminMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyHoldsEveryRecordAndTheInstructions();
    void idnDomainIsShownBothWays();
    void writtenInTheUiLanguage();
    void writtenWithAnotherTranslator();
    void mailtoUrl_data();
    void mailtoUrl();
};

void tst_DnsAdminMail::bodyHoldsEveryRecordAndTheInstructions()
{
    const DnsRecordSet set = recordSet(QStringLiteral("example.com"));
    const DnsAdminMailBuilder builder;
    QCOMPARE(builder.subject(set), QStringLiteral("DNS records for example.com (Amazon SES)"));
    const QString body = builder.body(set);
    for (const DnsRecord &r : set.records()) {
        QVERIFY2(body.contains(QStringLiteral("Name: ") + r.name), qPrintable(r.name));
        QVERIFY(body.contains(QStringLiteral("Type: ") + r.typeName()));
        QVERIFY(body.contains(r.type == DnsRecord::Type::MX ? r.value : r.presentationValue()));
    }
    QVERIFY(body.contains(QLatin1String("Priority: 10")));
    QVERIFY(body.contains(QLatin1String("eu-west-1")));
    QVERIFY(body.contains(QLatin1String("Europe (Ireland)")));
    // The instructions against the usual mistakes.
    QVERIFY(body.contains(QLatin1String("end the name with a dot")));
    QVERIFY(body.contains(QLatin1String("exactly one MX record")));
    QVERIFY(body.contains(QLatin1String("_domainkey")));
    QVERIFY(body.contains(QLatin1String("quotation marks")));
    QVERIFY(body.contains(QLatin1String("optional")));
    QVERIFY(body.contains(QLatin1String("mail.example.com MX 10 feedback-smtp.eu-west-1.amazonses.com\n")));
    // No long-TXT advice where no TXT is long.
    QVERIFY(!body.contains(QLatin1String("255")));

    const QString compact = builder.compactBody(set);
    QVERIFY(compact.size() < body.size());
    for (const DnsRecord &r : set.records())
        QVERIFY(compact.contains(r.name + QLatin1Char(' ') + r.typeName() + QLatin1Char(' ') + r.presentationValue()));
}

void tst_DnsAdminMail::idnDomainIsShownBothWays()
{
    const DnsRecordSet set = recordSet(QStringLiteral("bücher.example"));
    const DnsAdminMailBuilder builder;
    QVERIFY(builder.subject(set).contains(QStringLiteral("bücher.example")));
    const QString body = builder.body(set);
    QVERIFY(body.contains(QLatin1String("Name: _dmarc.xn--bcher-kva.example")));
    QVERIFY(body.contains(QStringLiteral("Name (Unicode): _dmarc.bücher.example")));
}

void tst_DnsAdminMail::writtenInTheUiLanguage()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const DnsRecordSet set = recordSet(QStringLiteral("example.com"));
    const DnsAdminMailBuilder builder;
    const QString subject = builder.subject(set);
    const QString body = builder.body(set);
    QCoreApplication::removeTranslator(&translator);

    QVERIFY(subject.startsWith(QStringLiteral("«DNS records for")));
    QVERIFY(body.startsWith(QStringLiteral("«Hello,»")));
    QVERIFY(body.contains(QStringLiteral("«DKIM (Easy DKIM)»")));
    QVERIFY(body.contains(QStringLiteral("«Name:»")));
    QVERIFY(body.contains(QStringLiteral("«Thank you!»")));
    QVERIFY(translator.contexts.contains(QStringLiteral("Ses::DnsAdminMailBuilder")));
    QVERIFY(translator.contexts.contains(QStringLiteral("Ses::DnsRecord")));
    // Every line of prose went through the translator; only record data is left as it is.
    for (const QString &line : body.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const bool data = line.contains(QLatin1String("._domainkey.")) || line.contains(QLatin1String(" MX "))
            || line.contains(QLatin1String(" TXT ")) || line.contains(QLatin1String(" CNAME "));
        QVERIFY2(data || line.contains(QStringLiteral("«")), qPrintable(line));
    }
}

void tst_DnsAdminMail::writtenWithAnotherTranslator()
{
    QStringList contexts;
    const DnsAdminMailBuilder builder([&](const char *context, const char *source, const char *, int) {
        contexts << QString::fromLatin1(context);
        return QStringLiteral("[de] ") + QString::fromUtf8(source);
    });
    const DnsRecordSet set = recordSet(QStringLiteral("example.com"));
    QVERIFY(builder.subject(set).startsWith(QLatin1String("[de] DNS records for example.com")));
    QVERIFY(builder.body(set).contains(QLatin1String("[de] Please note:")));
    QVERIFY(builder.compactBody(set).startsWith(QLatin1String("[de] ")));
    contexts.removeDuplicates();
    contexts.sort();
    QCOMPARE(contexts, (QStringList{QStringLiteral("Ses::DnsAdminMailBuilder"), QStringLiteral("Ses::DnsRecord")}));
}

void tst_DnsAdminMail::mailtoUrl_data()
{
    QTest::addColumn<int>("maximum");
    QTest::addColumn<DnsAdminMailBuilder::Completeness>("completeness");
    QTest::newRow("fits") << 20000 << DnsAdminMailBuilder::Completeness::Full;
    QTest::newRow("compact") << 2000 << DnsAdminMailBuilder::Completeness::Compact;
    QTest::newRow("too long for anything") << 600 << DnsAdminMailBuilder::Completeness::RecordsMissing;
}

void tst_DnsAdminMail::mailtoUrl()
{
    QFETCH(int, maximum);
    QFETCH(DnsAdminMailBuilder::Completeness, completeness);

    const DnsRecordSet set = recordSet(QStringLiteral("bücher.example"));
    const DnsAdminMailBuilder builder;
    DnsAdminMailBuilder::Completeness actual = DnsAdminMailBuilder::Completeness::Full;
    const QUrl url = builder.mailtoUrl(set, QStringLiteral("dns+admin@example.com"), maximum, &actual);
    QCOMPARE(actual, completeness);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.size() <= maximum, QByteArray::number(encoded.size()).constData());
    QVERIFY(encoded.startsWith("mailto:dns%2Badmin@example.com?subject="));
    QVERIFY(!encoded.contains(' '));
    QVERIFY(!encoded.contains('\n'));

    QCOMPARE(url.path(), QStringLiteral("dns+admin@example.com"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), builder.subject(set));
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    QVERIFY(!body.contains(QRegularExpression(QStringLiteral("[^\\r]\\n")))); // RFC 6068: CRLF
    QString expected;
    switch (completeness) {
    case DnsAdminMailBuilder::Completeness::Full:
        expected = builder.body(set);
        break;
    case DnsAdminMailBuilder::Completeness::Compact:
        expected = builder.compactBody(set);
        break;
    case DnsAdminMailBuilder::Completeness::RecordsMissing:
        QVERIFY(body.contains(QLatin1String("clipboard")));
        return;
    }
    QCOMPARE(body, QString(expected).replace(QLatin1Char('\n'), QStringLiteral("\r\n")));

    // & = + and non-ASCII in the text survive encoding.
    const QByteArray raw
        = DnsAdminMailBuilder::encodeMailto(QString(), QStringLiteral("a&b=c+d 한"), QStringLiteral("x"));
    QVERIFY(raw.startsWith("mailto:?subject=a%26b%3Dc%2Bd%20%ED%95%9C&body=x"));
}

QTEST_GUILESS_MAIN(tst_DnsAdminMail)
#include "tst_dnsadminmail.moc"
