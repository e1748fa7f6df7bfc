#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include "models/ses/EmailTemplateRenderer.h"
#include "models/ses/MimeParser.h"
#include "models/ses/TemplateData.h"

using namespace Ses;

/// EmailTemplateRenderer (a whole template to a RenderedTemplate MIME message) and TemplateData
/// (the JSON the user types as sample data).
class tst_EmailTemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guideExample()
    {
        // The guide's "MyTemplate" with its TemplateData, as TestRenderEmailTemplate renders it.
        const TemplateChecks::Input parts{QStringLiteral("MyTemplate"),
            QStringLiteral("Greetings, {{name}}!"),
            QStringLiteral("<h1>Hello {{name}},</h1><p>Your favorite animal is {{favoriteanimal}}.</p>"),
            QStringLiteral("Dear {{name}},\r\nYour favorite animal is {{favoriteanimal}}.")};
        const TemplateData::ParseResult data
            = TemplateData::parse(QStringLiteral("{ \"name\":\"Alejandro\", \"favoriteanimal\": \"alligator\" }"));
        QVERIFY(data.ok);
        MimeMessageBuilder builder;
        builder.setDate(QDateTime(QDate(2024, 3, 5), QTime(9, 0), QTimeZone::utc()));
        const RenderedEmailTemplate rendered = EmailTemplateRenderer::render(parts, data.data, builder);
        QVERIFY(rendered.ok());
        QVERIFY(rendered.missingPaths().isEmpty());
        const MimePart message = MimeParser::parse(rendered.mime);
        QCOMPARE(message.subject(), QStringLiteral("Greetings, Alejandro!"));
        QCOMPARE(message.header("Date"), QStringLiteral("Tue, 5 Mar 2024 09:00:00 +0000"));
        QCOMPARE(message.findBody("text/plain")->text(),
            QStringLiteral("Dear Alejandro,\r\nYour favorite animal is alligator."));
        QCOMPARE(message.findBody("text/html")->text(),
            QStringLiteral("<h1>Hello Alejandro,</h1><p>Your favorite animal is alligator.</p>"));
    }

    void koreanTemplate()
    {
        const TemplateChecks::Input parts{QStringLiteral("Order"),
            QStringLiteral("{{name}}님, 주문이 발송되었습니다"),
            QString(),
            QStringLiteral("{{#each items}}- {{this}}\n{{/each}}")};
        const QJsonObject data{{QStringLiteral("name"), QStringLiteral("김민준")},
            {QStringLiteral("items"), QJsonArray{QStringLiteral("티셔츠"), QStringLiteral("모자")}}};
        const RenderedEmailTemplate rendered = EmailTemplateRenderer::render(parts, data, MimeMessageBuilder());
        const MimePart message = MimeParser::parse(rendered.mime);
        QCOMPARE(message.subject(), QStringLiteral("김민준님, 주문이 발송되었습니다"));
        QCOMPARE(message.mimeType(), QByteArray("text/plain"));
        QCOMPARE(message.text(), QStringLiteral("- 티셔츠\r\n- 모자\r\n"));
        QVERIFY(!message.findBody("text/html"));
    }

    void missingValuesAcrossParts()
    {
        const TemplateChecks::Input parts{QStringLiteral("t"),
            QStringLiteral("Hi {{name}}"),
            QStringLiteral("{{name}} {{code}}"),
            QStringLiteral("{{code}} {{city}}")};
        const RenderedEmailTemplate rendered
            = EmailTemplateRenderer::render(parts, QJsonObject(), MimeMessageBuilder());
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.missingPaths(),
            (QStringList{QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("city")}));
        QVERIFY(!rendered.mime.isEmpty()); // a preview still shows, with the values empty
    }

    void invalidPartStopsTheMessage()
    {
        const TemplateChecks::Input parts{
            QStringLiteral("t"), QStringLiteral("ok"), QStringLiteral("{{#if a}}"), QString()};
        const RenderedEmailTemplate rendered
            = EmailTemplateRenderer::render(parts, QJsonObject(), MimeMessageBuilder());
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.html.errors.first().code, TemplateDiagnostic::Code::UnclosedBlock);
        QVERIFY(rendered.mime.isEmpty());
    }

    void templateData_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("object") << QStringLiteral("{\"a\": 1}") << true << 1 << 1;
        QTest::newRow("empty object") << QStringLiteral("{}") << true << 1 << 1;
        QTest::newRow("blank") << QStringLiteral("  ") << false << 1 << 1;
        QTest::newRow("array") << QStringLiteral("[1, 2]") << false << 1 << 1;
        QTest::newRow("missing comma") << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << false << 3 << 3;
        QTest::newRow("after korean") << QStringLiteral("{\"이름\": \"김\" x}") << false << 1 << 12;
        QTest::newRow("too long") << QStringLiteral("{\"a\":\"%1\"}").arg(QString(TemplateData::MaxLength, u'x'))
                                  << false << 1 << TemplateData::MaxLength + 1;
    }

    void templateData()
    {
        QFETCH(QString, json);
        QFETCH(bool, ok);
        QFETCH(int, line);
        QFETCH(int, column);
        const TemplateData::ParseResult result = TemplateData::parse(json);
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.message.isEmpty(), ok);
        if (!ok) {
            QCOMPARE(result.location.line, line);
            QCOMPARE(result.location.column, column);
        }
    }
};

QTEST_GUILESS_MAIN(tst_EmailTemplateRenderer)
#include "tst_emailtemplaterenderer.moc"
