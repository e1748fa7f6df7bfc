#include <QTest>
#include <QTimeZone>

#include "models/ses/MimeMessageBuilder.h"
#include "models/ses/MimeParser.h"

using namespace Ses;

/// MimeMessageBuilder: the exact layout SES uses, and round trips through MimeParser.
class tst_MimeMessageBuilder : public QObject
{
    Q_OBJECT

private:
    static QDateTime fixedDate()
    {
        return QDateTime(QDate(2024, 3, 5), QTime(9, 7, 3), QTimeZone::utc());
    }

    /// Every line break is CRLF, the message is 7-bit clean, header lines stay within 78
    /// characters, quoted-printable and base64 body lines within 76, and 7bit lines within 998.
    static void verifyWireFormat(const QByteArray &message)
    {
        for (const char c : message)
            QVERIFY2(static_cast<unsigned char>(c) < 128, "8-bit byte in the message");
        const QList<QByteArray> lines = message.split('\n');
        int limit = 78; // headers
        bool inHeaders = true;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (i + 1 < lines.size()) {
                QVERIFY2(line.endsWith('\r'), qPrintable(QStringLiteral("line %1 lacks CR").arg(i + 1)));
                line.chop(1);
            }
            QVERIFY2(!line.contains('\r'), "bare CR");
            if (line.startsWith("--")) { // a delimiter: part headers follow
                inHeaders = true;
                limit = 78;
                continue;
            }
            if (inHeaders) {
                if (line.startsWith("Content-Transfer-Encoding: "))
                    limit = line.endsWith("7bit") ? -998 : -76; // for the body that follows
                if (line.isEmpty()) {
                    inHeaders = false;
                    limit = limit < 0 ? -limit : 998;
                    continue;
                }
                QVERIFY2(line.size() <= 78, line.constData());
                continue;
            }
            QVERIFY2(line.size() <= limit, line.constData());
        }
    }

    static QByteArray boundaryOf(const QByteArray &message)
    {
        const qsizetype start = message.indexOf("boundary=\"") + 10;
        return message.mid(start, message.indexOf('"', start) - start);
    }

private Q_SLOTS:
    void renderedTemplateLayout()
    {
        MimeMessageBuilder builder;
        builder.setDate(fixedDate())
            .setSubject(QStringLiteral("Greetings, Alejandro!"))
            .setTextBody(QStringLiteral("Dear Alejandro,\r\nYour favorite animal is alligator."))
            .setHtmlBody(QStringLiteral("<h1>Hello Alejandro,</h1><p>Your favorite animal is alligator.</p>"))
            .setBoundarySeed(7);
        QByteArray message = builder.build();
        const QByteArray boundary = boundaryOf(message);
        QVERIFY(boundary.startsWith("----=_Part_0_"));
        message.replace(boundary, "BOUNDARY");
        QCOMPARE(message,
            QByteArray("Date: Tue, 5 Mar 2024 09:07:03 +0000\r\n"
                       "Subject: Greetings, Alejandro!\r\n"
                       "MIME-Version: 1.0\r\n"
                       "Content-Type: multipart/alternative;\r\n"
                       " boundary=\"BOUNDARY\"\r\n"
                       "\r\n"
                       "--BOUNDARY\r\n"
                       "Content-Type: text/plain; charset=UTF-8\r\n"
                       "Content-Transfer-Encoding: 7bit\r\n"
                       "\r\n"
                       "Dear Alejandro,\r\n"
                       "Your favorite animal is alligator.\r\n"
                       "--BOUNDARY\r\n"
                       "Content-Type: text/html; charset=UTF-8\r\n"
                       "Content-Transfer-Encoding: 7bit\r\n"
                       "\r\n"
                       "<h1>Hello Alejandro,</h1><p>Your favorite animal is alligator.</p>\r\n"
                       "--BOUNDARY--\r\n"));
    }

    void sameSeedSameMessage()
    {
        MimeMessageBuilder a;
        a.setTextBody(QStringLiteral("t")).setHtmlBody(QStringLiteral("h")).setBoundarySeed(42);
        QCOMPARE(a.build(), a.build());
        MimeMessageBuilder b;
        b.setTextBody(QStringLiteral("t")).setHtmlBody(QStringLiteral("h"));
        QVERIFY(boundaryOf(b.build()) != boundaryOf(b.build()));
    }

    void headersInOrder()
    {
        MimeMessageBuilder builder;
        builder.setDate(fixedDate())
            .setFrom({QStringLiteral("Mary Major"), QStringLiteral("mary.major@example.com")})
            .setReplyTo({{QString(), QStringLiteral("replies@example.com")}})
            .setTo(
                {{QString(), QStringLiteral("a@example.com")}, {QStringLiteral("B"), QStringLiteral("b@example.com")}})
            .setCc({{QString(), QStringLiteral("c@example.com")}})
            .setMessageId(QStringLiteral("0100018e-abc@email.amazonses.com"))
            .setSubject(QStringLiteral("Hi"))
            .setTextBody(QStringLiteral("x"));
        QVERIFY(builder.addHeader(QStringLiteral("X-Campaign"), QStringLiteral("spring-2024")));
        const QByteArray message = builder.build();
        const QByteArray head = message.left(message.indexOf("\r\n\r\n") + 2);
        QCOMPARE(head,
            QByteArray("Date: Tue, 5 Mar 2024 09:07:03 +0000\r\n"
                       "From: Mary Major <mary.major@example.com>\r\n"
                       "Reply-To: replies@example.com\r\n"
                       "To: a@example.com, B <b@example.com>\r\n"
                       "Cc: c@example.com\r\n"
                       "Message-ID: <0100018e-abc@email.amazonses.com>\r\n"
                       "Subject: Hi\r\n"
                       "X-Campaign: spring-2024\r\n"
                       "MIME-Version: 1.0\r\n"
                       "Content-Type: text/plain; charset=UTF-8\r\n"
                       "Content-Transfer-Encoding: 7bit\r\n"));
    }

    void dates_data()
    {
        QTest::addColumn<QDateTime>("date");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("utc") << fixedDate() << QByteArray("Tue, 5 Mar 2024 09:07:03 +0000");
        QTest::newRow("seoul") << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), QTimeZone(9 * 3600))
                               << QByteArray("Tue, 31 Dec 2024 23:59:59 +0900");
        QTest::newRow("negative half hour") << QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone(-(3 * 3600 + 1800)))
                                            << QByteArray("Sun, 1 Jan 2023 00:00:00 -0330");
    }

    void dates()
    {
        QFETCH(QDateTime, date);
        QFETCH(QByteArray, expected);
        QCOMPARE(MimeMessageBuilder::formatDate(date), expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("fromName");

        QTest::newRow("ascii") << QStringLiteral("Your order") << QStringLiteral("Thanks!\nBye.")
                               << QStringLiteral("<p>Thanks!</p>") << QStringLiteral("Shop");
        QTest::newRow("korean") << QStringLiteral("주문하신 상품이 발송되었습니다")
                                << QStringLiteral("김민준님, 안녕하세요.\n주문 번호: 2024-0001\n감사합니다.")
                                << QStringLiteral("<h1>안녕하세요 김민준님</h1><p>주문하신 상품이 발송되었습니다.</p>")
                                << QStringLiteral("한국 상점");
        QTest::newRow("mixed, long lines")
            << QStringLiteral("Spring sale — up to 50% off everything in the store, only this week, don't miss it")
            << QStringLiteral("Dear customer, ").repeated(40) << QStringLiteral("<td>가격</td>").repeated(200)
            << QStringLiteral("Major, Mary");
        QTest::newRow("emoji") << QStringLiteral("🎉 축하합니다!") << QStringLiteral("🎁") << QString() << QString();
        QTest::newRow("text only, trailing newline")
            << QStringLiteral("s") << QStringLiteral("line\n") << QString() << QString();
        QTest::newRow("html only") << QStringLiteral("s") << QString() << QStringLiteral("<b>x=y</b>") << QString();
        QTest::newRow("lone LF and CR") << QStringLiteral("s") << QStringLiteral("a\nb\rc") << QStringLiteral("x")
                                        << QString();
        QTest::newRow("looks like a boundary")
            << QStringLiteral("s") << QStringLiteral("------=_Part_0_0000000000000000\n------=_Part_1_")
            << QStringLiteral("h") << QString();
    }

    void roundTrip()
    {
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(QString, fromName);
        MimeMessageBuilder builder;
        builder.setDate(fixedDate())
            .setFrom({fromName, QStringLiteral("sender@example.com")})
            .setTo({{QStringLiteral("이서연"), QStringLiteral("seoyeon@example.com")}})
            .setCc({{QString(), QStringLiteral("cc@example.com")}})
            .setSubject(subject);
        if (!text.isEmpty())
            builder.setTextBody(text);
        if (!html.isEmpty())
            builder.setHtmlBody(html);
        const QByteArray message = builder.build();
        verifyWireFormat(message);
        QVERIFY(message.endsWith("\r\n") || !text.isEmpty() != !html.isEmpty());

        QString error;
        const MimePart parsed = MimeParser::parse(message, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.subject(), subject);
        QCOMPARE(parsed.from().name, fromName);
        QCOMPARE(parsed.from().address, QStringLiteral("sender@example.com"));
        QCOMPARE(parsed.to(), (QList<MailAddress>{{QStringLiteral("이서연"), QStringLiteral("seoyeon@example.com")}}));
        QCOMPARE(parsed.recipients().size(), 2);
        QCOMPARE(parsed.header("MIME-Version"), QStringLiteral("1.0"));
        auto canonical = [](QString s) {
            s.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
            return s.replace(u'\n', QStringLiteral("\r\n"));
        };
        const MimePart *plain = parsed.findBody("text/plain");
        const MimePart *rich = parsed.findBody("text/html");
        if (!text.isEmpty()) {
            QVERIFY(plain);
            QCOMPARE(plain->text(), canonical(text));
            QCOMPARE(plain->charset(), QByteArray("utf-8"));
        } else {
            QVERIFY(!plain);
        }
        if (!html.isEmpty()) {
            QVERIFY(rich);
            QCOMPARE(rich->text(), canonical(html));
        } else {
            QVERIFY(!rich);
        }
        if (!text.isEmpty() && !html.isEmpty()) {
            QCOMPARE(parsed.mimeType(), QByteArray("multipart/alternative"));
            QCOMPARE(parsed.children.size(), 2);
            QCOMPARE(parsed.children.at(0).mimeType(), QByteArray("text/plain")); // text first, as SES does
        }
    }

    void koreanIsEncoded()
    {
        MimeMessageBuilder builder;
        builder.setSubject(QStringLiteral("주문 확인"))
            .setTextBody(QStringLiteral("안녕하세요, 주문이 확인되었습니다."));
        const QByteArray message = builder.build();
        QVERIFY(message.contains("Subject: =?UTF-8?B?"));
        QVERIFY(message.contains("Content-Transfer-Encoding: base64"));
        verifyWireFormat(message);
    }

    void attachments()
    {
        MimeAttachment report;
        report.fileName = QStringLiteral("report.pdf");
        report.contentType = "application/pdf";
        for (int i = 0; i < 3000; ++i)
            report.content += char(i % 256);
        MimeAttachment korean;
        korean.fileName = QStringLiteral("견적서 2024.txt");
        korean.contentType = "text/plain";
        korean.content = QStringLiteral("합계: 10,000원").toUtf8();
        MimeAttachment logo;
        logo.fileName = QStringLiteral("logo.png");
        logo.contentType = "image/png";
        logo.disposition = MimeAttachment::Disposition::Inline;
        logo.contentId = QStringLiteral("logo@example");
        logo.content = QByteArray("\x89PNG\r\n\x1a\n", 8);

        MimeMessageBuilder builder;
        builder.setSubject(QStringLiteral("Files"))
            .setTextBody(QStringLiteral("see attached"))
            .setHtmlBody(QStringLiteral("<img src=\"cid:logo@example\">"))
            .addAttachment(report)
            .addAttachment(korean)
            .addAttachment(logo);
        const QByteArray message = builder.build();
        verifyWireFormat(message);

        const MimePart parsed = MimeParser::parse(message);
        QCOMPARE(parsed.mimeType(), QByteArray("multipart/mixed"));
        QCOMPARE(parsed.children.size(), 4);
        QCOMPARE(parsed.children.at(0).mimeType(), QByteArray("multipart/alternative"));
        QCOMPARE(parsed.findBody("text/plain")->text(), QStringLiteral("see attached"));
        const QList<const MimePart *> files = parsed.attachments();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0)->fileName(), QStringLiteral("report.pdf"));
        QCOMPARE(files.at(0)->decodedBody(), report.content);
        QCOMPARE(files.at(1)->fileName(), QStringLiteral("견적서 2024.txt"));
        QCOMPARE(files.at(1)->decodedBody(), korean.content);
        QCOMPARE(files.at(2)->rawHeader("Content-ID"), QByteArray("<logo@example>"));
        QVERIFY(files.at(2)->rawHeader("Content-Disposition").startsWith("inline"));
        QCOMPARE(files.at(2)->decodedBody(), logo.content);
    }

    void noHeaderInjection()
    {
        MimeMessageBuilder builder;
        builder.setSubject(QStringLiteral("Hello\r\nBcc: victim@example.com")).setTextBody(QStringLiteral("x"));
        const MimePart parsed = MimeParser::parse(builder.build());
        QVERIFY(!parsed.hasHeader("Bcc"));
        QCOMPARE(parsed.subject(), QStringLiteral("Hello  Bcc: victim@example.com"));
    }

    void bccIsNeverWritten()
    {
        // The builder has no Bcc setter on purpose; Raw messages that carry one are read, though.
        MimeMessageBuilder builder;
        builder.setTo({{QString(), QStringLiteral("a@x.com")}}).setTextBody(QStringLiteral("x"));
        QVERIFY(!builder.build().contains("Bcc"));
    }

    void extraHeaders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ok") << QStringLiteral("X-Tag") << QStringLiteral("v") << true;
        QTest::newRow("colon in name") << QStringLiteral("X:Tag") << QStringLiteral("v") << false;
        QTest::newRow("space in name") << QStringLiteral("X Tag") << QStringLiteral("v") << false;
        QTest::newRow("empty name") << QString() << QStringLiteral("v") << false;
        QTest::newRow("name 126") << QString(126, u'X') << QString() << true;
        QTest::newRow("name 127") << QString(127, u'X') << QString() << false;
        QTest::newRow("value 995") << QStringLiteral("X") << QString(995, u'v') << true;
        QTest::newRow("value 996") << QStringLiteral("X") << QString(996, u'v') << false;
        QTest::newRow("newline in value") << QStringLiteral("X") << QStringLiteral("a\r\nB: c") << false;
        QTest::newRow("non-ascii value") << QStringLiteral("X") << QStringLiteral("한") << false;
    }

    void extraHeaders()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        MimeMessageBuilder builder;
        QCOMPARE(builder.addHeader(name, value), accepted);
    }

    void longAsciiSubjectFolds()
    {
        const QString subject = QStringLiteral("word ").repeated(40).trimmed();
        MimeMessageBuilder builder;
        builder.setSubject(subject).setTextBody(QStringLiteral("x"));
        const QByteArray message = builder.build();
        verifyWireFormat(message);
        QCOMPARE(MimeParser::parse(message).subject(), subject);
    }
};

QTEST_GUILESS_MAIN(tst_MimeMessageBuilder)
#include "tst_mimemessagebuilder.moc"
