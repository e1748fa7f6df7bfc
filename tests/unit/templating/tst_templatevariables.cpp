#include <QTest>

#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateVariableCollector.h"

using namespace Ses;
using Usage = TemplateVariable::Usage;

/// TemplateVariableCollector: the data paths a template uses, written from the data's root.
class tst_TemplateVariables : public QObject
{
    Q_OBJECT

private:
    /// "path" for printed values, "path?" for conditions, "path[each]", "path[with]", "path[arg]".
    static QStringList describe(const QList<TemplateVariable> &variables)
    {
        QStringList out;
        for (const TemplateVariable &v : variables) {
            QString s = v.path;
            if (v.usages.testFlag(Usage::Condition))
                s += QStringLiteral("?");
            if (v.usages.testFlag(Usage::Iterated))
                s += QStringLiteral("[each]");
            if (v.usages.testFlag(Usage::Scope))
                s += QStringLiteral("[with]");
            if (v.usages.testFlag(Usage::Argument))
                s += QStringLiteral("[arg]");
            out << s;
        }
        return out;
    }

private Q_SLOTS:
    void paths_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("none") << QStringLiteral("Hello") << QStringList();
        QTest::newRow("simple, first use order")
            << QStringLiteral("{{b}} {{a}} {{b}}") << QStringList{QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("dotted") << QStringLiteral("{{contact.firstName}} {{contact/lastName}}")
                                << QStringList{QStringLiteral("contact.firstName"), QStringLiteral("contact.lastName")};
        QTest::newRow("each item fields")
            << QStringLiteral("{{#each subscription}}<li>{{interest}}</li>{{/each}}")
            << QStringList{QStringLiteral("subscription[each]"), QStringLiteral("subscription[].interest")};
        QTest::newRow("each this") << QStringLiteral("{{#each tags}}{{this}}, {{@index}}{{/each}}")
                                   << QStringList{QStringLiteral("tags[each]"), QStringLiteral("tags[]")};
        QTest::newRow("nested each") << QStringLiteral(
            "{{#each orders}}{{#each lines}}{{sku}} {{../id}}{{/each}}{{/each}}")
                                     << QStringList{QStringLiteral("orders[each]"),
                                            QStringLiteral("orders[].lines[each]"),
                                            QStringLiteral("orders[].lines[].sku"),
                                            QStringLiteral("orders[].id")};
        QTest::newRow("each parent and root")
            << QStringLiteral("{{#each items}}{{../title}}{{@root.footer}}{{/each}}")
            << QStringList{QStringLiteral("items[each]"), QStringLiteral("title"), QStringLiteral("footer")};
        QTest::newRow("block params") << QStringLiteral("{{#each items as |item i|}}{{item.name}}{{i}}{{/each}}")
                                      << QStringList{QStringLiteral("items[each]"), QStringLiteral("items[].name")};
        QTest::newRow("with") << QStringLiteral("{{#with contact}}{{firstName}}{{else}}{{fallback}}{{/with}}")
                              << QStringList{QStringLiteral("contact[with]"),
                                     QStringLiteral("contact.firstName"),
                                     QStringLiteral("fallback")};
        QTest::newRow("with block param") << QStringLiteral("{{#with a.b as |x|}}{{x.c}}{{/with}}")
                                          << QStringList{QStringLiteral("a.b[with]"), QStringLiteral("a.b.c")};
        QTest::newRow("if keeps scope") << QStringLiteral("{{#if vip}}{{name}}{{else}}{{guest}}{{/if}}")
                                        << QStringList{
                                               QStringLiteral("vip?"), QStringLiteral("name"), QStringLiteral("guest")};
        QTest::newRow("same path used two ways")
            << QStringLiteral("{{#if subscription}}{{#each subscription}}{{interest}}{{/each}}{{/if}}")
            << QStringList{QStringLiteral("subscription?[each]"), QStringLiteral("subscription[].interest")};
        QTest::newRow("else if chain") << QStringLiteral("{{#if a}}{{x}}{{else if b}}{{y}}{{/if}}")
                                       << QStringList{QStringLiteral("a?"),
                                              QStringLiteral("x"),
                                              QStringLiteral("b?"),
                                              QStringLiteral("y")};
        QTest::newRow("section") << QStringLiteral("{{#person}}{{name}}{{/person}}{{^list}}none{{/list}}")
                                 << QStringList{QStringLiteral("person[with]"),
                                        QStringLiteral("person.name"),
                                        QStringLiteral("list?")};
        QTest::newRow("lookup literal and variable")
            << QStringLiteral("{{lookup map \"k\"}} {{lookup names 0}} {{lookup users id}}")
            << QStringList{QStringLiteral("map.k"),
                   QStringLiteral("names.0"),
                   QStringLiteral("users.*"),
                   QStringLiteral("id[arg]")};
        QTest::newRow("with lookup") << QStringLiteral("{{#with (lookup users id)}}{{name}}{{/with}}")
                                     << QStringList{QStringLiteral("users.*[with]"),
                                            QStringLiteral("id[arg]"),
                                            QStringLiteral("users.*.name")};
        QTest::newRow("log arguments") << QStringLiteral("{{log debugInfo}}")
                                       << QStringList{QStringLiteral("debugInfo[arg]")};
        QTest::newRow("partial at each call site")
            << QStringLiteral("{{#*inline \"fullName\"}}{{firstName}}{{#if lastName}} {{lastName}}{{/if}}{{/inline}}\n"
                              "Hello {{> fullName}}{{#each friends}}{{> fullName}}{{/each}}")
            << QStringList{QStringLiteral("firstName"),
                   QStringLiteral("lastName?"),
                   QStringLiteral("friends[each]"),
                   QStringLiteral("friends[].firstName"),
                   QStringLiteral("friends[].lastName?")};
        QTest::newRow("partial context and hash")
            << QStringLiteral("{{#*inline \"p\"}}{{name}}{{role}}{{/inline}}{{> p manager role=title}}")
            << QStringList{
                   QStringLiteral("manager[with]"), QStringLiteral("title[arg]"), QStringLiteral("manager.name")};
        QTest::newRow("source order") << QStringLiteral("{{#each a}}{{x}}{{/each}}{{b}}")
                                      << QStringList{
                                             QStringLiteral("a[each]"), QStringLiteral("a[].x"), QStringLiteral("b")};
        QTest::newRow("recursive partial terminates")
            << QStringLiteral("{{#*inline \"p\"}}{{x}}{{> p}}{{/inline}}{{> p}}") << QStringList{QStringLiteral("x")};
        QTest::newRow("placeholders and data vars are not data")
            << QStringLiteral("{{ses:openTracker}}{{amazonSESUnsubscribeUrl}}{{#each a}}{{@index}}{{@key}}{{/each}}")
            << QStringList{QStringLiteral("a[each]")};
        QTest::newRow("korean names") << QStringLiteral("{{고객.이름}}님") << QStringList{QStringLiteral("고객.이름")};
    }

    void paths()
    {
        QFETCH(QString, templ);
        QFETCH(QStringList, expected);
        const TemplateDocument document = TemplateDocument::parse(templ);
        QVERIFY2(document.isValid(), qPrintable(document.diagnostics().value(0).message));
        QCOMPARE(describe(TemplateVariableCollector::collect(document)), expected);
    }

    void locationsOfEveryUse()
    {
        const TemplateDocument document = TemplateDocument::parse(QStringLiteral("{{a}}\n  {{#if a}}{{a}}{{/if}}"));
        const QList<TemplateVariable> variables = TemplateVariableCollector::collect(document);
        QCOMPARE(variables.size(), 1);
        const TemplateVariable &a = variables.first();
        QCOMPARE(a.locations.size(), 3);
        QCOMPARE(a.locations.at(0), (TemplateSourceLocation{1, 3, 2}));
        QCOMPARE(a.locations.at(1), (TemplateSourceLocation{2, 9, 14}));
        QCOMPARE(a.locations.at(2), (TemplateSourceLocation{2, 14, 19}));
        QVERIFY(a.usages.testFlag(Usage::Printed));
        QVERIFY(a.usages.testFlag(Usage::Condition));
    }

    void invalidTemplateHasNoVariables()
    {
        QVERIFY(TemplateVariableCollector::collect(TemplateDocument::parse(QStringLiteral("{{#if a}}"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TemplateVariables)
#include "tst_templatevariables.moc"
