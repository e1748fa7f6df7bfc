// The request bodies SesClient builds for SendEmail (Simple, Raw, Template by name, ARN or
// inline content) and the template operations, validated by botocore against the sesv2 model.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "models/ses/SendingTypes.h"
#include "models/ses/TemplateTypes.h"
#include "models/ses/TestEmail.h"

using Ses::SendEmailRequest;

class tst_SendRequestShapes : public QObject
{
    Q_OBJECT

    static SendEmailRequest base()
    {
        SendEmailRequest r;
        r.fromEmailAddress = QStringLiteral("sender@example.com");
        r.toAddresses = {QStringLiteral("success@simulator.amazonses.com")};
        r.ccAddresses = {QStringLiteral("cc@example.com")};
        r.replyToAddresses = {QStringLiteral("reply@example.com")};
        r.configurationSetName = QStringLiteral("tracking");
        r.emailTags = {{QStringLiteral("campaign"), QStringLiteral("launch-1")}};
        return r;
    }

private Q_SLOTS:
    void simpleContentIsUtf8()
    {
        SendEmailRequest r = base();
        r.subject = QStringLiteral("Grüße");
        r.textBody = QStringLiteral("text");
        r.htmlBody = QStringLiteral("<p>html</p>");
        const QJsonObject simple
            = r.toJson().value(QStringLiteral("Content")).toObject().value(QStringLiteral("Simple")).toObject();
        QCOMPARE(simple.value(QStringLiteral("Subject")).toObject().value(QStringLiteral("Charset")).toString(),
            QStringLiteral("UTF-8"));
        QCOMPARE(simple.value(QStringLiteral("Subject")).toObject().value(QStringLiteral("Data")).toString(),
            QStringLiteral("Grüße"));
        const QJsonObject body = simple.value(QStringLiteral("Body")).toObject();
        QCOMPARE(body.value(QStringLiteral("Text")).toObject().value(QStringLiteral("Charset")).toString(),
            QStringLiteral("UTF-8"));
        QCOMPARE(body.value(QStringLiteral("Html")).toObject().value(QStringLiteral("Data")).toString(),
            QStringLiteral("<p>html</p>"));
        QCOMPARE(r.toJson()
                     .value(QStringLiteral("Destination"))
                     .toObject()
                     .value(QStringLiteral("ToAddresses"))
                     .toArray()
                     .size(),
            1);
    }

    void rawContentIsBase64()
    {
        SendEmailRequest r = base();
        r.contentKind = SendEmailRequest::ContentKind::Raw;
        r.rawMessage = "From: a@example.com\r\nSubject: x\r\n\r\nbody";
        const QString data = r.toJson()
                                 .value(QStringLiteral("Content"))
                                 .toObject()
                                 .value(QStringLiteral("Raw"))
                                 .toObject()
                                 .value(QStringLiteral("Data"))
                                 .toString();
        QCOMPARE(QByteArray::fromBase64(data.toLatin1()), r.rawMessage);
    }

    void testEmailBecomesARequest()
    {
        Ses::TestEmail email;
        email.from = QStringLiteral(" sender@example.com ");
        email.scenario = Ses::MailboxSimulator::Scenario::Bounce;
        email.label = QStringLiteral("t1");
        email.content = Ses::TestEmail::Content::Template;
        email.templateName = QStringLiteral("Welcome");
        const QJsonObject json = email.toRequest().toJson();
        QCOMPARE(json.value(QStringLiteral("FromEmailAddress")).toString(), QStringLiteral("sender@example.com"));
        QCOMPARE(json.value(QStringLiteral("Destination"))
                     .toObject()
                     .value(QStringLiteral("ToAddresses"))
                     .toArray()
                     .first()
                     .toString(),
            QStringLiteral("bounce+t1@simulator.amazonses.com"));
        const QJsonObject t
            = json.value(QStringLiteral("Content")).toObject().value(QStringLiteral("Template")).toObject();
        QCOMPARE(t.value(QStringLiteral("TemplateName")).toString(), QStringLiteral("Welcome"));
        QCOMPARE(t.value(QStringLiteral("TemplateData")).toString(), QStringLiteral("{}"));
    }

    void botocoreAcceptsEveryBody()
    {
        QJsonArray requests;
        auto add = [&requests](const char *operation, const QJsonObject &params) {
            requests.append(QJsonObject{
                {QStringLiteral("operation"), QLatin1String(operation)}, {QStringLiteral("params"), params}});
        };
        SendEmailRequest simple = base();
        simple.subject = QStringLiteral("s");
        simple.textBody = QStringLiteral("t");
        add("SendEmail", simple.toJson());
        SendEmailRequest raw = base();
        raw.contentKind = SendEmailRequest::ContentKind::Raw;
        raw.rawMessage = "Subject: x\r\n\r\nbody";
        add("SendEmail", raw.toJson());
        SendEmailRequest byName = base();
        byName.contentKind = SendEmailRequest::ContentKind::Template;
        byName.templateName = QStringLiteral("Welcome");
        byName.templateData = QStringLiteral("{\"name\": \"Ana\"}");
        add("SendEmail", byName.toJson());
        SendEmailRequest byArn = byName;
        byArn.templateName.clear();
        byArn.templateArn = QStringLiteral("arn:aws:ses:us-east-1:123456789012:template/Welcome");
        add("SendEmail", byArn.toJson());
        SendEmailRequest inlineContent = byName;
        inlineContent.templateName.clear();
        inlineContent.templateContent
            = Ses::EmailTemplateContent{QStringLiteral("Hi {{name}}"), QStringLiteral("t"), {}};
        add("SendEmail", inlineContent.toJson());

        Ses::EmailTemplate t;
        t.templateName = QStringLiteral("Welcome");
        t.content = {QStringLiteral("Hi {{name}}"), QStringLiteral("Hello"), QStringLiteral("<p>Hello</p>")};
        t.tags = {{QStringLiteral("team"), QStringLiteral("growth")}};
        add("CreateEmailTemplate", t.toJson());
        add("UpdateEmailTemplate",
            QJsonObject{{QStringLiteral("TemplateName"), t.templateName},
                {QStringLiteral("TemplateContent"), t.content.toJson()}});
        add("TestRenderEmailTemplate",
            QJsonObject{{QStringLiteral("TemplateName"), t.templateName},
                {QStringLiteral("TemplateData"), QStringLiteral("{}")}});

        QProcess python;
        python.start(QStringLiteral(SESDESK_PYTHON3),
            {QStringLiteral(SESDESK_TEST_DATA_DIR "/templates/validate_sesv2_input.py")});
        QVERIFY(python.waitForStarted());
        python.write(QJsonDocument(requests).toJson());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        const QString out = QString::fromUtf8(python.readAllStandardOutput());
        QVERIFY2(python.exitCode() == 0, qPrintable(out + QString::fromUtf8(python.readAllStandardError())));
        QCOMPARE(out.count(QStringLiteral("ok")), requests.size());
    }
};

QTEST_GUILESS_MAIN(tst_SendRequestShapes)
#include "tst_sendrequestshapes.moc"
