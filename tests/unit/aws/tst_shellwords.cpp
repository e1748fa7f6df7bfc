#include <QTest>

#include "models/aws/ShellWords.h"

/// ShellWords against Python's shlex.split (POSIX mode), which botocore uses for
/// credential_process; the expected words were produced by shlex.split itself.
class TestShellWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("ok");

        const auto L = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *s : items)
                out.append(QString::fromUtf8(s));
            return out;
        };
        QTest::newRow("one word") << QStringLiteral("helper") << L({"helper"}) << true;
        QTest::newRow("arguments") << QStringLiteral("/usr/bin/helper --profile prod")
                                   << L({"/usr/bin/helper", "--profile", "prod"}) << true;
        QTest::newRow("extra blanks") << QStringLiteral("  a   b  ") << L({"a", "b"}) << true;
        QTest::newRow("tab") << QStringLiteral("tab\there") << L({"tab", "here"}) << true;
        QTest::newRow("single quotes") << QStringLiteral("'a b' c") << L({"a b", "c"}) << true;
        QTest::newRow("double quotes") << QStringLiteral("\"a b\" c") << L({"a b", "c"}) << true;
        QTest::newRow("quotes inside a word") << QStringLiteral("a\"b c\"d") << L({"ab cd"}) << true;
        QTest::newRow("single quotes inside a word") << QStringLiteral("a'b'c") << L({"abc"}) << true;
        QTest::newRow("escaped blank") << QStringLiteral("a\\ b") << L({"a b"}) << true;
        QTest::newRow("escaped quote in double quotes") << QStringLiteral("\"a\\\"b\"") << L({"a\"b"}) << true;
        QTest::newRow("escaped backslash in double quotes") << QStringLiteral("\"a\\\\b\"") << L({"a\\b"}) << true;
        QTest::newRow("other backslash in double quotes") << QStringLiteral("\"a\\nb\"") << L({"a\\nb"}) << true;
        QTest::newRow("backslash in single quotes") << QStringLiteral("'a\\nb'") << L({"a\\nb"}) << true;
        QTest::newRow("backslash outside quotes") << QStringLiteral("a\\nb") << L({"anb"}) << true;
        QTest::newRow("empty quotes") << QStringLiteral("''") << L({""}) << true;
        QTest::newRow("empty word between") << QStringLiteral("a \"\" b") << L({"a", "", "b"}) << true;
        QTest::newRow("no variable expansion") << QStringLiteral("x \"$HOME\" y") << L({"x", "$HOME", "y"}) << true;
        QTest::newRow("hash is not a comment") << QStringLiteral("a#b c") << L({"a#b", "c"}) << true;
        QTest::newRow("empty") << QString() << QStringList() << true;
        QTest::newRow("unterminated double quote") << QStringLiteral("\"unterminated") << QStringList() << false;
        QTest::newRow("unterminated single quote") << QStringLiteral("'unterminated") << QStringList() << false;
        QTest::newRow("trailing backslash") << QStringLiteral("trailing\\") << QStringList() << false;
    }

    void split()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, words);
        QFETCH(bool, ok);

        const Aws::Result<QStringList> result = Aws::ShellWords::split(input);
        QCOMPARE(result.ok(), ok);
        if (ok)
            QCOMPARE(result.value(), words);
        else
            QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShellWords)
#include "tst_shellwords.moc"
