#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateRenderer.h"

using namespace Ses;

/// TemplateRenderer against Handlebars itself: the expected outputs of the first table were
/// produced by handlebars.js 4.7 (default options, so HTML escaping on) from the same template
/// and data; the SES table covers what SES does differently (no escaping, placeholders kept).
class tst_TemplateRenderer : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const char *text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad test JSON: %s", text);
        return document.object();
    }
    static void addRow(const char *name, const QString &templ, const char *data, const QString &expected)
    {
        QTest::newRow(name) << templ << json(data) << expected;
    }

private Q_SLOTS:
    void handlebarsCompatible_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("expected");
        addRow("plain text", QStringLiteral("Hello world"), "{}", QStringLiteral("Hello world"));
        addRow("simple variable",
            QStringLiteral("Hello {{name}}!"),
            "{\"name\":\"Alejandro\"}",
            QStringLiteral("Hello Alejandro!"));
        addRow("dotted path",
            QStringLiteral("Hello {{contact.firstName}} {{contact.lastName}}"),
            "{\"contact\":{\"firstName\":\"Anaya\",\"lastName\":\"Iyengar\"}}",
            QStringLiteral("Hello Anaya Iyengar"));
        addRow("slash path",
            QStringLiteral("{{contact/firstName}}"),
            "{\"contact\":{\"firstName\":\"Anaya\"}}",
            QStringLiteral("Anaya"));
        addRow("deep path",
            QStringLiteral("{{a.b.c.d}}"),
            "{\"a\":{\"b\":{\"c\":{\"d\":\"deep\"}}}}",
            QStringLiteral("deep"));
        addRow("missing renders empty", QStringLiteral("[{{nothing}}][{{a.b}}]"), "{\"a\":{}}", QStringLiteral("[][]"));
        addRow("null renders empty", QStringLiteral("[{{n}}]"), "{\"n\":null}", QStringLiteral("[]"));
        addRow("escaping",
            QStringLiteral("<p>{{s}}</p>"),
            "{\"s\":\"<b>Tom & 'Jerry'</b> = \\\"`x`\\\"\"}",
            QStringLiteral("<p>&lt;b&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/b&gt; &#x3D; &quot;&#x60;x&#x60;&quot;</p>"));
        addRow("triple stash raw",
            QStringLiteral("<p>{{{s}}}</p>"),
            "{\"s\":\"<b>bold</b> & more\"}",
            QStringLiteral("<p><b>bold</b> & more</p>"));
        addRow("ampersand raw",
            QStringLiteral("<p>{{&s}}</p>"),
            "{\"s\":\"<b>bold</b>\"}",
            QStringLiteral("<p><b>bold</b></p>"));
        addRow("integer", QStringLiteral("{{n}}"), "{\"n\":42}", QStringLiteral("42"));
        addRow("negative decimal", QStringLiteral("{{n}}"), "{\"n\":-1.5}", QStringLiteral("-1.5"));
        addRow("large integer", QStringLiteral("{{n}}"), "{\"n\":123456789012}", QStringLiteral("123456789012"));
        addRow("huge number", QStringLiteral("{{n}}"), "{\"n\":1e+21}", QStringLiteral("1e+21"));
        addRow("tiny number", QStringLiteral("{{n}}"), "{\"n\":1e-7}", QStringLiteral("1e-7"));
        addRow("small decimal", QStringLiteral("{{n}}"), "{\"n\":0.000001}", QStringLiteral("0.000001"));
        addRow("zero", QStringLiteral("{{n}}"), "{\"n\":0}", QStringLiteral("0"));
        addRow("booleans", QStringLiteral("{{t}} {{f}}"), "{\"t\":true,\"f\":false}", QStringLiteral("true false"));
        addRow("array joined", QStringLiteral("{{a}}"), "{\"a\":[1,\"two\",[3,4],null]}", QStringLiteral("1,two,3,4,"));
        addRow("object", QStringLiteral("{{o}}"), "{\"o\":{\"a\":1}}", QStringLiteral("[object Object]"));
        addRow("array length", QStringLiteral("{{a.length}}"), "{\"a\":[1,2,3]}", QStringLiteral("3"));
        addRow("array index", QStringLiteral("{{a.[1]}}"), "{\"a\":[\"x\",\"y\"]}", QStringLiteral("y"));
        addRow("korean",
            QStringLiteral("안녕하세요 {{name}}님, {{city}}에서 주문하신 상품이 발송되었습니다."),
            "{\"name\":\"김민준\",\"city\":\"서울\"}",
            QStringLiteral("안녕하세요 김민준님, 서울에서 주문하신 상품이 발송되었습니다."));
        addRow("if true", QStringLiteral("{{#if a}}yes{{/if}}"), "{\"a\":true}", QStringLiteral("yes"));
        addRow("if false", QStringLiteral("{{#if a}}yes{{/if}}"), "{\"a\":false}", QStringLiteral(""));
        addRow("if else", QStringLiteral("{{#if a}}yes{{else}}no{{/if}}"), "{\"a\":\"\"}", QStringLiteral("no"));
        addRow("if zero", QStringLiteral("{{#if n}}yes{{else}}no{{/if}}"), "{\"n\":0}", QStringLiteral("no"));
        addRow("if includeZero",
            QStringLiteral("{{#if n includeZero=true}}yes{{else}}no{{/if}}"),
            "{\"n\":0}",
            QStringLiteral("yes"));
        addRow("if empty array", QStringLiteral("{{#if a}}yes{{else}}no{{/if}}"), "{\"a\":[]}", QStringLiteral("no"));
        addRow("if empty object", QStringLiteral("{{#if o}}yes{{else}}no{{/if}}"), "{\"o\":{}}", QStringLiteral("yes"));
        addRow("if missing", QStringLiteral("{{#if nope}}yes{{else}}no{{/if}}"), "{}", QStringLiteral("no"));
        addRow("else if chain first",
            QStringLiteral("{{#if a}}A{{else if b}}B{{else if c}}C{{else}}D{{/if}}"),
            "{\"a\":1}",
            QStringLiteral("A"));
        addRow("else if chain second",
            QStringLiteral("{{#if a}}A{{else if b}}B{{else if c}}C{{else}}D{{/if}}"),
            "{\"b\":1}",
            QStringLiteral("B"));
        addRow("else if chain third",
            QStringLiteral("{{#if a}}A{{else if b}}B{{else if c}}C{{else}}D{{/if}}"),
            "{\"c\":1}",
            QStringLiteral("C"));
        addRow("else if chain last",
            QStringLiteral("{{#if a}}A{{else if b}}B{{else if c}}C{{else}}D{{/if}}"),
            "{}",
            QStringLiteral("D"));
        addRow("else unless chain",
            QStringLiteral("{{#if a}}A{{else unless b}}notB{{else}}B{{/if}}"),
            "{\"b\":0}",
            QStringLiteral("notB"));
        addRow(
            "unless", QStringLiteral("{{#unless a}}none{{else}}some{{/unless}}"), "{\"a\":0}", QStringLiteral("none"));
        addRow("each array",
            QStringLiteral("{{#each items}}<li>{{name}}</li>{{/each}}"),
            "{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}]}",
            QStringLiteral("<li>a</li><li>b</li>"));
        addRow("each this",
            QStringLiteral("{{#each items}}[{{this}}]{{/each}}"),
            "{\"items\":[\"x\",\"y\",\"z\"]}",
            QStringLiteral("[x][y][z]"));
        addRow("each data vars",
            QStringLiteral("{{#each items}}{{@index}}:{{@key}}:{{@first}}:{{@last}} {{/each}}"),
            "{\"items\":[\"a\",\"b\",\"c\"]}",
            QStringLiteral("0:0:true:false 1:1:false:false 2:2:false:true "));
        addRow("each object",
            QStringLiteral("{{#each o}}{{@key}}={{this}};{{/each}}"),
            "{\"o\":{\"a\":1,\"b\":2}}",
            QStringLiteral("a=1;b=2;"));
        addRow("each else",
            QStringLiteral("{{#each items}}x{{else}}empty{{/each}}"),
            "{\"items\":[]}",
            QStringLiteral("empty"));
        addRow("each missing else",
            QStringLiteral("{{#each items}}x{{else}}empty{{/each}}"),
            "{}",
            QStringLiteral("empty"));
        addRow("each parent",
            QStringLiteral("{{#each items}}{{../title}}-{{name}} {{/each}}"),
            "{\"title\":\"T\",\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}]}",
            QStringLiteral("T-a T-b "));
        addRow("each root",
            QStringLiteral("{{#each items}}{{@root.title}}{{/each}}"),
            "{\"title\":\"T\",\"items\":[1,2]}",
            QStringLiteral("TT"));
        addRow("each nested index",
            QStringLiteral("{{#each rows}}{{#each this}}{{@../index}}.{{@index}} {{/each}}{{/each}}"),
            "{\"rows\":[[1,2],[3]]}",
            QStringLiteral("0.0 0.1 1.0 "));
        addRow("each block params",
            QStringLiteral("{{#each items as |item i|}}{{i}}={{item.name}} {{/each}}"),
            "{\"items\":[{\"name\":\"p\"},{\"name\":\"q\"}]}",
            QStringLiteral("0=p 1=q "));
        addRow("with",
            QStringLiteral("{{#with contact}}{{firstName}} {{lastName}}{{/with}}"),
            "{\"contact\":{\"firstName\":\"A\",\"lastName\":\"B\"}}",
            QStringLiteral("A B"));
        addRow("with else",
            QStringLiteral("{{#with contact}}{{firstName}}{{else}}nobody{{/with}}"),
            "{}",
            QStringLiteral("nobody"));
        addRow("with block param",
            QStringLiteral("{{#with contact as |c|}}{{c.firstName}}{{/with}}"),
            "{\"contact\":{\"firstName\":\"A\"}}",
            QStringLiteral("A"));
        addRow("with parent",
            QStringLiteral("{{#with contact}}{{../greeting}} {{firstName}}{{/with}}"),
            "{\"greeting\":\"Hi\",\"contact\":{\"firstName\":\"A\"}}",
            QStringLiteral("Hi A"));
        addRow("parent inside if stays",
            QStringLiteral("{{#each items}}{{#if this}}{{../t}}{{/if}}{{/each}}"),
            "{\"t\":\"T\",\"items\":[1]}",
            QStringLiteral("T"));
        addRow("lookup",
            QStringLiteral("{{lookup names 1}} {{lookup map key}}"),
            "{\"names\":[\"a\",\"b\"],\"map\":{\"x\":\"X\"},\"key\":\"x\"}",
            QStringLiteral("b X"));
        addRow("lookup subexpression",
            QStringLiteral("{{#with (lookup users id)}}{{name}}{{/with}}"),
            "{\"users\":{\"u1\":{\"name\":\"Ann\"}},\"id\":\"u1\"}",
            QStringLiteral("Ann"));
        addRow("lookup each index",
            QStringLiteral("{{#each a}}{{lookup ../b @index}}{{/each}}"),
            "{\"a\":[1,2],\"b\":[\"x\",\"y\"]}",
            QStringLiteral("xy"));
        addRow("log renders nothing", QStringLiteral("a{{log \"debug\" x}}b"), "{\"x\":1}", QStringLiteral("ab"));
        addRow("section object",
            QStringLiteral("{{#person}}{{name}}{{/person}}"),
            "{\"person\":{\"name\":\"P\"}}",
            QStringLiteral("P"));
        addRow(
            "section array", QStringLiteral("{{#list}}<{{.}}>{{/list}}"), "{\"list\":[1,2]}", QStringLiteral("<1><2>"));
        addRow("section false",
            QStringLiteral("{{#flag}}on{{else}}off{{/flag}}"),
            "{\"flag\":false}",
            QStringLiteral("off"));
        addRow("inverted section", QStringLiteral("{{^list}}none{{/list}}"), "{\"list\":[]}", QStringLiteral("none"));
        addRow("inverted section with else",
            QStringLiteral("{{^list}}none{{else}}some{{/list}}"),
            "{\"list\":[1]}",
            QStringLiteral("some"));
        addRow("comments", QStringLiteral("a{{! short }}b{{!-- long }} --}}c"), "{}", QStringLiteral("abc"));
        addRow("escaped mustache",
            QStringLiteral("\\{{name}} is {{name}}"),
            "{\"name\":\"N\"}",
            QStringLiteral("{{name}} is N"));
        addRow("escaped backslash", QStringLiteral("\\\\{{name}}"), "{\"name\":\"N\"}", QStringLiteral("\\N"));
        addRow("tilde strip", QStringLiteral("a  {{~name~}}  b"), "{\"name\":\"N\"}", QStringLiteral("aNb"));
        addRow("tilde block",
            QStringLiteral("<ul>\n  {{~#each a~}}\n  <li>{{this}}</li>\n  {{~/each~}}\n</ul>"),
            "{\"a\":[1,2]}",
            QStringLiteral("<ul><li>1</li><li>2</li></ul>"));
        addRow("standalone block lines",
            QStringLiteral("<ul>\n  {{#each a}}\n  <li>{{this}}</li>\n  {{/each}}\n</ul>\n"),
            "{\"a\":[1,2]}",
            QStringLiteral("<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n"));
        addRow("standalone else",
            QStringLiteral("{{#if a}}\n  yes\n{{else}}\n  no\n{{/if}}\n"),
            "{\"a\":false}",
            QStringLiteral("  no\n"));
        addRow("standalone comment", QStringLiteral("a\n  {{! note }}\nb"), "{}", QStringLiteral("a\nb"));
        addRow(
            "not standalone inline", QStringLiteral("a {{#if t}}x{{/if}} b\n"), "{\"t\":1}", QStringLiteral("a x b\n"));
        addRow("crlf standalone",
            QStringLiteral("a\r\n{{#if t}}\r\nx\r\n{{/if}}\r\nb"),
            "{\"t\":1}",
            QStringLiteral("a\r\nx\r\nb"));
        addRow("inline partial",
            QStringLiteral(
                "{{#*inline \"fullName\"}}{{firstName}}{{#if lastName}} {{lastName}}{{/if}}{{/inline}}\n<h1>Hello {{> "
                "fullName}}!</h1>{{#each friends}}<li>{{> fullName}}</li>{{/each}}"),
            "{\"firstName\":\"Ann\",\"lastName\":\"Lee\",\"friends\":[{\"firstName\":\"Bo\"},{\"firstName\":\"Cy\","
            "\"lastName\":\"Do\"}]}",
            QStringLiteral("\n<h1>Hello Ann Lee!</h1><li>Bo</li><li>Cy Do</li>"));
        addRow("guide inline partial",
            QStringLiteral("{{#* inline \"fullName\"}} {{firstName}}{{#if lastName}} {{lastName}}{{/if}} "
                           "{{/inline~}}\n Hello {{> fullName}}!"),
            "{\"firstName\":\"Ann\",\"lastName\":\"Lee\"}",
            QStringLiteral("Hello  Ann Lee !"));
        addRow("partial context",
            QStringLiteral("{{#*inline \"p\"}}[{{name}}]{{/inline}}{{> p person}}"),
            "{\"person\":{\"name\":\"X\"}}",
            QStringLiteral("[X]"));
        addRow("partial hash",
            QStringLiteral("{{#*inline \"p\"}}[{{name}}/{{role}}]{{/inline}}{{> p role=\"admin\"}}"),
            "{\"name\":\"X\"}",
            QStringLiteral("[X/admin]"));
        addRow("partial indent",
            QStringLiteral("{{#*inline \"p\"}}\nline1\nline2\n{{/inline}}\n<div>\n    {{> p}}\n</div>"),
            "{}",
            QStringLiteral("<div>\n    line1\n    line2\n</div>"));
        addRow(
            "ses placeholders", QStringLiteral("x{{ses:openTracker}}y"), "{}", QStringLiteral("x{{ses:openTracker}}y"));
        addRow("literal name", QStringLiteral("[{{\"a b\"}}]"), "{\"a b\":\"lit\"}", QStringLiteral("[lit]"));
        addRow("this path", QStringLiteral("{{this.name}} {{./name}}"), "{\"name\":\"N\"}", QStringLiteral("N N"));
        addRow("guide each",
            QStringLiteral("<ul>{{#each subscription}}<li>{{interest}}</li>{{/each}}</ul><a "
                           "href=https://www.example.com/i.aspx?id={{meta.userId}}>"),
            "{\"meta\":{\"userId\":\"51806220607\"},\"contact\":{\"firstName\":\"Anaya\"},\"subscription\":[{"
            "\"interest\":\"Sports\"},{\"interest\":\"Travel\"},{\"interest\":\"Cooking\"}]}",
            QStringLiteral("<ul><li>Sports</li><li>Travel</li><li>Cooking</li></ul><a "
                           "href=https://www.example.com/i.aspx?id=51806220607>"));
    }

    void handlebarsCompatible()
    {
        QFETCH(QString, templ);
        QFETCH(QJsonObject, data);
        QFETCH(QString, expected);
        const TemplateDocument document = TemplateDocument::parse(templ);
        QVERIFY2(document.isValid(),
            qPrintable(document.diagnostics().isEmpty() ? QString() : document.diagnostics().first().message));
        TemplateRenderer::Options options;
        options.escaping = TemplateRenderer::Escaping::Html;
        const TemplateRenderResult result = TemplateRenderer(options).render(document, data);
        QVERIFY(result.ok());
        QCOMPARE(result.text, expected);
    }

    void sesDefaults_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("expected");
        // SES does not HTML-escape (guide, "고급 이메일 맞춤 설정" note): {{x}} prints x as is.
        addRow("no escaping",
            QStringLiteral("<p>{{s}}</p>"),
            R"({"s":"<b>Tom & Jerry</b>"})",
            QStringLiteral("<p><b>Tom & Jerry</b></p>"));
        addRow("triple stash same", QStringLiteral("{{{s}}}"), R"({"s":"<i>x</i>"})", QStringLiteral("<i>x</i>"));
        addRow("open tracker kept",
            QStringLiteral("<body>{{ses:openTracker}}</body>"),
            "{}",
            QStringLiteral("<body>{{ses:openTracker}}</body>"));
        addRow("unsubscribe kept",
            QStringLiteral("Leave: {{amazonSESUnsubscribeUrl}}"),
            "{}",
            QStringLiteral("Leave: {{amazonSESUnsubscribeUrl}}"));
        addRow("korean data",
            QStringLiteral("{{greeting}}, {{name}}님"),
            R"({"greeting":"안녕하세요","name":"이서연"})",
            QStringLiteral("안녕하세요, 이서연님"));
        addRow("emoji data", QStringLiteral("{{e}}"), R"({"e":"🎉 축하"})", QStringLiteral("🎉 축하"));
    }

    void sesDefaults()
    {
        QFETCH(QString, templ);
        QFETCH(QJsonObject, data);
        QFETCH(QString, expected);
        const TemplateRenderResult result = TemplateRenderer().render(TemplateDocument::parse(templ), data);
        QVERIFY(result.ok());
        QCOMPARE(result.text, expected);
        QVERIFY(result.missing.isEmpty());
    }

    void missingValues_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QJsonObject>("data");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<QStringList>("paths"); // as written
        QTest::addColumn<QStringList>("dataPaths");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<int>>("columns");

        QTest::newRow("none") << QStringLiteral("{{a}}") << json(R"({"a":"x"})") << QStringLiteral("x") << QStringList()
                              << QStringList() << QList<int>() << QList<int>();
        QTest::newRow("top level") << QStringLiteral("Hi {{name}}!") << json("{}") << QStringLiteral("Hi !")
                                   << QStringList{QStringLiteral("name")} << QStringList{QStringLiteral("name")}
                                   << QList<int>{1} << QList<int>{4};
        QTest::newRow("nested") << QStringLiteral("{{contact.firstName}}\n  {{contact.lastName}}")
                                << json(R"({"contact":{"firstName":"A"}})") << QStringLiteral("A\n  ")
                                << QStringList{QStringLiteral("contact.lastName")}
                                << QStringList{QStringLiteral("contact.lastName")} << QList<int>{2} << QList<int>{3};
        QTest::newRow("null is present") << QStringLiteral("[{{n}}]") << json(R"({"n":null})") << QStringLiteral("[]")
                                         << QStringList() << QStringList() << QList<int>() << QList<int>();
        QTest::newRow("in each, once per place")
            << QStringLiteral("{{#each items}}{{name}}{{price}},{{/each}}")
            << json(R"({"items":[{"name":"a"},{"name":"b","price":2}]})") << QStringLiteral("a,b2,")
            << QStringList{QStringLiteral("price")} << QStringList{QStringLiteral("items[].price")} << QList<int>{1}
            << QList<int>{24};
        QTest::newRow("conditions are not missing")
            << QStringLiteral("{{#if vip}}VIP{{/if}}{{#each list}}x{{/each}}{{#with o}}y{{/with}}") << json("{}")
            << QString() << QStringList() << QStringList() << QList<int>() << QList<int>();
        QTest::newRow("parent path") << QStringLiteral("{{#with contact}}{{../company}}{{/with}}")
                                     << json(R"({"contact":{"a":1}})") << QString()
                                     << QStringList{QStringLiteral("../company")}
                                     << QStringList{QStringLiteral("company")} << QList<int>{1} << QList<int>{18};
        QTest::newRow("block param") << QStringLiteral("{{#each items as |item|}}{{item.sku}}{{/each}}")
                                     << json(R"({"items":[{}]})") << QString()
                                     << QStringList{QStringLiteral("item.sku")}
                                     << QStringList{QStringLiteral("items[].sku")} << QList<int>{1} << QList<int>{26};
        QTest::newRow("placeholders are not data")
            << QStringLiteral("{{ses:openTracker}}") << json("{}") << QStringLiteral("{{ses:openTracker}}")
            << QStringList() << QStringList() << QList<int>() << QList<int>();
    }

    void missingValues()
    {
        QFETCH(QString, templ);
        QFETCH(QJsonObject, data);
        QFETCH(QString, expectedText);
        QFETCH(QStringList, paths);
        QFETCH(QStringList, dataPaths);
        QFETCH(QList<int>, lines);
        QFETCH(QList<int>, columns);
        const TemplateRenderResult result = TemplateRenderer().render(TemplateDocument::parse(templ), data);
        QVERIFY(result.ok());
        QCOMPARE(result.text, expectedText);
        QStringList gotPaths, gotDataPaths;
        QList<int> gotLines, gotColumns;
        for (const TemplateMissingValue &m : result.missing) {
            gotPaths << m.path;
            gotDataPaths << m.dataPath;
            gotLines << m.location.line;
            gotColumns << m.location.column;
        }
        QCOMPARE(gotPaths, paths);
        QCOMPARE(gotDataPaths, dataPaths);
        QCOMPARE(gotLines, lines);
        QCOMPARE(gotColumns, columns);
    }

    void sesMessage()
    {
        QCOMPARE(TemplateRenderer::sesMissingAttributeMessage(QStringLiteral("attributeName")),
            QStringLiteral("Attribute 'attributeName' is not present in the rendering data."));
    }

    void invalidTemplateIsNotRendered()
    {
        const TemplateRenderResult result
            = TemplateRenderer().render(TemplateDocument::parse(QStringLiteral("{{#if a}}x")), QJsonObject());
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().code, TemplateDiagnostic::Code::UnclosedBlock);
        QVERIFY(result.text.isEmpty());
    }

    void placeholdersCanRenderAsData()
    {
        TemplateRenderer::Options options;
        options.keepSesPlaceholders = false;
        const TemplateRenderResult result = TemplateRenderer(options).render(
            TemplateDocument::parse(QStringLiteral("[{{amazonSESUnsubscribeUrl}}]")), QJsonObject());
        QCOMPARE(result.text, QStringLiteral("[]"));
        QCOMPARE(result.missing.size(), 1);
    }

    void recursivePartialStops()
    {
        const TemplateDocument document
            = TemplateDocument::parse(QStringLiteral("{{#*inline \"p\"}}x{{> p}}{{/inline}}{{> p}}"));
        QVERIFY(document.isValid());
        const TemplateRenderResult result = TemplateRenderer().render(document, QJsonObject());
        QVERIFY(!result.ok());
        QCOMPARE(result.text.count(u'x'), 64);
    }

    void eachOverObjectIsInKeyOrder()
    {
        const TemplateRenderResult result = TemplateRenderer().render(
            TemplateDocument::parse(QStringLiteral("{{#each o}}{{@key}}{{/each}}")), json(R"({"o":{"b":1,"a":2}})"));
        QCOMPARE(result.text, QStringLiteral("ab"));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateRenderer)
#include "tst_templaterenderer.moc"
