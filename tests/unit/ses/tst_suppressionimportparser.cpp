// The suppression-list import file reader (every bad line with its number and why, an optional
// reason column, header, quotes, BOM, CRLF, duplicates) and the CSV writer reading back.
#include <QTest>

#include "models/ses/SuppressionCsvExporter.h"
#include "models/ses/SuppressionImportParser.h"

using Parser = Ses::SuppressionImportParser;

namespace
{
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}
} // namespace

class tst_SuppressionImportParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void reportsBadLinesWithNumbers_data();
    void reportsBadLinesWithNumbers();
    void exportReadsBack();
};

void tst_SuppressionImportParser::parses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<int>("duplicates");

    QTest::newRow("one per line, default reason")
        << QByteArray("a@example.com\nb@example.com\n") << strings({"a@example.com", "b@example.com"})
        << strings({"BOUNCE", "BOUNCE"}) << QList<int>{1, 2} << 0;
    QTest::newRow("reason column, any case")
        << QByteArray("a@example.com,complaint\nb@example.com,BOUNCE") << strings({"a@example.com", "b@example.com"})
        << strings({"COMPLAINT", "BOUNCE"}) << QList<int>{1, 2} << 0;
    QTest::newRow("header, BOM, CRLF, blanks, comments")
        << QByteArray("\xEF\xBB\xBF"
                      "emailAddress,reason\r\n\r\n# exported\r\nx@example.org,COMPLAINT\r\n")
        << strings({"x@example.org"}) << strings({"COMPLAINT"}) << QList<int>{4} << 0;
    QTest::newRow("quoted fields, semicolon and tab, extra column")
        << QByteArray(
               "\"q@example.com\";\"BOUNCE\"\nt@example.com\tCOMPLAINT\ne@example.com,BOUNCE,2026-01-01T00:00:00Z")
        << strings({"q@example.com", "t@example.com", "e@example.com"}) << strings({"BOUNCE", "COMPLAINT", "BOUNCE"})
        << QList<int>{1, 2, 3} << 0;
    QTest::newRow("duplicates, case-insensitive, first wins")
        << QByteArray("A@Example.com,COMPLAINT\na@example.com,BOUNCE\n") << strings({"A@example.com"})
        << strings({"COMPLAINT"}) << QList<int>{1} << 1;
    QTest::newRow("internationalized domain in Punycode")
        << QByteArray("user@b\xC3\xBC"
                      "cher.example")
        << strings({"user@xn--bcher-kva.example"}) << strings({"BOUNCE"}) << QList<int>{1} << 0;
}

void tst_SuppressionImportParser::parses()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, reasons);
    QFETCH(QList<int>, lines);
    QFETCH(int, duplicates);
    const Parser::Result result = Parser::parse(data, QStringLiteral("BOUNCE"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.entries.size(), addresses.size());
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        QCOMPARE(result.entries.at(i).emailAddress, addresses.at(i));
        QCOMPARE(result.entries.at(i).reason, reasons.at(i));
        QCOMPARE(result.entries.at(i).line, lines.at(i));
    }
    QCOMPARE(result.duplicates, duplicates);
}

void tst_SuppressionImportParser::reportsBadLinesWithNumbers_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("goodCount");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no @") << QByteArray("ok@example.com\nnot-an-address\n") << 1 << 2 << QStringLiteral("no @");
    QTest::newRow("unknown reason") << QByteArray("ok@example.com\n\nbad@example.com,SPAM") << 1 << 3
                                    << QStringLiteral("SPAM");
    QTest::newRow("missing address") << QByteArray(",BOUNCE\nok@example.com") << 1 << 1 << QStringLiteral("missing");
    QTest::newRow("two @") << QByteArray("a@b@example.com") << 0 << 1 << QStringLiteral("more than one @");
    QTest::newRow("space in address") << QByteArray("a b@example.com\nok@example.com") << 1 << 1
                                      << QStringLiteral("contains a space");
    QTest::newRow("quote before the @") << QByteArray("ok@example.com\n\"b,c\"\"@example.com\"") << 1 << 2
                                        << QStringLiteral("does not accept");
    QTest::newRow("two dots") << QByteArray("a..b@example.com") << 0 << 1 << QStringLiteral("dot");
    QTest::newRow("bad domain") << QByteArray("a@exa mple.com") << 0 << 1 << QString();
}

void tst_SuppressionImportParser::reportsBadLinesWithNumbers()
{
    QFETCH(QByteArray, data);
    QFETCH(int, goodCount);
    QFETCH(int, badLine);
    QFETCH(QString, messagePart);
    const Parser::Result result = Parser::parse(data, QStringLiteral("BOUNCE"));
    QCOMPARE(result.entries.size(), goodCount);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, badLine);
    QVERIFY(!result.errors.first().message.isEmpty());
    QVERIFY2(result.errors.first().message.contains(messagePart), qPrintable(result.errors.first().message));
}

void tst_SuppressionImportParser::exportReadsBack()
{
    const QDateTime time(QDate(2026, 3, 1), QTime(12, 30), Qt::UTC);
    const QList<Ses::SuppressedDestinationSummary> list{
        {QStringLiteral("a@example.com"), QStringLiteral("BOUNCE"), time},
        {QStringLiteral("b,c\"@example.com"), QStringLiteral("COMPLAINT"), time.addDays(-1)},
    };
    const QByteArray csv = Ses::SuppressionCsvExporter::exportList(list);
    QVERIFY(csv.startsWith("emailAddress,reason,lastUpdateTime\r\n"));
    QVERIFY(csv.contains("a@example.com,BOUNCE,2026-03-01T12:30:00Z\r\n"));
    QVERIFY(csv.contains("\"b,c\"\"@example.com\",COMPLAINT"));
    // The fields come back as written (the quoted address itself is not a valid address).
    QCOMPARE(Parser::splitFields(QStringLiteral("\"b,c\"\"@example.com\",COMPLAINT")),
        (QStringList{QStringLiteral("b,c\"@example.com"), QStringLiteral("COMPLAINT")}));
    const Parser::Result back = Parser::parse(csv, QStringLiteral("COMPLAINT"));
    QCOMPARE(back.entries.size(), 1);
    QCOMPARE(back.entries.first().emailAddress, QStringLiteral("a@example.com"));
    QCOMPARE(back.entries.first().reason, QStringLiteral("BOUNCE"));
    QCOMPARE(back.errors.size(), 1);
    QCOMPARE(back.errors.first().line, 3);

    const QByteArray rest = Ses::SuppressionCsvExporter::exportEntries(back.entries);
    QCOMPARE(rest, QByteArray("emailAddress,reason\r\na@example.com,BOUNCE\r\n"));
    const QList<Parser::Entry> again = Parser::parse(rest, QStringLiteral("COMPLAINT")).entries;
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().line, 2);
    QCOMPARE(again.first().emailAddress, QStringLiteral("a@example.com"));
}

QTEST_MAIN(tst_SuppressionImportParser)
#include "tst_suppressionimportparser.moc"
