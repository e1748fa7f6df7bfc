#include <QTest>

#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateLineMap.h"

using namespace Ses;
using Code = TemplateDiagnostic::Code;

Q_DECLARE_METATYPE(Ses::TemplateDiagnostic::Code)

/// TemplateDocument::parse (lexer, parser, whitespace control, validator): which templates are
/// valid, and for each kind of error the exact line and column reported.
class tst_TemplateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validTemplates_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::newRow("empty") << QString();
        QTest::newRow("text only") << QStringLiteral("Hello, world. { } }} single braces");
        QTest::newRow("variable") << QStringLiteral("Greetings, {{name}}!");
        QTest::newRow("spaces inside") << QStringLiteral("{{  name  }} {{~ name ~}}");
        QTest::newRow("newline inside tag") << QStringLiteral("{{\nname\n}}");
        QTest::newRow("dotted") << QStringLiteral("{{contact.firstName}} {{contact/lastName}}");
        QTest::newRow("raw") << QStringLiteral("{{{html}}} {{&html}}");
        QTest::newRow("comments") << QStringLiteral("{{! a }} {{!-- b }} c --}} {{~! d ~}}");
        QTest::newRow("escape") << QStringLiteral("\\{{not a tag}} \\\\{{tag}}");
        QTest::newRow("if else") << QStringLiteral("{{#if a}}x{{else}}y{{/if}} {{#if a}}x{{^}}y{{/if}}");
        QTest::newRow("else if chain") << QStringLiteral("{{#if a}}1{{else if b}}2{{else unless c}}3{{else}}4{{/if}}");
        QTest::newRow("unless") << QStringLiteral("{{#unless a}}x{{/unless}}");
        QTest::newRow("each with data") << QStringLiteral(
            "{{#each xs}}{{@index}}{{@key}}{{@first}}{{@last}}{{this}}{{/each}}");
        QTest::newRow("each else") << QStringLiteral("{{#each xs}}x{{else}}none{{/each}}");
        QTest::newRow("block params") << QStringLiteral("{{#each xs as |x i|}}{{i}}{{x.name}}{{/each}}");
        QTest::newRow("with") << QStringLiteral("{{#with a as |b|}}{{b.c}}{{../d}}{{@root.e}}{{/with}}");
        QTest::newRow("sections") << QStringLiteral("{{#list}}{{.}}{{/list}}{{^list}}none{{/list}}");
        QTest::newRow("lookup") << QStringLiteral("{{lookup map key}} {{#with (lookup users id)}}{{name}}{{/with}}");
        QTest::newRow("log") << QStringLiteral("{{log \"x\" level=\"warn\"}} {{log}}");
        QTest::newRow("includeZero") << QStringLiteral("{{#if n includeZero=true}}x{{/if}}");
        QTest::newRow("literals") << QStringLiteral(
            "{{lookup a 1}} {{lookup a \"k\"}} {{lookup a 'k'}} {{lookup a -1.5}}");
        QTest::newRow("segment literal") << QStringLiteral("{{[first name]}} {{items.[0]}} {{[this]}}");
        QTest::newRow("inline partial") << QStringLiteral(
            "{{#* inline \"fullName\"}}{{firstName}}{{#if lastName}} {{lastName}}{{/if}}{{/inline}}\n"
            "Hello {{> fullName}} {{#each friends}}{{> fullName}}{{/each}}");
        QTest::newRow("partial used before definition") << QStringLiteral("{{> p}}{{#*inline \"p\"}}x{{/inline}}");
        QTest::newRow("partial from outer scope") << QStringLiteral(
            "{{#*inline \"p\"}}x{{/inline}}{{#if a}}{{#each b}}{{> p this role=\"r\"}}{{/each}}{{/if}}");
        QTest::newRow("ses placeholders") << QStringLiteral("{{ses:openTracker}} {{amazonSESUnsubscribeUrl}}");
        QTest::newRow("keyword lookalike") << QStringLiteral("{{elsewhere}} {{this-one}} {{as}} {{truey}}");
        QTest::newRow("korean and emoji") << QStringLiteral("안녕하세요 {{이름}}님 🎉 {{주문.번호}}");
        QTest::newRow("guide preferences") << QStringLiteral(
            "<h1>Your Preferences</h1><p>Dear {{contact.firstName}},</p>{{#if subscription}}<ul>{{#each subscription}}"
            "<li>{{interest}}</li>{{/each}}</ul><a "
            "href=https://www.example.com/prefererences/i.aspx?id={{meta.userId}}>"
            "Preference Center</a>{{else}}<p>Please update your subscription preferences.</p>{{/if}}");
        QTest::newRow("css braces") << QStringLiteral("<style>p { color: red; }</style>{{name}}");
    }

    void validTemplates()
    {
        QFETCH(QString, templ);
        const TemplateDocument document = TemplateDocument::parse(templ);
        QVERIFY2(document.isValid(), qPrintable(document.diagnostics().value(0).message));
        QCOMPARE(document.source(), templ);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<Code>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("unclosed at end") << QStringLiteral("Hello {{name") << Code::UnclosedMustache << 1 << 7;
        QTest::newRow("unclosed before next tag")
            << QStringLiteral("Dear {{name\nYour order {{order}}") << Code::UnclosedMustache << 1 << 6;
        QTest::newRow("unclosed triple") << QStringLiteral("x\n  {{{html") << Code::UnclosedMustache << 2 << 3;
        QTest::newRow("single close brace") << QStringLiteral("{{name}") << Code::BadSyntax << 1 << 7;
        QTest::newRow("triple open, double close") << QStringLiteral("{{{raw}}") << Code::BadSyntax << 1 << 7;
        QTest::newRow("double open, triple close") << QStringLiteral("{{x}}}") << Code::BadSyntax << 1 << 4;
        QTest::newRow("unclosed comment") << QStringLiteral("a\nb {{!-- note") << Code::UnclosedComment << 2 << 3;
        QTest::newRow("unclosed short comment") << QStringLiteral("{{! note") << Code::UnclosedComment << 1 << 1;
        QTest::newRow("empty tag") << QStringLiteral("x {{ }}") << Code::BadSyntax << 1 << 3;
        QTest::newRow("bad character") << QStringLiteral("{{name;}}") << Code::BadSyntax << 1 << 7;
        QTest::newRow("call syntax") << QStringLiteral("{{foo(bar)}}") << Code::BadSyntax << 1 << 6;
        QTest::newRow("unterminated string") << QStringLiteral("{{lookup a \"key}}") << Code::BadSyntax << 1 << 12;
        QTest::newRow("this inside path") << QStringLiteral("{{a.this}}") << Code::BadSyntax << 1 << 3;
        QTest::newRow("number segment") << QStringLiteral("{{items.1}}") << Code::BadSyntax << 1 << 8;
        QTest::newRow("unclosed paren") << QStringLiteral("{{lookup (lookup a b c}}") << Code::BadSyntax << 1 << 10;
        QTest::newRow("param after hash") << QStringLiteral("{{log level=1 x}}") << Code::BadSyntax << 1 << 15;
        QTest::newRow("unclosed block") << QStringLiteral("{{#if a}}\nx") << Code::UnclosedBlock << 1 << 1;
        QTest::newRow("unclosed nested block")
            << QStringLiteral("line1\nline2 {{#with a}}{{#if b}}x{{/if}}") << Code::UnclosedBlock << 2 << 7;
        QTest::newRow("mismatched close") << QStringLiteral("{{#if a}}x{{/each}}") << Code::MismatchedClose << 1 << 11;
        QTest::newRow("crossed blocks") << QStringLiteral("{{#each items}}\n  {{#if x}}\n  {{/each}}")
                                        << Code::MismatchedClose << 3 << 3;
        QTest::newRow("close without open") << QStringLiteral("x{{/if}}") << Code::UnexpectedClose << 1 << 2;
        QTest::newRow("else outside block") << QStringLiteral("a\n{{else}}") << Code::MisplacedElse << 2 << 1;
        QTest::newRow("else if outside block") << QStringLiteral("{{else if a}}") << Code::MisplacedElse << 1 << 1;
        QTest::newRow("two elses") << QStringLiteral("{{#if a}}x{{else}}y{{else}}z{{/if}}") << Code::MisplacedElse << 1
                                   << 20;
        QTest::newRow("else on inline partial")
            << QStringLiteral("{{#*inline \"p\"}}x{{else}}y{{/inline}}") << Code::MisplacedElse << 1 << 18;
        QTest::newRow("unknown helper") << QStringLiteral("{{foo bar}}") << Code::UnknownHelper << 1 << 3;
        QTest::newRow("unknown block helper") << QStringLiteral("{{#eq a b}}x{{/eq}}") << Code::UnknownHelper << 1 << 4;
        QTest::newRow("unknown helper with hash") << QStringLiteral("{{format x=1}}") << Code::UnknownHelper << 1 << 3;
        QTest::newRow("dotted helper") << QStringLiteral("\n {{foo.bar baz}}") << Code::UnknownHelper << 2 << 4;
        QTest::newRow("unknown helper in else if")
            << QStringLiteral("{{#if a}}x{{else and b c}}y{{/if}}") << Code::UnknownHelper << 1 << 18;
        QTest::newRow("unknown subexpression")
            << QStringLiteral("{{#if (or a b)}}x{{/if}}") << Code::UnknownHelper << 1 << 8;
        QTest::newRow("if inline") << QStringLiteral("{{if a}}") << Code::BlockHelperUsedInline << 1 << 3;
        QTest::newRow("each inline") << QStringLiteral("{{each}}") << Code::BlockHelperUsedInline << 1 << 3;
        QTest::newRow("lookup as block") << QStringLiteral("{{#lookup a b}}{{/lookup}}") << Code::BlockHelperUsedInline
                                         << 1 << 4;
        QTest::newRow("if in subexpression")
            << QStringLiteral("{{lookup (if a) b}}") << Code::BlockHelperUsedInline << 1 << 11;
        QTest::newRow("if without argument") << QStringLiteral("{{#if}}x{{/if}}") << Code::WrongArgumentCount << 1 << 4;
        QTest::newRow("if with two arguments")
            << QStringLiteral("{{#if a b}}x{{/if}}") << Code::WrongArgumentCount << 1 << 9;
        QTest::newRow("lookup with one argument")
            << QStringLiteral("{{lookup a}}") << Code::WrongArgumentCount << 1 << 3;
        QTest::newRow("each with a hash")
            << QStringLiteral("{{#each a x=1}}{{/each}}") << Code::WrongArgumentCount << 1 << 13;
        QTest::newRow("inline without name")
            << QStringLiteral("{{#*inline}}x{{/inline}}") << Code::WrongArgumentCount << 1 << 5;
        QTest::newRow("unknown decorator") << QStringLiteral("{{#*foo \"p\"}}x{{/foo}}") << Code::Unsupported << 1 << 5;
        QTest::newRow("unknown partial") << QStringLiteral("Hi {{> missing}}") << Code::UnknownPartial << 1 << 8;
        QTest::newRow("partial of another block")
            << QStringLiteral("{{#if a}}{{#*inline \"p\"}}x{{/inline}}{{/if}}{{> p}}") << Code::UnknownPartial << 1
            << 49;
        QTest::newRow("raw block") << QStringLiteral("{{{{raw}}}} {{{{/raw}}}}") << Code::Unsupported << 1 << 1;
        QTest::newRow("partial block") << QStringLiteral("{{#> layout}}x{{/layout}}") << Code::Unsupported << 1 << 1;
        QTest::newRow("decorator") << QStringLiteral("{{* deco}}") << Code::Unsupported << 1 << 1;
        QTest::newRow("dynamic partial") << QStringLiteral("{{> (lookup . 'p')}}") << Code::Unsupported << 1 << 5;
        QTest::newRow("columns count UTF-16 units")
            << QStringLiteral("안녕 {{이름") << Code::UnclosedMustache << 1 << 4;
        QTest::newRow("emoji is two units") << QStringLiteral("🎉{{x") << Code::UnclosedMustache << 1 << 3;
        QTest::newRow("crlf lines") << QStringLiteral("a\r\nb\r\n  {{/if}}") << Code::UnexpectedClose << 3 << 3;
    }

    void errors()
    {
        QFETCH(QString, templ);
        QFETCH(Code, code);
        QFETCH(int, line);
        QFETCH(int, column);
        const TemplateDocument document = TemplateDocument::parse(templ);
        QVERIFY(!document.isValid());
        const TemplateDiagnostic &d = document.diagnostics().first();
        QCOMPARE(d.code, code);
        QCOMPARE(d.location.line, line);
        QCOMPARE(d.location.column, column);
        QVERIFY(!d.message.isEmpty());
        QVERIFY(d.length > 0);
        // The offset agrees with line and column.
        QCOMPARE(TemplateLineMap(templ).locationAt(d.location.offset), d.location);
    }

    void messagesNameTheProblem_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("mismatch names both")
            << QStringLiteral("{{#if a}}\n{{/each}}")
            << QStringLiteral("\"{{/each}}\" does not match \"{{#if a}}\" opened at line 1, column 1");
        QTest::newRow("unclosed says what to add") << QStringLiteral("{{#each items}}") << QStringLiteral("{{/each}}");
        QTest::newRow("unknown helper lists helpers")
            << QStringLiteral("{{eq a b}}") << QStringLiteral("if, unless, each, with, lookup, log");
        QTest::newRow("unclosed before next")
            << QStringLiteral("{{a\n{{b}}") << QStringLiteral("not closed before the next \"{{\" at line 2, column 1");
        QTest::newRow("argument count") << QStringLiteral("{{#with}}{{/with}}") << QStringLiteral("exactly 1 argument");
    }

    void messagesNameTheProblem()
    {
        QFETCH(QString, templ);
        QFETCH(QString, fragment);
        const TemplateDocument document = TemplateDocument::parse(templ);
        QVERIFY(!document.isValid());
        QVERIFY2(document.diagnostics().first().message.contains(fragment),
            qPrintable(document.diagnostics().first().message));
    }

    void everySemanticErrorIsReported()
    {
        const TemplateDocument document
            = TemplateDocument::parse(QStringLiteral("{{foo a}}\n{{#if}}{{/if}}\n{{> nope}}"));
        QCOMPARE(document.diagnostics().size(), 3);
        QCOMPARE(document.diagnostics().at(0).location.line, 1);
        QCOMPARE(document.diagnostics().at(1).location.line, 2);
        QCOMPARE(document.diagnostics().at(2).location.line, 3);
    }

    void treeHasPositions()
    {
        const TemplateDocument document = TemplateDocument::parse(QStringLiteral("Hi\n  {{user.name}}!"));
        QVERIFY(document.isValid());
        const auto &body = document.program().body;
        QCOMPARE(body.size(), std::size_t(3));
        const TemplateNode &mustache = body.at(1);
        QCOMPARE(mustache.kind, TemplateNode::Kind::Mustache);
        QCOMPARE(mustache.location, (TemplateSourceLocation{2, 3, 5}));
        QCOMPARE(mustache.length, 13);
        QCOMPARE(mustache.call.name.path.parts, (QStringList{QStringLiteral("user"), QStringLiteral("name")}));
        QCOMPARE(mustache.call.name.location, (TemplateSourceLocation{2, 5, 7}));
        QVERIFY(mustache.escaped);
    }

    void elseIfChainIsNested()
    {
        const TemplateDocument document
            = TemplateDocument::parse(QStringLiteral("{{#if a}}A{{else if b}}B{{else}}C{{/if}}"));
        QVERIFY(document.isValid());
        const TemplateNode &block = document.program().body.front();
        QCOMPARE(block.kind, TemplateNode::Kind::Block);
        QCOMPARE(block.length, 40);
        QVERIFY(block.inverse && block.inverse->chained);
        const TemplateNode &link = block.inverse->body.front();
        QCOMPARE(link.call.name.path.original, QStringLiteral("if"));
        QCOMPARE(link.call.params.front().path.original, QStringLiteral("b"));
        QCOMPARE(link.location.column, 11);
        QVERIFY(link.inverse && !link.inverse->chained);
        QCOMPARE(link.inverse->body.front().value, QStringLiteral("C"));
    }

    void pathsAreSplit_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("data");
        QTest::addColumn<bool>("scoped");
        QTest::newRow("plain") << QStringLiteral("{{a.b}}") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                               << 0 << false << false;
        QTest::newRow("this") << QStringLiteral("{{this}}") << QStringList() << 0 << false << true;
        QTest::newRow("dot") << QStringLiteral("{{.}}") << QStringList() << 0 << false << true;
        QTest::newRow("this.a") << QStringLiteral("{{this.a}}") << QStringList{QStringLiteral("a")} << 0 << false
                                << true;
        QTest::newRow("parent") << QStringLiteral("{{../../a}}") << QStringList{QStringLiteral("a")} << 2 << false
                                << true;
        QTest::newRow("data") << QStringLiteral("{{@root.a}}")
                              << QStringList{QStringLiteral("root"), QStringLiteral("a")} << 0 << true << false;
        QTest::newRow("segment literal") << QStringLiteral("{{[a b].[this]}}")
                                         << QStringList{QStringLiteral("a b"), QStringLiteral("this")} << 0 << false
                                         << false;
    }

    void pathsAreSplit()
    {
        QFETCH(QString, templ);
        QFETCH(QStringList, parts);
        QFETCH(int, depth);
        QFETCH(bool, data);
        QFETCH(bool, scoped);
        const TemplateDocument document = TemplateDocument::parse(templ);
        QVERIFY(document.isValid());
        const TemplatePath &path = document.program().body.front().call.name.path;
        QCOMPARE(path.parts, parts);
        QCOMPARE(path.depth, depth);
        QCOMPARE(path.data, data);
        QCOMPARE(path.scoped, scoped);
    }
};

QTEST_GUILESS_MAIN(tst_TemplateParser)
#include "tst_templateparser.moc"
