#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Note: no raw string literals in this file; moc 6.4 mis-parses one of them and skips the class.

#include "models/ses/MimeParser.h"

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::AwsCliError;
using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

namespace
{

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject content(const QString &subject, const QString &text, const QString &html = {})
{
    QJsonObject out{{QStringLiteral("Subject"), subject}, {QStringLiteral("Text"), text}};
    if (!html.isEmpty())
        out.insert(QStringLiteral("Html"), html);
    return out;
}

QStringList eventTypes(const QJsonObject &message)
{
    QStringList types;
    for (const auto &event : message.value(QLatin1String("events")).toArray())
        types.append(event.toObject().value(QLatin1String("eventType")).toString());
    return types;
}

} // namespace

/// Email templates through the unchanged AWS CLI: CRUD with SES's rules and errors,
/// TestRenderEmailTemplate's MIME message, templated SendEmail (by name, by ARN, inline) and
/// SendBulkEmail with per-entry data and statuses, and SES's rendering-failure behaviour.
class tst_SandboxTemplates : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{
        {QStringLiteral("--verify-delay"), QStringLiteral("0"), QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;
    QTemporaryDir m_dir;

    /// Writes a --cli-input-json file (one CLI process for a whole request, whatever its size).
    QString inputFile(const QString &name, const QJsonObject &input)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(input).toJson());
        return QStringLiteral("file://") + file.fileName();
    }
    QJsonObject captured(const QString &messageId)
    {
        return m_cli->control("GET", QStringLiteral("/_sandbox/messages/") + messageId).json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_cli = std::make_unique<SandboxCli>(m_sandbox);
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com")},
            &ok);
        QVERIFY(ok);
    }

    void createGetListUpdateDelete()
    {
        bool ok = false;
        const QJsonObject korean = content(QStringLiteral("{{name}}님, 주문이 발송되었습니다"),
            QStringLiteral("{{#each items}}- {{this}}\n{{/each}}"),
            QStringLiteral("<p>{{#if vip}}VIP {{/if}}{{name}}님</p>"));
        m_cli->sesv2({QStringLiteral("create-email-template"),
                         QStringLiteral("--cli-input-json"),
                         inputFile(QStringLiteral("order.json"),
                             QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("Order_KR")},
                                 {QStringLiteral("TemplateContent"), korean},
                                 {QStringLiteral("Tags"),
                                     QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                         {QStringLiteral("Value"), QStringLiteral("shop")}}}}})},
            &ok);
        QVERIFY(ok);
        for (const QString &name : {QStringLiteral("A-first"), QStringLiteral("Z_last")}) {
            m_cli->sesv2({QStringLiteral("create-email-template"),
                             QStringLiteral("--template-name"),
                             name,
                             QStringLiteral("--template-content"),
                             json(content(QStringLiteral("Hi"), QStringLiteral("Hello")))},
                &ok);
            QVERIFY(ok);
        }

        const QJsonObject got = m_cli->sesv2(
            {QStringLiteral("get-email-template"), QStringLiteral("--template-name"), QStringLiteral("Order_KR")}, &ok);
        QVERIFY(ok);
        QCOMPARE(got.value(QLatin1String("TemplateName")).toString(), QStringLiteral("Order_KR"));
        QCOMPARE(got.value(QLatin1String("TemplateContent")).toObject(), korean);
        QCOMPARE(got.value(QLatin1String("Tags")).toArray().size(), 1);

        // Pages of two in name order, then the rest.
        const QJsonObject first = m_cli->sesv2(
            {QStringLiteral("list-email-templates"), QStringLiteral("--page-size"), QStringLiteral("2")});
        const QJsonArray firstPage = first.value(QLatin1String("TemplatesMetadata")).toArray();
        QCOMPARE(firstPage.size(), 2);
        QCOMPARE(firstPage.at(0).toObject().value(QLatin1String("TemplateName")).toString(), QStringLiteral("A-first"));
        QVERIFY(firstPage.at(0).toObject().value(QLatin1String("CreatedTimestamp")).isDouble());
        const QString token = first.value(QLatin1String("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        const QJsonObject second = m_cli->sesv2({QStringLiteral("list-email-templates"),
            QStringLiteral("--page-size"),
            QStringLiteral("2"),
            QStringLiteral("--next-token"),
            token});
        QCOMPARE(second.value(QLatin1String("TemplatesMetadata")).toArray().size(), 1);
        QVERIFY(!second.contains(QLatin1String("NextToken")));

        // Update replaces the whole content: the HTML part is gone.
        m_cli->sesv2({QStringLiteral("update-email-template"),
                         QStringLiteral("--template-name"),
                         QStringLiteral("Z_last"),
                         QStringLiteral("--template-content"),
                         json(content(QStringLiteral("New {{x}}"), QStringLiteral("Body")))},
            &ok);
        QVERIFY(ok);
        QCOMPARE(
            m_cli
                ->sesv2(
                    {QStringLiteral("get-email-template"), QStringLiteral("--template-name"), QStringLiteral("Z_last")})
                .value(QLatin1String("TemplateContent"))
                .toObject(),
            content(QStringLiteral("New {{x}}"), QStringLiteral("Body")));

        // Tags on the template's ARN.
        const QString arn = QStringLiteral("arn:aws:ses:%1:123456789012:template/Order_KR").arg(m_sandbox.region());
        m_cli->sesv2({QStringLiteral("tag-resource"),
                         QStringLiteral("--resource-arn"),
                         arn,
                         QStringLiteral("--tags"),
                         QStringLiteral("Key=lang,Value=ko")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli->sesv2({QStringLiteral("list-tags-for-resource"), QStringLiteral("--resource-arn"), arn})
                     .value(QLatin1String("Tags"))
                     .toArray()
                     .size(),
            2);

        m_cli->sesv2(
            {QStringLiteral("delete-email-template"), QStringLiteral("--template-name"), QStringLiteral("A-first")},
            &ok);
        QVERIFY(ok);
    }

    void templateErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString valid = json(content(QStringLiteral("s"), QStringLiteral("t")));
        QTest::newRow("exists") << QStringList{QStringLiteral("create-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("Order_KR"),
            QStringLiteral("--template-content"),
            valid} << QStringLiteral("AlreadyExistsException")
                                << QStringLiteral("Template Order_KR already exists.");
        QTest::newRow("invalid name") << QStringList{QStringLiteral("create-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("has space"),
            QStringLiteral("--template-content"),
            valid} << QStringLiteral("BadRequestException")
                                      << QStringLiteral("Invalid template name <has space>.");
        QTest::newRow("no subject") << QStringList{QStringLiteral("create-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("x"),
            QStringLiteral("--template-content"),
            QStringLiteral("{\"Text\":\"t\"}")}
                                    << QStringLiteral("BadRequestException")
                                    << QStringLiteral("The subject must be specified.");
        QTest::newRow("no body") << QStringList{QStringLiteral("create-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("x"),
            QStringLiteral("--template-content"),
            QStringLiteral("{\"Subject\":\"s\"}")}
                                 << QStringLiteral("BadRequestException")
                                 << QStringLiteral("Template x must have a Text part, an Html part, or both.");
        QTest::newRow("syntax") << QStringList{QStringLiteral("create-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("x"),
            QStringLiteral("--template-content"),
            QStringLiteral("{\"Subject\":\"s\",\"Html\":\"<p>{{#each items}}</p>\"}")}
                                << QStringLiteral("BadRequestException")
                                << QStringLiteral("Template x is invalid: Html line 1, column 4:");
        QTest::newRow("get missing") << QStringList{QStringLiteral("get-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("nope")} << QStringLiteral("NotFoundException")
                                     << QStringLiteral("Template nope does not exist.");
        QTest::newRow("update missing") << QStringList{QStringLiteral("update-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("nope"),
            QStringLiteral("--template-content"),
            valid} << QStringLiteral("NotFoundException")
                                        << QStringLiteral("Template nope does not exist.");
        QTest::newRow("delete missing") << QStringList{QStringLiteral("delete-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("nope")} << QStringLiteral("NotFoundException")
                                        << QStringLiteral("Template nope does not exist.");
        QTest::newRow("render missing") << QStringList{QStringLiteral("test-render-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("nope"),
            QStringLiteral("--template-data"),
            QStringLiteral("{}")} << QStringLiteral("NotFoundException")
                                        << QStringLiteral("Template nope does not exist.");
        QTest::newRow("missing value") << QStringList{QStringLiteral("test-render-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("Order_KR"),
            QStringLiteral("--template-data"),
            QStringLiteral("{\"items\":[]}")}
                                       << QStringLiteral("BadRequestException")
                                       << QStringLiteral("Attribute 'name' is not present in the rendering data.");
        QTest::newRow("bad data") << QStringList{QStringLiteral("test-render-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("Order_KR"),
            QStringLiteral("--template-data"),
            QStringLiteral("{\"name\": ")}
                                  << QStringLiteral("BadRequestException")
                                  << QStringLiteral("Template rendering data is invalid:");
        QTest::newRow("page size") << QStringList{QStringLiteral("list-email-templates"),
            QStringLiteral("--page-size"),
            QStringLiteral("101")} << QStringLiteral("BadRequestException")
                                   << QStringLiteral("PageSize must be between 1 and 100.");
    }

    void templateErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const AwsCliError error = m_cli->sesv2Error(arguments);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    }

    void tooLarge()
    {
        // 500 KB for subject, HTML and text together (the guide's quota).
        const QJsonObject big = content(
            QStringLiteral("s"), QString(300 * 1024, QLatin1Char('t')), QString(200 * 1024, QLatin1Char('h')));
        const AwsCliError error = m_cli->sesv2Error({QStringLiteral("create-email-template"),
            QStringLiteral("--cli-input-json"),
            inputFile(QStringLiteral("big.json"),
                QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("Big")},
                    {QStringLiteral("TemplateContent"), big}})});
        QCOMPARE(error.code, QStringLiteral("BadRequestException"));
        QVERIFY2(error.message.contains(QStringLiteral("at most 500 KB (512000 bytes)")), qPrintable(error.message));
    }

    void testRenderGivesTheMimeMessage()
    {
        bool ok = false;
        const QJsonObject out
            = m_cli->sesv2({QStringLiteral("test-render-email-template"),
                               QStringLiteral("--template-name"),
                               QStringLiteral("Order_KR"),
                               QStringLiteral("--template-data"),
                               QStringLiteral("{\"name\":\"김민준\",\"vip\":true,\"items\":[\"티셔츠\",\"모자\"]}")},
                &ok);
        QVERIFY(ok);
        const QByteArray mime = out.value(QLatin1String("RenderedTemplate")).toString().toUtf8();
        QVERIFY(mime.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(mime.startsWith("Date: "));
        QVERIFY(mime.contains("Message-ID: <"));
        const Ses::MimePart message = Ses::MimeParser::parse(mime);
        QCOMPARE(message.subject(), QStringLiteral("김민준님, 주문이 발송되었습니다"));
        QCOMPARE(message.findBody("text/plain")->text(), QStringLiteral("- 티셔츠\r\n- 모자\r\n"));
        QCOMPARE(message.findBody("text/html")->text(), QStringLiteral("<p>VIP 김민준님</p>"));
    }

    void templatedSends()
    {
        bool ok = false;
        // By name, by ARN and inline: three messages, each rendered with its data.
        const QString arn = QStringLiteral("arn:aws:ses:%1:123456789012:template/Order_KR").arg(m_sandbox.region());
        const QJsonObject byName{{QStringLiteral("TemplateName"), QStringLiteral("Order_KR")},
            {QStringLiteral("TemplateData"), QStringLiteral("{\"name\":\"Ana\",\"items\":[\"a\"]}")}};
        const QJsonObject byArn{{QStringLiteral("TemplateArn"), arn},
            {QStringLiteral("TemplateData"), QStringLiteral("{\"name\":\"Bo\",\"items\":[]}")}};
        const QJsonObject inline_{{QStringLiteral("TemplateContent"),
                                      content(QStringLiteral("Inline {{who}}"), QStringLiteral("Text for {{who}}"))},
            {QStringLiteral("TemplateData"), QStringLiteral("{\"who\":\"Cy\"}")}};
        const QStringList subjects{QStringLiteral("Ana님, 주문이 발송되었습니다"),
            QStringLiteral("Bo님, 주문이 발송되었습니다"),
            QStringLiteral("Inline Cy")};
        int i = 0;
        for (const QJsonObject &templateMember : {byName, byArn, inline_}) {
            const QJsonObject sent = m_cli->sesv2({QStringLiteral("send-email"),
                                                      QStringLiteral("--from-email-address"),
                                                      QStringLiteral("shop@example.com"),
                                                      QStringLiteral("--destination"),
                                                      QStringLiteral("ToAddresses=success@simulator.amazonses.com"),
                                                      QStringLiteral("--content"),
                                                      json(QJsonObject{{QStringLiteral("Template"), templateMember}})},
                &ok);
            QVERIFY(ok);
            const QJsonObject message = captured(sent.value(QLatin1String("MessageId")).toString());
            QCOMPARE(message.value(QLatin1String("subject")).toString(), subjects.at(i++));
            QCOMPARE(eventTypes(message), (QStringList{QStringLiteral("Send"), QStringLiteral("Delivery")}));
            QVERIFY(message.value(QLatin1String("raw")).toString().contains(QLatin1String("MIME-Version: 1.0")));
        }
    }

    void renderingFailureIsAcceptedButNotSent()
    {
        // SES accepts a message whose data lacks a value, then reports a Rendering Failure event.
        bool ok = false;
        const QJsonObject sent = m_cli->sesv2(
            {QStringLiteral("send-email"),
                QStringLiteral("--from-email-address"),
                QStringLiteral("shop@example.com"),
                QStringLiteral("--destination"),
                QStringLiteral("ToAddresses=success@simulator.amazonses.com"),
                QStringLiteral("--content"),
                QStringLiteral("{\"Template\":{\"TemplateName\":\"Order_KR\",\"TemplateData\":\"{}\"}}")},
            &ok);
        QVERIFY(ok);
        const QString id = sent.value(QLatin1String("MessageId")).toString();
        const QJsonObject message = captured(id);
        QCOMPARE(eventTypes(message), (QStringList{QStringLiteral("Send"), QStringLiteral("Rendering Failure")}));
        const QJsonObject failure = message.value(QLatin1String("events"))
                                        .toArray()
                                        .last()
                                        .toObject()
                                        .value(QLatin1String("failure"))
                                        .toObject();
        QCOMPARE(failure.value(QLatin1String("errorMessage")).toString(),
            QStringLiteral("Attribute 'name' is not present in the rendering data."));
        QCOMPARE(failure.value(QLatin1String("templateName")).toString(), QStringLiteral("Order_KR"));
        QCOMPARE(
            message.value(QLatin1String("recipients")).toArray().first().toObject().value(QLatin1String("outcome")),
            QJsonValue(QStringLiteral("RENDERING_FAILED")));
        QCOMPARE(m_cli->control("GET", QStringLiteral("/_sandbox/messages/%1/raw").arg(id)).status, 404);
    }

    void bulkSendMergesDataPerEntry()
    {
        const QJsonObject request{{QStringLiteral("FromEmailAddress"), QStringLiteral("shop@example.com")},
            {QStringLiteral("DefaultContent"),
                QJsonObject{{QStringLiteral("Template"),
                    QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("Order_KR")},
                        {QStringLiteral("TemplateData"),
                            QStringLiteral("{\"name\":\"Default\",\"items\":[\"d\"]}")}}}}},
            {QStringLiteral("BulkEmailEntries"),
                QJsonArray{// Own name, default items.
                    QJsonObject{{QStringLiteral("Destination"),
                                    QJsonObject{{QStringLiteral("ToAddresses"),
                                        QJsonArray{QStringLiteral("success+1@simulator.amazonses.com")}}}},
                        {QStringLiteral("ReplacementEmailContent"),
                            QJsonObject{{QStringLiteral("ReplacementTemplate"),
                                QJsonObject{{QStringLiteral("ReplacementTemplateData"),
                                    QStringLiteral("{\"name\":\"Eun\"}")}}}}}},
                    // No replacement data: the defaults.
                    QJsonObject{{QStringLiteral("Destination"),
                        QJsonObject{{QStringLiteral("ToAddresses"),
                            QJsonArray{QStringLiteral("success+2@simulator.amazonses.com")}}}}},
                    // An unverified recipient in the SES sandbox.
                    QJsonObject{{QStringLiteral("Destination"),
                        QJsonObject{{QStringLiteral("ToAddresses"),
                            QJsonArray{QStringLiteral("stranger@elsewhere.example.net")}}}}}}}};
        bool ok = false;
        const QJsonObject out = m_cli->sesv2({QStringLiteral("send-bulk-email"),
                                                 QStringLiteral("--cli-input-json"),
                                                 inputFile(QStringLiteral("bulk.json"), request)},
            &ok);
        QVERIFY(ok);
        const QJsonArray results = out.value(QLatin1String("BulkEmailEntryResults")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QLatin1String("Status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(results.at(1).toObject().value(QLatin1String("Status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(
            results.at(2).toObject().value(QLatin1String("Status")).toString(), QStringLiteral("MESSAGE_REJECTED"));
        QVERIFY(results.at(2)
                    .toObject()
                    .value(QLatin1String("Error"))
                    .toString()
                    .contains(QLatin1String("stranger@elsewhere.example.net")));

        const QJsonObject first = captured(results.at(0).toObject().value(QLatin1String("MessageId")).toString());
        QCOMPARE(first.value(QLatin1String("subject")).toString(), QStringLiteral("Eun님, 주문이 발송되었습니다"));
        const Ses::MimePart mime = Ses::MimeParser::parse(first.value(QLatin1String("raw")).toString().toUtf8());
        QCOMPARE(mime.findBody("text/plain")->text().trimmed(), QStringLiteral("- d"));
        const QJsonObject second = captured(results.at(1).toObject().value(QLatin1String("MessageId")).toString());
        QCOMPARE(second.value(QLatin1String("subject")).toString(), QStringLiteral("Default님, 주문이 발송되었습니다"));
        QCOMPARE(second.value(QLatin1String("operation")).toString(), QStringLiteral("SendBulkEmail"));
    }

    void bulkSendWithAnUnknownTemplate()
    {
        bool ok = false;
        const QJsonObject out
            = m_cli->sesv2({QStringLiteral("send-bulk-email"),
                               QStringLiteral("--from-email-address"),
                               QStringLiteral("shop@example.com"),
                               QStringLiteral("--default-content"),
                               QStringLiteral("Template={TemplateName=nope}"),
                               QStringLiteral("--bulk-email-entries"),
                               QStringLiteral("Destination={ToAddresses=success@simulator.amazonses.com}")},
                &ok);
        QVERIFY(ok);
        const QJsonObject result = out.value(QLatin1String("BulkEmailEntryResults")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("Status")).toString(), QStringLiteral("TEMPLATE_NOT_FOUND"));
        QCOMPARE(result.value(QLatin1String("Error")).toString(), QStringLiteral("Template nope does not exist."));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxTemplates)
#include "tst_sandbox_templates.moc"
