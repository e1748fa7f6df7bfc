#include <QTest>

#include "views/widgets/AccessibleText.h"

/// Screen-reader names made from labels lose mnemonics and decorations in every language.
class TestAccessibleText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strips_data();
    void strips();
};

void TestAccessibleText::strips_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Refresh") << QStringLiteral("Refresh");
    QTest::newRow("mnemonic") << QStringLiteral("&Import…") << QStringLiteral("Import");
    QTest::newRow("mnemonic inside") << QStringLiteral("Convert to &managed…") << QStringLiteral("Convert to managed");
    QTest::newRow("literal ampersand") << QStringLiteral("Bounces && complaints") << QStringLiteral("Bounces & complaints");
    QTest::newRow("three dots") << QStringLiteral("Export...") << QStringLiteral("Export");
    QTest::newRow("korean mnemonic") << QStringLiteral("가져오기(&I)…") << QStringLiteral("가져오기");
    QTest::newRow("korean mnemonic with space") << QStringLiteral("새로 고침 (&R)") << QStringLiteral("새로 고침");
    QTest::newRow("wizard next") << QStringLiteral("&Next >") << QStringLiteral("Next");
    QTest::newRow("wizard back") << QStringLiteral("< &Back") << QStringLiteral("Back");
    QTest::newRow("korean wizard next") << QStringLiteral("다음(&N) >") << QStringLiteral("다음");
    QTest::newRow("parenthesis kept") << QStringLiteral("Delete (3)") << QStringLiteral("Delete (3)");
}

void TestAccessibleText::strips()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QCOMPARE(Views::accessibleTextOf(label), expected);
}

QTEST_GUILESS_MAIN(TestAccessibleText)
#include "tst_accessibletext.moc"
