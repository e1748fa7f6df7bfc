// Template import and export in the JSON `aws sesv2 create-email-template --cli-input-json`
// takes: exact output, round trips, and a specific error (file, line, column, member) for every
// kind of malformed input.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/TemplateJsonFile.h"

using Ses::EmailTemplate;
using Ses::TemplateJsonFile;

class tst_TemplateJsonFile : public QObject
{
    Q_OBJECT

    static EmailTemplate sample()
    {
        EmailTemplate t;
        t.templateName = QStringLiteral("MyTemplate");
        t.content.subject = QStringLiteral("Greetings, {{name}}!");
        t.content.text = QStringLiteral("Dear {{name}},\r\nYour favorite animal is {{favoriteanimal}}.");
        t.content.html = QStringLiteral("<h1>Hello {{name}},</h1><p>Your favorite animal is {{favoriteanimal}}.</p>");
        return t;
    }

private Q_SLOTS:
    void serializesInTheAwsCliSkeletonOrder()
    {
        const QByteArray expected
            = "{\n"
              "    \"TemplateName\": \"MyTemplate\",\n"
              "    \"TemplateContent\": {\n"
              "        \"Subject\": \"Greetings, {{name}}!\",\n"
              "        \"Text\": \"Dear {{name}},\\r\\nYour favorite animal is {{favoriteanimal}}.\",\n"
              "        \"Html\": \"<h1>Hello {{name}},</h1><p>Your favorite animal is "
              "{{favoriteanimal}}.</p>\"\n"
              "    }\n"
              "}\n";
        QCOMPARE(TemplateJsonFile::serialize(sample()), expected);
    }

    void serializesTagsAndLeavesOutEmptyParts()
    {
        EmailTemplate t;
        t.templateName = QStringLiteral("only-text");
        t.content.subject = QStringLiteral("S");
        t.content.text = QStringLiteral("ünïcødé \"quoted\" \\ tab\t");
        t.tags = {{QStringLiteral("team"), QStringLiteral("growth")}};
        const QByteArray out = TemplateJsonFile::serialize(t);
        QVERIFY(!out.contains("\"Html\""));
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("TemplateContent")).toObject().value(QStringLiteral("Text")).toString(),
            t.content.text);
        QCOMPARE(json.value(QStringLiteral("Tags")).toArray().size(), 1);
        QVERIFY(out.contains("ünïcødé")); // UTF-8, not \u escapes, so diffs in version control read well
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("all parts") << QStringLiteral("Hi {{a}}") << QStringLiteral("t") << QStringLiteral("<p>h</p>");
        QTest::newRow("html only") << QStringLiteral("Hi") << QString()
                                   << QStringLiteral("<p>{{#each x}}{{this}}{{/each}}</p>");
        QTest::newRow("control characters")
            << QStringLiteral("a\u0001b") << QStringLiteral("line1\nline2\r\n") << QString();
        QTest::newRow("non-BMP") << QStringLiteral("🎉 Party") << QStringLiteral("𝒳") << QStringLiteral("<b>😀</b>");
    }
    void roundTrips()
    {
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, html);
        EmailTemplate t;
        t.templateName = QStringLiteral("round-trip_1");
        t.content = {subject, text, html};
        t.tags = {{QStringLiteral("k"), QStringLiteral("v")}, {QStringLiteral("k2"), QString()}};
        const auto parsed = TemplateJsonFile::parse(TemplateJsonFile::serialize(t), QStringLiteral("x.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed.value().templateName, t.templateName);
        QCOMPARE(parsed.value().content, t.content);
        QCOMPARE(parsed.value().tags.size(), 2);
        QCOMPARE(parsed.value().tags.at(1).key, QStringLiteral("k2"));
    }

    void readsWhatTheAwsCliPrints()
    {
        // `aws sesv2 get-email-template --output json` prints this shape (Tags as an empty list).
        const QByteArray printed = R"({
    "TemplateName": "Welcome",
    "TemplateContent": {
        "Subject": "Welcome, {{name}}",
        "Text": "Hello {{name}}",
        "Html": "<p>Hello {{name}}</p>"
    },
    "Tags": []
})";
        const auto parsed = TemplateJsonFile::parse(printed, QStringLiteral("get.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().templateName, QStringLiteral("Welcome"));
        QCOMPARE(parsed.value().content.html, QStringLiteral("<p>Hello {{name}}</p>"));
        QVERIFY(parsed.value().tags.isEmpty());
    }

    void acceptsAByteOrderMark()
    {
        const auto parsed = TemplateJsonFile::parse(
            "\xEF\xBB\xBF{\"TemplateName\":\"a\",\"TemplateContent\":{\"Subject\":\"s\"}}", QStringLiteral("bom.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().content.subject, QStringLiteral("s"));
    }

    void reportsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("messageContains");

        QTest::newRow("empty") << QByteArray("  \n ") << 0 << 0 << QString() << QStringLiteral("empty");
        QTest::newRow("not UTF-8") << QByteArray("{\"TemplateName\": \"\xff\xfe\"}") << 0 << 0 << QString()
                                   << QStringLiteral("UTF-8");
        QTest::newRow("missing comma") << QByteArray("{\n  \"TemplateName\": \"a\"\n  \"TemplateContent\": {}\n}") << 3
                                       << 3 << QString() << QStringLiteral("Invalid JSON");
        QTest::newRow("trailing comma") << QByteArray(
            "{\n    \"TemplateName\": \"a\",\n    \"TemplateContent\": {\"Subject\": \"s\",}\n}")
                                        << 3 << 40 << QString() << QStringLiteral("Invalid JSON");
        QTest::newRow("unterminated string after unicode")
            << QByteArray("{\"TemplateName\": \"é") << 1 << 19 << QString() << QStringLiteral("Invalid JSON");
        QTest::newRow("bare word") << QByteArray("{\"TemplateName\": Welcome}") << 1 << 18 << QString()
                                   << QStringLiteral("Invalid JSON");
        QTest::newRow("bare word without space") << QByteArray("{\"TemplateName\":Welcome}") << 1 << 17 << QString()
                                                 << QStringLiteral("Invalid JSON");
        QTest::newRow("garbage after the object") << QByteArray("{\"TemplateName\": \"a\"}\n}") << 2 << 1 << QString()
                                                  << QStringLiteral("Invalid JSON");
        QTest::newRow("array") << QByteArray("[1]") << 1 << 1 << QString() << QStringLiteral("not an array");
        QTest::newRow("missing name") << QByteArray("{\n  \"TemplateContent\": {\"Subject\": \"s\"}\n}") << 1 << 1
                                      << QStringLiteral("TemplateName")
                                      << QStringLiteral("\"TemplateName\" is missing");
        QTest::newRow("name not a string") << QByteArray("{\n  \"TemplateName\": 42,\n  \"TemplateContent\": {}\n}")
                                           << 2 << 3 << QStringLiteral("TemplateName") << QStringLiteral("not number");
        QTest::newRow("empty name") << QByteArray("{\"TemplateName\": \"\", \"TemplateContent\": {}}") << 1 << 2
                                    << QStringLiteral("TemplateName") << QStringLiteral("must not be empty");
        QTest::newRow("missing content") << QByteArray("{\"TemplateName\": \"a\"}") << 1 << 1
                                         << QStringLiteral("TemplateContent")
                                         << QStringLiteral("\"TemplateContent\" is missing");
        QTest::newRow("content a string") << QByteArray("{\"TemplateName\": \"a\",\n\"TemplateContent\": \"<p>\"}") << 2
                                          << 1 << QStringLiteral("TemplateContent") << QStringLiteral("not string");
        QTest::newRow("unknown top member (SES v1 shape)")
            << QByteArray("{\n  \"Template\": {\"TemplateName\": \"a\"}\n}") << 2 << 3 << QStringLiteral("Template")
            << QStringLiteral("must be one of: TemplateName, TemplateContent, Tags");
        QTest::newRow("v1 member names inside content")
            << QByteArray("{\"TemplateName\": \"a\", \"TemplateContent\": {\n    \"SubjectPart\": \"s\"}}") << 2 << 5
            << QStringLiteral("TemplateContent.SubjectPart") << QStringLiteral("Subject, Text, Html");
        QTest::newRow("html not a string")
            << QByteArray("{\"TemplateName\": \"a\", \"TemplateContent\": {\"Subject\": \"s\",\n \"Html\": null}}") << 2
            << 2 << QStringLiteral("TemplateContent.Html") << QStringLiteral("not null");
        QTest::newRow("tags an object") << QByteArray(
            "{\"TemplateName\": \"a\", \"TemplateContent\": {}, \"Tags\": {\"k\": \"v\"}}")
                                        << 1 << 46 << QStringLiteral("Tags") << QStringLiteral("array");
        QTest::newRow("tag without value")
            << QByteArray("{\"TemplateName\": \"a\", \"TemplateContent\": {},\n \"Tags\": [\n  {\"Key\": \"k\"}]}") << 3
            << 3 << QStringLiteral("Tags[0].Value") << QStringLiteral("\"Tags[0].Value\" is missing");
        QTest::newRow("second tag's key a number")
            << QByteArray("{\"TemplateName\": \"a\", \"TemplateContent\": {}, \"Tags\": [{\"Key\": \"k\", \"Value\": "
                          "\"v\"},\n{\"Key\": 1, \"Value\": \"v\"}]}")
            << 2 << 2 << QStringLiteral("Tags[1].Key") << QStringLiteral("not number");
    }
    void reportsMalformedInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, member);
        QFETCH(QString, messageContains);
        const auto parsed = TemplateJsonFile::parse(input, QStringLiteral("in.json"));
        QVERIFY(!parsed.ok());
        const Ses::LocalError &e = parsed.error();
        QCOMPARE(e.file, QStringLiteral("in.json"));
        QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
        QCOMPARE(e.member, member);
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        if (line > 0)
            QVERIFY(e.toString().startsWith(QStringLiteral("in.json:%1:%2: ").arg(line).arg(column)));
    }

    void writesAndReadsFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sub/folder/MyTemplate.json"));
        QVERIFY(TemplateJsonFile::write(path, sample()).ok());
        const auto read = TemplateJsonFile::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read.value().content, sample().content);
        // Nothing but the file itself is left behind (the temporary file was renamed over it).
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub/folder"))).entryList(QDir::Files | QDir::Hidden),
            QStringList{QStringLiteral("MyTemplate.json")});
    }

    void namesAMissingFile()
    {
        const auto read = TemplateJsonFile::read(QStringLiteral("/nonexistent/t.json"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().file, QStringLiteral("/nonexistent/t.json"));
        QVERIFY(read.error().toString().startsWith(QStringLiteral("/nonexistent/t.json: ")));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateJsonFile)
#include "tst_templatejsonfile.moc"
