// The mailbox simulator: addresses with and without labels, recognising simulator addresses,
// label validation, and the guide's explanations going through the translator.
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include "models/ses/MailboxSimulator.h"

using Ses::MailboxSimulator;
using Scenario = Ses::MailboxSimulator::Scenario;

/// Marks every translated string, so a test sees that a text went through tr().
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArray(context) != "Ses::MailboxSimulator")
            return {};
        return QStringLiteral("[T]") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override
    {
        return false;
    }
};

class tst_MailboxSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("address");
        QTest::newRow("success") << int(Scenario::Success) << QString()
                                 << QStringLiteral("success@simulator.amazonses.com");
        QTest::newRow("bounce") << int(Scenario::Bounce) << QString()
                                << QStringLiteral("bounce@simulator.amazonses.com");
        QTest::newRow("ooto") << int(Scenario::Ooto) << QString() << QStringLiteral("ooto@simulator.amazonses.com");
        QTest::newRow("complaint") << int(Scenario::Complaint) << QString()
                                   << QStringLiteral("complaint@simulator.amazonses.com");
        QTest::newRow("suppressionlist") << int(Scenario::SuppressionList) << QString()
                                         << QStringLiteral("suppressionlist@simulator.amazonses.com");
        QTest::newRow("bounce with the guide's label") << int(Scenario::Bounce) << QStringLiteral("label1")
                                                       << QStringLiteral("bounce+label1@simulator.amazonses.com");
        QTest::newRow("dotted label") << int(Scenario::Success) << QStringLiteral("run.42")
                                      << QStringLiteral("success+run.42@simulator.amazonses.com");
    }
    void addresses()
    {
        QFETCH(int, scenario);
        QFETCH(QString, label);
        QFETCH(QString, address);
        const auto s = static_cast<Scenario>(scenario);
        QCOMPARE(MailboxSimulator::address(s, label), address);
        QCOMPARE(MailboxSimulator::scenarioOf(address), std::optional<Scenario>(s));
        QCOMPARE(MailboxSimulator::labelOf(address), label);
        QVERIFY(MailboxSimulator::validateLabel(s, label).isEmpty());
        QCOMPARE(MailboxSimulator::fromKeyword(MailboxSimulator::keyword(s)), std::optional<Scenario>(s));
    }

    void recognisesOnlySimulatorAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("simulator");
        QTest::newRow("upper case") << QStringLiteral("Bounce@Simulator.AmazonSES.com") << true;
        QTest::newRow("real domain") << QStringLiteral("bounce@example.com") << false;
        QTest::newRow("unknown local part") << QStringLiteral("reject@simulator.amazonses.com") << false;
        QTest::newRow("lookalike domain") << QStringLiteral("success@simulator.amazonses.com.evil.example") << false;
        QTest::newRow("subdomain") << QStringLiteral("success@x.simulator.amazonses.com") << false;
        QTest::newRow("no at") << QStringLiteral("success") << false;
    }
    void recognisesOnlySimulatorAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, simulator);
        QCOMPARE(MailboxSimulator::isSimulatorAddress(address), simulator);
    }

    void rejectsBadLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::newRow("space") << QStringLiteral("my label");
        QTest::newRow("at") << QStringLiteral("a@b");
        QTest::newRow("leading dot") << QStringLiteral(".a");
        QTest::newRow("double dot") << QStringLiteral("a..b");
        QTest::newRow("non-ASCII") << QStringLiteral("테스트");
        QTest::newRow("too long") << QString(60, QLatin1Char('x'));
    }
    void rejectsBadLabels()
    {
        QFETCH(QString, label);
        QVERIFY(!MailboxSimulator::validateLabel(Scenario::Bounce, label).isEmpty());
    }

    void explainsEveryScenarioFromTheGuide()
    {
        QCOMPARE(MailboxSimulator::scenarios().size(), 5);
        QVERIFY(MailboxSimulator::explanation(Scenario::Bounce).contains(QStringLiteral("550 5.1.1")));
        QVERIFY(MailboxSimulator::explanation(Scenario::Bounce)
                    .contains(QStringLiteral("not added to your suppression list")));
        QVERIFY(MailboxSimulator::explanation(Scenario::Ooto).contains(QStringLiteral("Return-Path")));
        QVERIFY(MailboxSimulator::explanation(Scenario::Complaint).contains(QStringLiteral("spam")));
        QVERIFY(MailboxSimulator::explanation(Scenario::SuppressionList).contains(QStringLiteral("suppression list")));
        QVERIFY(MailboxSimulator::quotaNote().contains(QStringLiteral("quota")));
        QVERIFY(MailboxSimulator::quotaNote().contains(QStringLiteral("reputation")));
        QCOMPARE(
            MailboxSimulator::expectation(Scenario::SuppressionList), MailboxSimulator::Expectation::SuppressedBounce);
    }

    void textsAreTranslatable()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        for (Scenario s : MailboxSimulator::scenarios()) {
            QVERIFY(MailboxSimulator::title(s).startsWith(QStringLiteral("[T]")));
            QVERIFY(MailboxSimulator::explanation(s).startsWith(QStringLiteral("[T]")));
        }
        QVERIFY(MailboxSimulator::quotaNote().startsWith(QStringLiteral("[T]")));
        QVERIFY(MailboxSimulator::labelNote().startsWith(QStringLiteral("[T]")));
        QVERIFY(MailboxSimulator::customRecipientNote().startsWith(QStringLiteral("[T]")));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!MailboxSimulator::quotaNote().startsWith(QStringLiteral("[T]")));
    }
};

QTEST_GUILESS_MAIN(tst_MailboxSimulator)
#include "tst_mailboxsimulator.moc"
