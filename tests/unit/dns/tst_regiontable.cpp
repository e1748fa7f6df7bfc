#include <QTest>

#include "models/ses/RegionTable.h"

using Ses::RegionTable;
using Ses::SesRegion;

/// The region table against the guide: feedback hosts (L239-293), receiving (L311-355), SMTP
/// availability (L2218-2221) and the region-specific DKIM domains (L9508-9511).
class tst_RegionTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRegion_data();
    void everyRegion();
    void guideCounts();
    void lookupIsCaseInsensitive();
    void unknownRegion_data();
    void unknownRegion();
    void hostLookups();
};

void tst_RegionTable::everyRegion_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("smtp");
    QTest::addColumn<bool>("receiving");
    QTest::addColumn<QString>("dkimDomain");

    const QString def = QStringLiteral("dkim.amazonses.com");
    auto row = [&](const char *code, const char *name, bool smtp, bool receiving, const QString &dkim) {
        QTest::newRow(code) << QString::fromLatin1(code) << QString::fromUtf8(name) << smtp << receiving << dkim;
    };
    row("us-east-2", "US East (Ohio)", true, true, def);
    row("us-east-1", "US East (N. Virginia)", true, true, def);
    row("us-west-1", "US West (N. California)", true, false, def);
    row("us-west-2", "US West (Oregon)", true, true, def);
    row("af-south-1", "Africa (Cape Town)", false, false, QStringLiteral("dkim.af-south-1.amazonses.com"));
    row("ap-southeast-3", "Asia Pacific (Jakarta)", false, true, QStringLiteral("dkim.ap-southeast-3.amazonses.com"));
    row("ap-south-1", "Asia Pacific (Mumbai)", true, false, def);
    row("ap-northeast-3", "Asia Pacific (Osaka)", true, false, QStringLiteral("dkim.ap-northeast-3.amazonses.com"));
    row("ap-northeast-2", "Asia Pacific (Seoul)", true, false, def);
    row("ap-southeast-1", "Asia Pacific (Singapore)", true, true, def);
    row("ap-southeast-2", "Asia Pacific (Sydney)", true, true, def);
    row("ap-northeast-1", "Asia Pacific (Tokyo)", true, true, def);
    row("ca-central-1", "Canada (Central)", true, true, def);
    row("eu-central-1", "Europe (Frankfurt)", true, true, def);
    row("eu-west-1", "Europe (Ireland)", true, true, def);
    row("eu-west-2", "Europe (London)", true, true, def);
    row("eu-south-1", "Europe (Milan)", false, false, QStringLiteral("dkim.eu-south-1.amazonses.com"));
    row("eu-west-3", "Europe (Paris)", true, false, def);
    row("eu-north-1", "Europe (Stockholm)", true, false, def);
    row("il-central-1", "Israel (Tel Aviv)", false, false, QStringLiteral("dkim.il-central-1.amazonses.com"));
    row("me-south-1", "Middle East (Bahrain)", false, false, def);
    row("sa-east-1", "South America (São Paulo)", true, false, def);
    row("us-gov-west-1", "AWS GovCloud (US)", true, false, def);
}

void tst_RegionTable::everyRegion()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(bool, smtp);
    QFETCH(bool, receiving);
    QFETCH(QString, dkimDomain);

    const std::optional<SesRegion> region = RegionTable::find(code);
    QVERIFY(region);
    QVERIFY(region->known);
    QCOMPARE(region->code, code);
    QCOMPARE(region->displayName(), name);
    QCOMPARE(region->apiEndpoint, QStringLiteral("email.%1.amazonaws.com").arg(code));
    QCOMPARE(region->feedbackSmtpEndpoint, QStringLiteral("feedback-smtp.%1.amazonses.com").arg(code));
    QCOMPARE(region->hasSmtp(), smtp);
    QCOMPARE(region->smtpEndpoint, smtp ? QStringLiteral("email-smtp.%1.amazonaws.com").arg(code) : QString());
    QCOMPARE(region->receivesMail(), receiving);
    // Receiving endpoints are under amazonaws.com, not amazonses.com (L311-350).
    QCOMPARE(
        region->inboundSmtpEndpoint, receiving ? QStringLiteral("inbound-smtp.%1.amazonaws.com").arg(code) : QString());
    QCOMPARE(region->dkimDomain, dkimDomain);
}

void tst_RegionTable::guideCounts()
{
    const QList<SesRegion> &all = RegionTable::all();
    QCOMPARE(all.size(), 23); // the feedback-endpoint table's rows
    int receiving = 0;
    int withoutSmtp = 0;
    QStringList codes;
    for (const SesRegion &r : all) {
        receiving += r.receivesMail() ? 1 : 0;
        withoutSmtp += r.hasSmtp() ? 0 : 1;
        QVERIFY2(!codes.contains(r.code), qPrintable(r.code));
        codes << r.code;
        QVERIFY(RegionTable::isValidCode(r.code));
    }
    QCOMPARE(receiving, 11);
    QCOMPARE(withoutSmtp, 5);
}

void tst_RegionTable::lookupIsCaseInsensitive()
{
    const auto region = RegionTable::find(QStringLiteral(" AP-Northeast-2 "));
    QVERIFY(region);
    QCOMPARE(region->code, QStringLiteral("ap-northeast-2"));
    QCOMPARE(region->displayName(), QStringLiteral("Asia Pacific (Seoul)"));
}

void tst_RegionTable::unknownRegion_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("newer region") << QStringLiteral("ap-southeast-7") << true;
    QTest::newRow("gov east") << QStringLiteral("us-gov-east-1") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no number") << QStringLiteral("eu-west") << false;
    QTest::newRow("hostname") << QStringLiteral("email.eu-west-1.amazonaws.com") << false;
    QTest::newRow("spaces inside") << QStringLiteral("eu west 1") << false;
}

void tst_RegionTable::unknownRegion()
{
    QFETCH(QString, code);
    QFETCH(bool, wellFormed);

    QVERIFY(!RegionTable::find(code));
    QVERIFY(!RegionTable::isKnown(code));
    QCOMPARE(RegionTable::isValidCode(code), wellFormed);
    const std::optional<SesRegion> fallback = RegionTable::regionOrFallback(code);
    QCOMPARE(fallback.has_value(), wellFormed);
    if (!fallback)
        return;
    QVERIFY(!fallback->known);
    QCOMPARE(fallback->apiEndpoint, QStringLiteral("email.%1.amazonaws.com").arg(code));
    QCOMPARE(fallback->feedbackSmtpEndpoint, QStringLiteral("feedback-smtp.%1.amazonses.com").arg(code));
    // Nothing is claimed that the table does not know.
    QVERIFY(!fallback->hasSmtp());
    QVERIFY(!fallback->receivesMail());
    QVERIFY(fallback->dkimDomain.isEmpty());
    QCOMPARE(fallback->displayName(), code);
}

void tst_RegionTable::hostLookups()
{
    QCOMPARE(RegionTable::findByFeedbackHost(QStringLiteral("Feedback-SMTP.eu-west-1.amazonses.com."))->code,
        QStringLiteral("eu-west-1"));
    QVERIFY(!RegionTable::findByFeedbackHost(QStringLiteral("feedback-smtp.eu-west-1.amazonaws.com")));
    QCOMPARE(RegionTable::findByInboundHost(QStringLiteral("inbound-smtp.us-east-1.amazonaws.com"))->code,
        QStringLiteral("us-east-1"));
    QVERIFY(!RegionTable::findByInboundHost(QStringLiteral("inbound-smtp.ap-northeast-2.amazonaws.com")));
    QCOMPARE(RegionTable::regionsForDkimDomain(QStringLiteral("dkim.eu-south-1.amazonses.com.")),
        QStringList{QStringLiteral("eu-south-1")});
    QCOMPARE(RegionTable::regionsForDkimDomain(QStringLiteral("dkim.amazonses.com")).size(), 23 - 5);
    QVERIFY(RegionTable::regionsForDkimDomain(QStringLiteral("example.com")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_RegionTable)
#include "tst_regiontable.moc"
