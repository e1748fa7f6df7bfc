// The line diff behind the template version history: known cases, a randomised check that every
// script is valid and shortest (against an LCS table), large inputs, and unified output that
// GNU patch applies.
#include <vector>

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/TemplateDiff.h"
#include "models/ses/TextDiff.h"

using Ses::DiffLine;
using Ses::DiffLines;
using Ses::TextDiff;

namespace
{

/// " a", "-b", "+c" per line: the kind and the text.
QStringList shape(const DiffLines &lines)
{
    QStringList out;
    for (const DiffLine &l : lines) {
        const QChar mark = l.kind == DiffLine::Kind::Same
            ? QLatin1Char(' ')
            : (l.kind == DiffLine::Kind::Removed ? QLatin1Char('-') : QLatin1Char('+'));
        out.append(mark + l.text);
    }
    return out;
}

int lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> t(
        static_cast<size_t>(a.size() + 1), std::vector<int>(static_cast<size_t>(b.size() + 1)));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            const auto si = static_cast<size_t>(i);
            const auto sj = static_cast<size_t>(j);
            t[si][sj] = a.at(i) == b.at(j) ? t[si + 1][sj + 1] + 1 : std::max(t[si + 1][sj], t[si][sj + 1]);
        }
    }
    return t[0][0];
}

QStringList randomLines(QRandomGenerator &random, int maxLength, int alphabet)
{
    QStringList out;
    const int n = static_cast<int>(random.bounded(maxLength + 1));
    for (int i = 0; i < n; ++i)
        out.append(QString(QChar(u'a' + random.bounded(alphabet))));
    return out;
}

/// Checks that the script rebuilds both sides with the right line numbers; returns its edits.
int checkScript(const DiffLines &lines, const QStringList &a, const QStringList &b)
{
    QStringList oldSide;
    QStringList newSide;
    int edits = 0;
    for (const DiffLine &l : lines) {
        if (l.kind != DiffLine::Kind::Added) {
            oldSide.append(l.text);
            if (l.oldLine != oldSide.size())
                return -1;
        }
        if (l.kind != DiffLine::Kind::Removed) {
            newSide.append(l.text);
            if (l.newLine != newSide.size())
                return -1;
        }
        if (l.kind != DiffLine::Kind::Same)
            ++edits;
    }
    if (oldSide != a || newSide != b)
        return -1;
    return edits;
}

} // namespace

class tst_TextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCases_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<QStringList>("expected");
        const auto L = [](const char *s) {
            return QString::fromLatin1(s).split(QLatin1Char(','), Qt::SkipEmptyParts);
        };
        QTest::newRow("both empty") << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("identical") << L("a,b,c") << L("a,b,c") << L(" a, b, c");
        QTest::newRow("all added") << QStringList{} << L("a,b") << L("+a,+b");
        QTest::newRow("all removed") << L("a,b") << QStringList{} << L("-a,-b");
        QTest::newRow("one changed in the middle") << L("a,b,c") << L("a,x,c") << L(" a,-b,+x, c");
        QTest::newRow("insert at start") << L("b,c") << L("a,b,c") << L("+a, b, c");
        QTest::newRow("append") << L("a,b") << L("a,b,c") << L(" a, b,+c");
        // Several scripts of 5 edits exist; any is right, this one is what the search finds.
        QTest::newRow("Myers' paper example")
            << L("a,b,c,a,b,b,a") << L("c,b,a,b,a,c") << L("-a,-b, c,-a, b,+a, b, a,+c");
    }
    void knownCases()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(QStringList, expected);
        const DiffLines lines = TextDiff::compare(a, b);
        QCOMPARE(checkScript(lines, a, b), a.size() + b.size() - 2 * lcsLength(a, b));
        QCOMPARE(shape(lines), expected);
    }

    void randomScriptsAreValidAndShortest_data()
    {
        QTest::addColumn<int>("alphabet");
        QTest::newRow("2 distinct lines") << 2;
        QTest::newRow("4 distinct lines") << 4;
        QTest::newRow("26 distinct lines") << 26;
    }
    void randomScriptsAreValidAndShortest()
    {
        QFETCH(int, alphabet);
        QRandomGenerator random(20240611u + static_cast<quint32>(alphabet));
        for (int round = 0; round < 400; ++round) {
            const QStringList a = randomLines(random, 40, alphabet);
            QStringList b = a;
            // Mostly similar texts (as versions are), sometimes unrelated ones.
            if (round % 5 == 0) {
                b = randomLines(random, 40, alphabet);
            } else {
                const int edits = static_cast<int>(random.bounded(6));
                for (int e = 0; e < edits; ++e) {
                    const int at = static_cast<int>(random.bounded(static_cast<int>(b.size()) + 1));
                    if (random.bounded(2) == 0 && at < b.size())
                        b.removeAt(at);
                    else
                        b.insert(at, QString(QChar(u'a' + random.bounded(alphabet))));
                }
            }
            const DiffLines lines = TextDiff::compare(a, b);
            const int edits = checkScript(lines, a, b);
            QVERIFY2(
                edits >= 0, qPrintable(QStringLiteral("invalid script for %1 -> %2").arg(a.join(u','), b.join(u','))));
            QCOMPARE(edits, a.size() + b.size() - 2 * lcsLength(a, b));
        }
    }

    void largeUnrelatedTextsFinish()
    {
        // Two 500 KB-class parts with nothing in common: the linear-space search must not need
        // quadratic memory.
        QStringList a;
        QStringList b;
        for (int i = 0; i < 20000; ++i) {
            a.append(QStringLiteral("<p>old line %1</p>").arg(i));
            b.append(QStringLiteral("<p>new line %1</p>").arg(i));
        }
        const DiffLines lines = TextDiff::compare(a, b);
        QCOMPARE(lines.size(), 40000);
        QCOMPARE(checkScript(lines, a, b), 40000);
    }

    void largeSimilarTexts()
    {
        QStringList a;
        for (int i = 0; i < 50000; ++i)
            a.append(QStringLiteral("line %1").arg(i % 97));
        QStringList b = a;
        b[100] = QStringLiteral("changed");
        b.insert(30000, QStringLiteral("inserted"));
        b.removeAt(45000);
        const DiffLines lines = TextDiff::compare(a, b);
        QCOMPARE(checkScript(lines, a, b), 4);
    }

    void splitsLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("no break") << QStringLiteral("a") << QStringList{QStringLiteral("a")};
        QTest::newRow("final break") << QStringLiteral("a\n") << QStringList{QStringLiteral("a")};
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb\r\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("blank lines") << QStringLiteral("a\n\n\nb")
                                     << QStringList{QStringLiteral("a"), QString(), QString(), QStringLiteral("b")};
    }
    void splitsLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QCOMPARE(TextDiff::splitLines(text), lines);
    }

    void unifiedDiffAppliesWithPatch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QRandomGenerator random(7);
        for (int round = 0; round < 60; ++round) {
            QStringList a;
            for (int i = 0; i < 60; ++i)
                a.append(QStringLiteral("line %1").arg(random.bounded(30)));
            QStringList b = a;
            for (int e = 0; e < 1 + round % 8; ++e) {
                const int at = static_cast<int>(random.bounded(static_cast<int>(b.size())));
                if (random.bounded(3) == 0)
                    b.removeAt(at);
                else if (random.bounded(2) == 0)
                    b[at] = QStringLiteral("changed %1").arg(e);
                else
                    b.insert(at, QStringLiteral("new %1").arg(e));
            }
            const QString oldText = a.join(QLatin1Char('\n')) + QLatin1Char('\n');
            const QString newText = b.join(QLatin1Char('\n')) + QLatin1Char('\n');
            const QString patchText
                = TextDiff::unified(TextDiff::compare(oldText, newText), QStringLiteral("a/t"), QStringLiteral("b/t"));
            QFile file(dir.filePath(QStringLiteral("t")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(oldText.toUtf8());
            file.close();
            QProcess patch;
            patch.setWorkingDirectory(dir.path());
            patch.start(QStringLiteral("patch"),
                {QStringLiteral("-s"), QStringLiteral("-p1"), QStringLiteral("--no-backup-if-mismatch")});
            QVERIFY(patch.waitForStarted());
            patch.write(patchText.toUtf8());
            patch.closeWriteChannel();
            QVERIFY(patch.waitForFinished());
            QVERIFY2(patch.exitCode() == 0, qPrintable(QString::fromUtf8(patch.readAll()) + patchText));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(file.readAll()), newText);
            file.close();
        }
    }

    void unifiedHunkHeaders()
    {
        const QString out
            = TextDiff::unified(TextDiff::compare(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nx\nc\n")),
                QStringLiteral("v1/Html"),
                QStringLiteral("v2/Html"));
        QCOMPARE(out, QStringLiteral("--- v1/Html\n+++ v2/Html\n@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n"));
        QCOMPARE(
            TextDiff::unified(TextDiff::compare(QStringLiteral("same"), QStringLiteral("same")), {}, {}), QString());
        QCOMPARE(TextDiff::unified(
                     TextDiff::compare(QString(), QStringLiteral("new\n")), QStringLiteral("a"), QStringLiteral("b")),
            QStringLiteral("--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n"));
    }

    void templateDiffComparesPartByPart()
    {
        const Ses::EmailTemplateContent v1{
            QStringLiteral("Hello {{name}}"), QStringLiteral("text"), QStringLiteral("<p>a</p>\n<p>b</p>")};
        const Ses::EmailTemplateContent v2{
            QStringLiteral("Hello {{name}}"), QStringLiteral("text"), QStringLiteral("<p>a</p>\n<p>c</p>")};
        const auto parts = Ses::TemplateDiff::compare(v1, v2);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).part, Ses::TemplateDiff::Part::Subject);
        QVERIFY(!parts.at(0).changed);
        QCOMPARE(parts.at(1).part, Ses::TemplateDiff::Part::Html);
        QVERIFY(parts.at(1).changed);
        QCOMPARE(shape(parts.at(1).lines),
            (QStringList{QStringLiteral(" <p>a</p>"), QStringLiteral("-<p>b</p>"), QStringLiteral("+<p>c</p>")}));
        QVERIFY(!parts.at(2).changed);
        const QString unified = Ses::TemplateDiff::unified(v1, v2, QStringLiteral("v1"), QStringLiteral("v2"));
        QVERIFY(unified.startsWith(QStringLiteral("--- v1/Html\n+++ v2/Html\n")));
        QVERIFY(!unified.contains(QStringLiteral("Subject")));
    }
};

QTEST_GUILESS_MAIN(tst_TextDiff)
#include "tst_textdiff.moc"
