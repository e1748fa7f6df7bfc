#include <QTest>

#include "models/ses/TemplateChecks.h"

using namespace Ses;
using F = TemplateFinding;

Q_DECLARE_METATYPE(Ses::TemplateChecks::Input)

/// TemplateChecks: the editor's pre-save checks, each finding as "severity part code line:column".
class tst_TemplateChecks : public QObject
{
    Q_OBJECT

private:
    static QString describe(const F &f)
    {
        static const char *const severities[] = {"error", "warning", "info"};
        static const char *const parts[] = {"name", "subject", "html", "text", "template"};
        static const char *const codes[] = {"NameMissing",
            "NameInvalid",
            "SubjectMissing",
            "BodyMissing",
            "PartMissing",
            "TooLarge",
            "Syntax",
            "OpenTrackerRepeated",
            "OpenTrackerOutsideHtml",
            "UnsubscribeUrlRepeated",
            "UnsubscribeUrlInSubject",
            "NotSimpleSubstitution"};
        return QStringLiteral("%1 %2 %3 %4:%5")
            .arg(QLatin1String(severities[int(f.severity)]),
                QLatin1String(parts[int(f.part)]),
                QLatin1String(codes[int(f.code)]))
            .arg(f.location.line)
            .arg(f.location.column);
    }
    static QStringList describe(const TemplateFindings &findings)
    {
        QStringList out;
        for (const F &f : findings)
            out << describe(f);
        return out;
    }
    static TemplateChecks::Input input(const QString &subject,
        const QString &html,
        const QString &text,
        const QString &name = QStringLiteral("Welcome_Email-2"))
    {
        return TemplateChecks::Input{name, subject, html, text};
    }

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<TemplateChecks::Input>("in");
        QTest::addColumn<bool>("inlineContent");
        QTest::addColumn<QStringList>("expected");

        const QString subject = QStringLiteral("Greetings, {{name}}!");
        const QString html = QStringLiteral("<h1>Hello {{name}},</h1>");
        const QString text = QStringLiteral("Dear {{name}},");

        QTest::newRow("clean") << input(subject, html, text) << false << QStringList();
        QTest::newRow("no name") << input(subject, html, text, QString()) << false
                                 << QStringList{QStringLiteral("error name NameMissing 1:1")};
        QTest::newRow("name with space") << input(subject, html, text, QStringLiteral("My Template")) << false
                                         << QStringList{QStringLiteral("warning name NameInvalid 1:1")};
        QTest::newRow("name of 65") << input(subject, html, text, QString(65, u'a')) << false
                                    << QStringList{QStringLiteral("warning name NameInvalid 1:1")};
        QTest::newRow("name of 64") << input(subject, html, text, QString(64, u'a')) << false << QStringList();
        QTest::newRow("no subject") << input(QString(), html, text) << false
                                    << QStringList{QStringLiteral("error subject SubjectMissing 1:1")};
        QTest::newRow("blank subject") << input(QStringLiteral("  "), html, text) << false
                                       << QStringList{QStringLiteral("error subject SubjectMissing 1:1")};
        QTest::newRow("no body") << input(subject, QString(), QString()) << false
                                 << QStringList{QStringLiteral("error template BodyMissing 1:1")};
        QTest::newRow("html only") << input(subject, html, QString()) << false
                                   << QStringList{QStringLiteral("info text PartMissing 1:1")};
        QTest::newRow("text only") << input(subject, QString(), text) << false
                                   << QStringList{QStringLiteral("info html PartMissing 1:1")};
        QTest::newRow("syntax in each part") << input(
            QStringLiteral("Hi {{name"), QStringLiteral("<p>\n  {{#if a}}x</p>"), QStringLiteral("{{foo bar}}"))
                                             << false
                                             << QStringList{QStringLiteral("error subject Syntax 1:4"),
                                                    QStringLiteral("error html Syntax 2:3"),
                                                    QStringLiteral("error text Syntax 1:3")};
        QTest::newRow("open tracker once")
            << input(subject, QStringLiteral("<p>x</p>{{ses:openTracker}}"), text) << false << QStringList();
        QTest::newRow("open tracker twice")
            << input(subject, QStringLiteral("{{ses:openTracker}}<p>x</p>\n{{ses:openTracker}}"), text) << false
            << QStringList{QStringLiteral("error html OpenTrackerRepeated 2:1")};
        QTest::newRow("open tracker in html and text")
            << input(subject, QStringLiteral("{{ses:openTracker}}"), QStringLiteral("x {{ses:openTracker}}")) << false
            << QStringList{QStringLiteral("error text OpenTrackerRepeated 1:3"),
                   QStringLiteral("warning text OpenTrackerOutsideHtml 1:3")};
        QTest::newRow("open tracker in a comment does not count")
            << input(subject, QStringLiteral("{{ses:openTracker}}{{!-- {{ses:openTracker}} --}}"), text) << false
            << QStringList();
        QTest::newRow("unsubscribe twice") << input(subject,
            QStringLiteral("{{amazonSESUnsubscribeUrl}} {{amazonSESUnsubscribeUrl}}"),
            QStringLiteral("{{amazonSESUnsubscribeUrl}}"))
                                           << false << QStringList();
        QTest::newRow("unsubscribe three times") << input(subject,
            QStringLiteral("<a href=\"{{amazonSESUnsubscribeUrl}}\">1</a>\n"
                           "<a href=\"{{amazonSESUnsubscribeUrl}}\">2</a>\n"
                           "<a href=\"{{amazonSESUnsubscribeUrl}}\">3</a>"),
            text) << false << QStringList{QStringLiteral("warning html UnsubscribeUrlRepeated 3:10")};
        QTest::newRow("unsubscribe in subject")
            << input(QStringLiteral("Bye {{amazonSESUnsubscribeUrl}}"), html, text) << false
            << QStringList{QStringLiteral("warning subject UnsubscribeUrlInSubject 1:5")};
        QTest::newRow("inline content with blocks") << input(
            subject, QStringLiteral("{{#if a}}x{{/if}}"), QStringLiteral("{{> p}}{{#*inline \"p\"}}y{{/inline}}"))
                                                    << true
                                                    << QStringList{
                                                           QStringLiteral("warning html NotSimpleSubstitution 1:1"),
                                                           QStringLiteral("warning text NotSimpleSubstitution 1:1"),
                                                           QStringLiteral("warning text NotSimpleSubstitution 1:8")};
        QTest::newRow("inline content, simple") << input(subject, html, text) << true << QStringList();
    }

    void findings()
    {
        QFETCH(TemplateChecks::Input, in);
        QFETCH(bool, inlineContent);
        QFETCH(QStringList, expected);
        TemplateChecks::Options options;
        options.inlineContent = inlineContent;
        const TemplateFindings findings = TemplateChecks::run(in, options);
        QCOMPARE(describe(findings), expected);
        for (const F &f : findings)
            QVERIFY(!f.message.isEmpty());
        QCOMPARE(TemplateChecks::hasErrors(findings), expected.join(u'|').contains(QStringLiteral("error ")));
    }

    void sizeBoundary_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("htmlAscii");
        QTest::addColumn<int>("textKorean"); // three UTF-8 bytes each
        QTest::addColumn<bool>("tooLarge");
        // subject "S" = 1 byte; the limit is 512000 bytes.
        QTest::newRow("exactly 500 KB") << QStringLiteral("S") << 511999 << 0 << false;
        QTest::newRow("one byte over") << QStringLiteral("S") << 512000 << 0 << true;
        QTest::newRow("korean counts as UTF-8") << QStringLiteral("S") << 511999 - 3 * 1000 << 1000 << false;
        QTest::newRow("korean one over") << QStringLiteral("S") << 512000 - 3 * 1000 << 1000 << true;
        QTest::newRow("subject counts") << QStringLiteral("SS") << 511999 << 0 << true;
    }

    void sizeBoundary()
    {
        QFETCH(QString, subject);
        QFETCH(int, htmlAscii);
        QFETCH(int, textKorean);
        QFETCH(bool, tooLarge);
        const TemplateChecks::Input in{
            QStringLiteral("big"), subject, QString(htmlAscii, u'x'), QString(textKorean, QChar(0xD55C))};
        const TemplateFindings findings = TemplateChecks::run(in);
        const bool found = std::any_of(findings.cbegin(), findings.cend(), [](const F &f) {
            return f.code == F::Code::TooLarge && f.severity == F::Severity::Error && f.part == F::Part::Template;
        });
        QCOMPARE(found, tooLarge);
        QCOMPARE(TemplateChecks::templateSize(in), qint64(subject.size()) + htmlAscii + 3 * qint64(textKorean));
    }

    void messageNamesTheLimit()
    {
        const TemplateFindings findings
            = TemplateChecks::run({QStringLiteral("t"), QStringLiteral("s"), QString(600000, u'x'), QString()});
        const auto tooLarge = std::find_if(findings.cbegin(), findings.cend(), [](const F &f) {
            return f.code == F::Code::TooLarge;
        });
        QVERIFY(tooLarge != findings.cend());
        QVERIFY(tooLarge->message.contains(QStringLiteral("600001")));
        QVERIFY(tooLarge->message.contains(QStringLiteral("512000")));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateChecks)
#include "tst_templatechecks.moc"
