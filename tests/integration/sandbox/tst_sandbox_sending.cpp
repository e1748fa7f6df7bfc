#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

namespace
{

QStringList simpleEmail(const QString &from, const QStringList &to, const QString &subject = QStringLiteral("Hello"))
{
    return {QStringLiteral("send-email"),
        QStringLiteral("--from-email-address"),
        from,
        QStringLiteral("--destination"),
        QStringLiteral("ToAddresses=") + to.join(QLatin1Char(',')),
        QStringLiteral("--content"),
        QStringLiteral("Simple={Subject={Data=\"%1\",Charset=UTF-8},Body={Text={Data=\"Plain "
                       "body\"},Html={Data=\"<p>HTML body</p>\"}}}")
            .arg(subject)};
}

QStringList eventTypes(const QJsonObject &message)
{
    QStringList types;
    for (const auto &event : message.value(QLatin1String("events")).toArray())
        types.append(event.toObject().value(QLatin1String("eventType")).toString());
    return types;
}

QJsonObject eventOf(const QJsonObject &message, const QString &type)
{
    for (const auto &e : message.value(QLatin1String("events")).toArray()) {
        if (e.toObject().value(QLatin1String("eventType")).toString() == type)
            return e.toObject();
    }
    return {};
}

} // namespace

/// SendEmail through the unchanged AWS CLI: MIME rendering, the mailbox simulator's outcomes as
/// events in the captured-mail store, the SES sandbox's verification rules, quotas, pauses,
/// MAIL FROM rejection, raw messages, list management, and SES's errors for each.
class tst_SandboxSending : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{
        {QStringLiteral("--verify-delay"), QStringLiteral("0"), QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;

    QString send(const QStringList &arguments)
    {
        bool ok = false;
        const QJsonObject out = m_cli->sesv2(arguments, &ok);
        return ok ? out.value(QLatin1String("MessageId")).toString() : QString();
    }
    QJsonObject captured(const QString &messageId)
    {
        const SandboxCli::Reply reply = m_cli->control("GET", QStringLiteral("/_sandbox/messages/") + messageId);
        return reply.status == 200 ? reply.json() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
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

    void simpleMessageIsRenderedAndDelivered()
    {
        const QString id = send({QStringLiteral("send-email"),
            QStringLiteral("--from-email-address"),
            QStringLiteral("Zoë Shop <shop@example.com>"),
            QStringLiteral("--destination"),
            QStringLiteral("ToAddresses=success@simulator.amazonses.com"),
            QStringLiteral("--reply-to-addresses"),
            QStringLiteral("help@example.com"),
            QStringLiteral("--content"),
            QStringLiteral("Simple={Subject={Data=\"Grüße aus Köln\"},Body={Text={Data=\"Hallo Welt — "
                           "schön\"},Html={Data=\"<p>Hallo</p>\"}}}"),
            QStringLiteral("--email-tags"),
            QStringLiteral("Name=campaign,Value=spring")});
        QVERIFY(!id.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^01[0-9a-f]{14}-[0-9a-f-]{36}-000000$")).match(id).hasMatch(),
            qPrintable(id));
        const QJsonObject message = captured(id);
        QCOMPARE(message.value(QLatin1String("messageId")).toString(), id);
        QCOMPARE(eventTypes(message), (QStringList{QStringLiteral("Send"), QStringLiteral("Delivery")}));
        QCOMPARE(eventOf(message, QStringLiteral("Delivery"))
                     .value(QLatin1String("delivery"))
                     .toObject()
                     .value(QLatin1String("recipients"))
                     .toArray(),
            QJsonArray{QStringLiteral("success@simulator.amazonses.com")});
        QCOMPARE(message.value(QLatin1String("subject")).toString(), QStringLiteral("Grüße aus Köln"));
        QCOMPARE(message.value(QLatin1String("tags")).toObject().value(QLatin1String("campaign")).toArray(),
            QJsonArray{QStringLiteral("spring")});

        const QString raw = message.value(QLatin1String("raw")).toString();
        QVERIFY2(raw.contains(QStringLiteral("Message-ID: <%1@email.amazonses.com>").arg(id)), qPrintable(raw));
        QVERIFY(raw.contains(QLatin1String("Subject: =?UTF-8?B?")));
        QVERIFY(raw.contains(QLatin1String("From: =?UTF-8?B?")) && raw.contains(QLatin1String("<shop@example.com>")));
        QVERIFY(raw.contains(QLatin1String("Reply-To: help@example.com")));
        QVERIFY(raw.contains(QLatin1String("MIME-Version: 1.0")));
        QVERIFY(raw.contains(QLatin1String("Content-Type: multipart/alternative; boundary=")));
        QVERIFY(raw.contains(QLatin1String("Content-Type: text/plain; charset=UTF-8")));
        QVERIFY(raw.contains(QLatin1String("Content-Transfer-Encoding: quoted-printable")));
        QVERIFY(raw.contains(QLatin1String("Content-Type: text/html; charset=UTF-8")));
        // 7-bit clean, CRLF line ends.
        for (const QChar c : raw)
            QVERIFY(c.unicode() < 128);
        QVERIFY(raw.contains(QLatin1String("\r\n")));

        const SandboxCli::Reply mime = m_cli->control("GET", QStringLiteral("/_sandbox/messages/%1/raw").arg(id));
        QCOMPARE(mime.status, 200);
        QVERIFY(mime.contentType.startsWith("message/rfc822"));
        QCOMPARE(QString::fromUtf8(mime.body), raw);
    }

    void simulatorOutcomes_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QString>("detail");
        QTest::newRow("bounce") << QStringLiteral("bounce@simulator.amazonses.com")
                                << QStringList{QStringLiteral("Send"), QStringLiteral("Bounce")}
                                << QStringLiteral("General");
        QTest::newRow("bounce with label")
            << QStringLiteral("bounce+run7@simulator.amazonses.com")
            << QStringList{QStringLiteral("Send"), QStringLiteral("Bounce")} << QStringLiteral("General");
        QTest::newRow("complaint") << QStringLiteral("complaint@simulator.amazonses.com")
                                   << QStringList{QStringLiteral("Send"),
                                          QStringLiteral("Delivery"),
                                          QStringLiteral("Complaint")}
                                   << QStringLiteral("abuse");
        QTest::newRow("out of office") << QStringLiteral("ooto@simulator.amazonses.com")
                                       << QStringList{QStringLiteral("Send"),
                                              QStringLiteral("Delivery"),
                                              QStringLiteral("AutoReply")}
                                       << QStringLiteral("shop@example.com");
        QTest::newRow("suppression list") << QStringLiteral("suppressionlist@simulator.amazonses.com")
                                          << QStringList{QStringLiteral("Send"), QStringLiteral("Bounce")}
                                          << QStringLiteral("OnAccountSuppressionList");
    }

    void simulatorOutcomes()
    {
        QFETCH(QString, recipient);
        QFETCH(QStringList, events);
        QFETCH(QString, detail);
        const QString id = send(simpleEmail(QStringLiteral("shop@example.com"), {recipient}));
        QVERIFY(!id.isEmpty());
        const QJsonObject message = captured(id);
        QCOMPARE(eventTypes(message), events);
        if (events.contains(QStringLiteral("Bounce"))) {
            const QJsonObject bounce
                = eventOf(message, QStringLiteral("Bounce")).value(QLatin1String("bounce")).toObject();
            QCOMPARE(bounce.value(QLatin1String("bounceType")).toString(), QStringLiteral("Permanent"));
            QCOMPARE(bounce.value(QLatin1String("bounceSubType")).toString(), detail);
            const QJsonObject bounced = bounce.value(QLatin1String("bouncedRecipients")).toArray().first().toObject();
            QCOMPARE(bounced.value(QLatin1String("emailAddress")).toString(), recipient);
            QCOMPARE(bounced.value(QLatin1String("status")).toString(), QStringLiteral("5.1.1"));
        } else if (events.contains(QStringLiteral("Complaint"))) {
            QCOMPARE(eventOf(message, QStringLiteral("Complaint"))
                         .value(QLatin1String("complaint"))
                         .toObject()
                         .value(QLatin1String("complaintFeedbackType"))
                         .toString(),
                detail);
        } else if (events.contains(QStringLiteral("AutoReply"))) {
            QCOMPARE(eventOf(message, QStringLiteral("AutoReply"))
                         .value(QLatin1String("autoReply"))
                         .toObject()
                         .value(QLatin1String("sentTo"))
                         .toString(),
                detail);
        }
    }

    void simulatorDoesNotUseTheDailyQuota()
    {
        const double sent = m_cli->sesv2({QStringLiteral("get-account")})
                                .value(QLatin1String("SendQuota"))
                                .toObject()
                                .value(QLatin1String("SentLast24Hours"))
                                .toDouble();
        QCOMPARE(sent, 0.0);
    }

    void sandboxRejectsUnverifiedAddresses_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("failed");
        QTest::newRow("unverified sender")
            << QStringLiteral("someone@unverified.example.org") << QStringLiteral("success@simulator.amazonses.com")
            << QStringLiteral("someone@unverified.example.org");
        QTest::newRow("unverified recipient in the sandbox")
            << QStringLiteral("shop@example.com") << QStringLiteral("friend@elsewhere.example.net")
            << QStringLiteral("friend@elsewhere.example.net");
    }

    void sandboxRejectsUnverifiedAddresses()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, failed);
        const TestSupport::AwsCliError error = m_cli->sesv2Error(simpleEmail(from, {to}));
        QCOMPARE(error.code, QStringLiteral("MessageRejected"));
        QCOMPARE(error.message,
            QStringLiteral(
                "Email address is not verified. The following identities failed the check in region US-EAST-1: ")
                + failed);
    }

    void verifiedRecipientCountsAgainstTheQuota()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("friend@elsewhere.example.net")},
            &ok);
        QVERIFY(ok);
        const QString id
            = send(simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("friend@elsewhere.example.net")}));
        QVERIFY(!id.isEmpty());
        QCOMPARE(eventTypes(captured(id)), (QStringList{QStringLiteral("Send"), QStringLiteral("Delivery")}));
        QCOMPARE(m_cli->sesv2({QStringLiteral("get-account")})
                     .value(QLatin1String("SendQuota"))
                     .toObject()
                     .value(QLatin1String("SentLast24Hours"))
                     .toDouble(),
            1.0);
    }

    void rawMessage()
    {
        const QByteArray mime
            = "From: Shop <shop@example.com>\r\nTo: success@simulator.amazonses.com\r\nBcc: "
              "ooto@simulator.amazonses.com\r\n"
              "Subject: Raw test\r\nMessage-ID: <mine@example.com>\r\nX-SES-CONFIGURATION-SET: raw-set\r\n"
              "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nRaw body\r\n";
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-configuration-set"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("raw-set")},
            &ok);
        QVERIFY(ok);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("Content"),
                                     // The AWS CLI (v1) base64-encodes blob members itself.
                                     QJsonObject{{QStringLiteral("Raw"),
                                         QJsonObject{{QStringLiteral("Data"), QString::fromLatin1(mime)}}}}}})
                       .toJson());
        file.flush();
        const QString id = send({QStringLiteral("send-email"),
            QStringLiteral("--cli-input-json"),
            QStringLiteral("file://") + file.fileName()});
        QVERIFY(!id.isEmpty());
        const QJsonObject message = captured(id);
        QCOMPARE(message.value(QLatin1String("configurationSetName")).toString(), QStringLiteral("raw-set"));
        QCOMPARE(message.value(QLatin1String("subject")).toString(), QStringLiteral("Raw test"));
        QCOMPARE(message.value(QLatin1String("destination")).toObject().value(QLatin1String("bccAddresses")).toArray(),
            QJsonArray{QStringLiteral("ooto@simulator.amazonses.com")});
        const QString raw = message.value(QLatin1String("raw")).toString();
        QVERIFY(raw.contains(QStringLiteral("Message-ID: <%1@email.amazonses.com>").arg(id)));
        QVERIFY(!raw.contains(QLatin1String("mine@example.com")));
        QVERIFY(!raw.contains(QLatin1String("X-SES-CONFIGURATION-SET")));
        QVERIFY(!raw.contains(QLatin1String("Bcc:")));
        QVERIFY(raw.endsWith(QLatin1String("Raw body\r\n")));
        QCOMPARE(eventTypes(message),
            (QStringList{QStringLiteral("Send"), QStringLiteral("Delivery"), QStringLiteral("AutoReply")}));
    }

    void virusIsRejected()
    {
        // The EICAR test file as an attachment: accepted, then rejected (the guide's way to test Reject).
        const QString eicar = QStringLiteral("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
        const QJsonObject simple{
            {QStringLiteral("Subject"), QJsonObject{{QStringLiteral("Data"), QStringLiteral("Virus")}}},
            {QStringLiteral("Body"),
                QJsonObject{
                    {QStringLiteral("Text"), QJsonObject{{QStringLiteral("Data"), QStringLiteral("See attachment")}}}}},
            {QStringLiteral("Attachments"),
                QJsonArray{QJsonObject{{QStringLiteral("FileName"), QStringLiteral("sample.txt")},
                    {QStringLiteral("RawContent"), eicar}}}}};
        const QJsonObject input{{QStringLiteral("FromEmailAddress"), QStringLiteral("shop@example.com")},
            {QStringLiteral("Destination"),
                QJsonObject{
                    {QStringLiteral("ToAddresses"), QJsonArray{QStringLiteral("success@simulator.amazonses.com")}}}},
            {QStringLiteral("Content"), QJsonObject{{QStringLiteral("Simple"), simple}}}};
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QJsonDocument(input).toJson());
        file.flush();
        const QString id = send({QStringLiteral("send-email"),
            QStringLiteral("--cli-input-json"),
            QStringLiteral("file://") + file.fileName()});
        QVERIFY(!id.isEmpty());
        const QJsonObject message = captured(id);
        QCOMPARE(eventTypes(message), (QStringList{QStringLiteral("Send"), QStringLiteral("Reject")}));
        const QString raw = message.value(QLatin1String("raw")).toString();
        QVERIFY2(
            raw.contains(QLatin1String("Content-Disposition: attachment; filename=\"sample.txt\"")), qPrintable(raw));
        QVERIFY(raw.contains(QLatin1String("Content-Type: multipart/mixed")));
    }

    void sendErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown configuration set")
            << (simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("success@simulator.amazonses.com")})
                   << QStringLiteral("--configuration-set-name") << QStringLiteral("nope"))
            << QStringLiteral("NotFoundException") << QStringLiteral("Configuration set <nope> does not exist.");
        QTest::newRow("too many recipients") << simpleEmail(
            QStringLiteral("shop@example.com"), QStringList(51, QStringLiteral("success@simulator.amazonses.com")))
                                             << QStringLiteral("BadRequestException")
                                             << QStringLiteral("Recipient count exceeds 50.");
        QTest::newRow("illegal address") << simpleEmail(
            QStringLiteral("shop@example.com"), {QStringLiteral("not-an-address")})
                                         << QStringLiteral("BadRequestException")
                                         << QStringLiteral("Illegal address: not-an-address");
        QTest::newRow("unknown template")
            << QStringList{QStringLiteral("send-email"),
                   QStringLiteral("--from-email-address"),
                   QStringLiteral("shop@example.com"),
                   QStringLiteral("--destination"),
                   QStringLiteral("ToAddresses=success@simulator.amazonses.com"),
                   QStringLiteral("--content"),
                   QStringLiteral("Template={TemplateName=welcome,TemplateData=\"{}\"}")}
            << QStringLiteral("NotFoundException") << QStringLiteral("Template welcome does not exist.");
    }

    void sendErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const TestSupport::AwsCliError error = m_cli->sesv2Error(arguments);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    }

    void sendingRateIsEnforced()
    {
        // The sandbox sends 1 recipient per second with short bursts: 50 at once fit, 50 more do not.
        QTest::qWait(3000); // let the bucket refill from the earlier sends
        const QStringList fifty(50, QStringLiteral("success@simulator.amazonses.com"));
        QVERIFY(!send(simpleEmail(QStringLiteral("shop@example.com"), fifty)).isEmpty());
        const TestSupport::AwsCliError error
            = m_cli->sesv2Error(simpleEmail(QStringLiteral("shop@example.com"), fifty));
        QCOMPARE(error.code, QStringLiteral("TooManyRequestsException"));
        QCOMPARE(error.message, QStringLiteral("Maximum sending rate exceeded."));
    }

    void dailyQuotaIsEnforced()
    {
        QCOMPARE(m_cli
                     ->control("PUT",
                         QStringLiteral("/_sandbox/account/send-quota"),
                         QJsonObject{{QStringLiteral("max24HourSend"), 3}})
                     .status,
            200);
        QTest::qWait(3000); // the previous test emptied the per-second budget
        // One recipient already counted; two more fit.
        QVERIFY(!send(simpleEmail(QStringLiteral("shop@example.com"),
                          {QStringLiteral("friend@elsewhere.example.net"), QStringLiteral("shop@example.com")}))
                     .isEmpty());
        const TestSupport::AwsCliError error
            = m_cli->sesv2Error(simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("shop@example.com")}));
        QCOMPARE(error.code, QStringLiteral("TooManyRequestsException"));
        QCOMPARE(error.message, QStringLiteral("Daily message quota exceeded."));
        // The simulator still works: it does not use the daily quota.
        QTest::qWait(1100);
        QVERIFY(
            !send(simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("success@simulator.amazonses.com")}))
                 .isEmpty());
        QCOMPARE(m_cli->sesv2({QStringLiteral("get-account")})
                     .value(QLatin1String("SendQuota"))
                     .toObject()
                     .value(QLatin1String("Max24HourSend"))
                     .toDouble(),
            3.0);
    }

    void pausedAndSuspended()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-configuration-set"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("paused-set"),
                         QStringLiteral("--sending-options"),
                         QStringLiteral("SendingEnabled=false")},
            &ok);
        QVERIFY(ok);
        TestSupport::AwsCliError error = m_cli->sesv2Error(
            simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("success@simulator.amazonses.com")})
            << QStringLiteral("--configuration-set-name") << QStringLiteral("paused-set"));
        QCOMPARE(error.code, QStringLiteral("SendingPausedException"));
        QCOMPARE(error.message, QStringLiteral("Sending is paused for this configuration set."));

        m_cli->sesv2({QStringLiteral("put-account-sending-attributes"), QStringLiteral("--no-sending-enabled")}, &ok);
        QVERIFY(ok);
        error = m_cli->sesv2Error(
            simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("success@simulator.amazonses.com")}));
        QCOMPARE(error.code, QStringLiteral("SendingPausedException"));
        m_cli->sesv2({QStringLiteral("put-account-sending-attributes"), QStringLiteral("--sending-enabled")}, &ok);
        QVERIFY(ok);

        QCOMPARE(m_cli
                     ->control("PUT",
                         QStringLiteral("/_sandbox/account/enforcement-status"),
                         QJsonObject{{QStringLiteral("enforcementStatus"), QStringLiteral("SHUTDOWN")}})
                     .status,
            200);
        error = m_cli->sesv2Error(
            simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("success@simulator.amazonses.com")}));
        QCOMPARE(error.code, QStringLiteral("AccountSuspendedException"));
        QCOMPARE(m_cli->sesv2({QStringLiteral("get-account")}).value(QLatin1String("EnforcementStatus")).toString(),
            QStringLiteral("SHUTDOWN"));
        QCOMPARE(m_cli
                     ->control("PUT",
                         QStringLiteral("/_sandbox/account/enforcement-status"),
                         QJsonObject{{QStringLiteral("enforcementStatus"), QStringLiteral("HEALTHY")}})
                     .status,
            200);
    }

    void listManagement()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-contact-list"),
                         QStringLiteral("--contact-list-name"),
                         QStringLiteral("news"),
                         QStringLiteral("--topics"),
                         QStringLiteral("TopicName=deals,DisplayName=Deals,DefaultSubscriptionStatus=OPT_IN")},
            &ok);
        QVERIFY(ok);
        m_cli->sesv2({QStringLiteral("create-contact"),
                         QStringLiteral("--contact-list-name"),
                         QStringLiteral("news"),
                         QStringLiteral("--email-address"),
                         QStringLiteral("complaint@simulator.amazonses.com"),
                         QStringLiteral("--topic-preferences"),
                         QStringLiteral("TopicName=deals,SubscriptionStatus=OPT_OUT")},
            &ok);
        QVERIFY(ok);
        QTest::qWait(1100);
        const QString id = send(simpleEmail(QStringLiteral("shop@example.com"),
                                    {QStringLiteral("complaint@simulator.amazonses.com"),
                                        QStringLiteral("success+new@simulator.amazonses.com")})
            << QStringLiteral("--list-management-options") << QStringLiteral("ContactListName=news,TopicName=deals"));
        QVERIFY(!id.isEmpty());
        const QJsonObject message = captured(id);
        const QJsonObject bounce = eventOf(message, QStringLiteral("Bounce")).value(QLatin1String("bounce")).toObject();
        QCOMPARE(bounce.value(QLatin1String("bounceSubType")).toString(), QStringLiteral("UnsubscribedRecipient"));
        QCOMPARE(eventOf(message, QStringLiteral("Delivery"))
                     .value(QLatin1String("delivery"))
                     .toObject()
                     .value(QLatin1String("recipients"))
                     .toArray(),
            QJsonArray{QStringLiteral("success+new@simulator.amazonses.com")});
        // The new recipient became a contact.
        m_cli->sesv2({QStringLiteral("get-contact"),
                         QStringLiteral("--contact-list-name"),
                         QStringLiteral("news"),
                         QStringLiteral("--email-address"),
                         QStringLiteral("success+new@simulator.amazonses.com")},
            &ok);
        QVERIFY(ok);
        const TestSupport::AwsCliError error = m_cli->sesv2Error(
            simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("success@simulator.amazonses.com")})
            << QStringLiteral("--list-management-options") << QStringLiteral("ContactListName=nope"));
        QCOMPARE(error.code, QStringLiteral("NotFoundException"));
    }

    void mailFromRejection()
    {
        // A MAIL FROM domain still PENDING, on an identity that rejects rather than falls back.
        SandboxProcess slow({QStringLiteral("--verify-delay"), QStringLiteral("3600")});
        QString error;
        QVERIFY2(slow.start(&error), qPrintable(error));
        SandboxCli cli(slow);
        bool ok = false;
        cli.sesv2({QStringLiteral("create-email-identity"),
                      QStringLiteral("--email-identity"),
                      QStringLiteral("example.com")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(cli.control("POST", QStringLiteral("/_sandbox/identities/example.com/verify")).status, 200);
        cli.sesv2({QStringLiteral("put-email-identity-mail-from-attributes"),
                      QStringLiteral("--email-identity"),
                      QStringLiteral("example.com"),
                      QStringLiteral("--mail-from-domain"),
                      QStringLiteral("bounce.example.com"),
                      QStringLiteral("--behavior-on-mx-failure"),
                      QStringLiteral("REJECT_MESSAGE")},
            &ok);
        QVERIFY(ok);
        const TestSupport::AwsCliError rejected = cli.sesv2Error(
            simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("success@simulator.amazonses.com")}));
        QCOMPARE(rejected.code, QStringLiteral("MailFromDomainNotVerifiedException"));
        QVERIFY2(rejected.message.contains(QLatin1String("bounce.example.com")), qPrintable(rejected.message));
        // Once the MX record is "found", the same message goes out.
        QCOMPARE(cli.control("POST", QStringLiteral("/_sandbox/identities/example.com/verify")).status, 200);
        const QJsonObject sent = cli.sesv2(
            simpleEmail(QStringLiteral("shop@example.com"), {QStringLiteral("success@simulator.amazonses.com")}), &ok);
        QVERIFY(ok);
        QVERIFY(!sent.value(QLatin1String("MessageId")).toString().isEmpty());
    }

    void capturedMailApi()
    {
        const SandboxCli::Reply all = m_cli->control("GET", QStringLiteral("/_sandbox/messages"));
        QCOMPARE(all.status, 200);
        const int total = all.json().value(QLatin1String("total")).toInt();
        QVERIFY(total >= 8);
        const QJsonArray messages = all.json().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), total);
        QVERIFY(!messages.first().toObject().contains(QLatin1String("raw")));
        QVERIFY(
            messages.first().toObject().value(QLatin1String("eventTypes")).toArray().contains(QStringLiteral("Send")));

        // Paging in arrival order.
        const SandboxCli::Reply first = m_cli->control("GET", QStringLiteral("/_sandbox/messages?pageSize=2"));
        QCOMPARE(first.json().value(QLatin1String("messages")).toArray().size(), 2);
        const QString token = first.json().value(QLatin1String("nextToken")).toString();
        QVERIFY(!token.isEmpty());
        const SandboxCli::Reply second
            = m_cli->control("GET", QStringLiteral("/_sandbox/messages?pageSize=2&nextToken=") + token);
        QCOMPARE(second.json()
                     .value(QLatin1String("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("messageId")),
            messages.at(2).toObject().value(QLatin1String("messageId")));

        QCOMPARE(m_cli->control("GET", QStringLiteral("/_sandbox/messages/no-such-id")).status, 404);
        const SandboxCli::Reply deleted = m_cli->control("DELETE", QStringLiteral("/_sandbox/messages"));
        QCOMPARE(deleted.json().value(QLatin1String("deleted")).toInt(), total);
        QCOMPARE(
            m_cli->control("GET", QStringLiteral("/_sandbox/messages")).json().value(QLatin1String("total")).toInt(),
            0);
    }
};

QTEST_MAIN(tst_SandboxSending)
#include "tst_sandbox_sending.moc"
