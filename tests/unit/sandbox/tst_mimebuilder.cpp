#include <QTest>

#include "sandbox/mail/MimeBuilder.h"
#include "sandbox/mail/RawMessage.h"
#include "sandbox/mail/VirusScanner.h"

using namespace Sandbox;

/// The MIME SES builds for formatted sends, and how it reads and rewrites raw messages.
class tst_MimeBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodedWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii stays") << "Hello there" << QByteArray("Hello there");
        QTest::newRow("utf-8") << QStringLiteral("Grüße") << QByteArray("=?UTF-8?B?R3LDvMOfZQ==?=");
        QTest::newRow("korean") << QStringLiteral("안녕하세요") << QByteArray("=?UTF-8?B?7JWI64WV7ZWY7IS47JqU?=");
    }

    void encodedWords()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(MimeBuilder::encodeHeaderText(text), expected);
        QCOMPARE(RawMessage::decodeEncodedWords(QString::fromLatin1(MimeBuilder::encodeHeaderText(text))), text);
    }

    void longSubjectsFoldIntoShortWords()
    {
        const QString subject = QString(60, QChar(0xe9)); // 60 × é
        const QByteArray encoded = MimeBuilder::encodeHeaderText(subject);
        for (const QByteArray &line : encoded.split('\n'))
            QVERIFY2(line.trimmed().size() <= 75, line.constData());
        QCOMPARE(RawMessage::decodeEncodedWords(
                     QString::fromLatin1(encoded).replace(QLatin1String("\r\n "), QLatin1String(" "))),
            subject);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("bare") << "a@example.com" << QByteArray("a@example.com");
        QTest::newRow("plain name") << "Jane Doe <jane@example.com>" << QByteArray("Jane Doe <jane@example.com>");
        QTest::newRow("name with comma") << "\"Doe, Jane\" <jane@example.com>"
                                         << QByteArray("\"Doe, Jane\" <jane@example.com>");
        QTest::newRow("unicode name") << QStringLiteral("Zoë <zoe@example.com>")
                                      << QByteArray("=?UTF-8?B?Wm/Dqw==?= <zoe@example.com>");
    }

    void addresses()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(MimeBuilder::formatAddress(input), expected);
    }

    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a=3Db");
        QTest::newRow("utf-8") << QString::fromUtf8("é").toUtf8() << QByteArray("=C3=A9");
        QTest::newRow("trailing space") << QByteArray("a \r\nb") << QByteArray("a=20\r\nb");
        QTest::newRow("soft break") << QByteArray(100, 'x') << QByteArray(75, 'x') + "=\r\n" + QByteArray(25, 'x');
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(MimeBuilder::quotedPrintable(input), expected);
    }

    void structure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("attachment");
        QTest::addColumn<QStringList>("contentTypes");
        QTest::newRow("text") << "t" << QString() << false << QStringList{QStringLiteral("text/plain")};
        QTest::newRow("html") << QString() << "<b>h</b>" << false << QStringList{QStringLiteral("text/html")};
        QTest::newRow("both") << "t"
                              << "<b>h</b>" << false
                              << QStringList{QStringLiteral("multipart/alternative"),
                                     QStringLiteral("text/plain"),
                                     QStringLiteral("text/html")};
        QTest::newRow("with attachment") << "t"
                                         << "<b>h</b>" << true
                                         << QStringList{QStringLiteral("multipart/mixed"),
                                                QStringLiteral("multipart/alternative"),
                                                QStringLiteral("text/plain"),
                                                QStringLiteral("text/html"),
                                                QStringLiteral("application/pdf")};
    }

    void structure()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(bool, attachment);
        QFETCH(QStringList, contentTypes);
        MimeContent content;
        content.from = QStringLiteral("Shop <shop@example.com>");
        content.to = {QStringLiteral("a@example.org")};
        content.cc = {QStringLiteral("b@example.org")};
        content.subject = QStringLiteral("S");
        content.text = text;
        content.html = html;
        content.messageId = QStringLiteral("id@email.amazonses.com");
        content.date = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
        content.headers = {{QStringLiteral("X-Campaign"), QStringLiteral("spring")}};
        if (attachment) {
            MimeAttachment pdf;
            pdf.content = QByteArray("%PDF-1.4");
            pdf.fileName = QStringLiteral("invoice.pdf");
            pdf.contentType = QStringLiteral("application/pdf");
            content.attachments.append(pdf);
        }
        QRandomGenerator random(7);
        const QByteArray mime = MimeBuilder::build(content, random);

        QStringList found;
        for (const QByteArray &line : mime.split('\n')) {
            if (line.startsWith("Content-Type: "))
                found.append(QString::fromLatin1(line.mid(14).split(';').first().trimmed()));
        }
        QCOMPARE(found, contentTypes);
        QVERIFY(mime.contains("Message-ID: <id@email.amazonses.com>\r\n"));
        QVERIFY(mime.contains("Date: Mon, 02 Mar 2026 10:00:00 +0000\r\n"));
        QVERIFY(mime.contains("To: a@example.org\r\n"));
        QVERIFY(mime.contains("Cc: b@example.org\r\n"));
        QVERIFY(mime.contains("X-Campaign: spring\r\n"));
        QVERIFY(mime.contains("MIME-Version: 1.0\r\n"));
        if (attachment) {
            QVERIFY(mime.contains("Content-Disposition: attachment; filename=\"invoice.pdf\""));
            QVERIFY(mime.contains(QByteArray("%PDF-1.4").toBase64()));
        }
        // Every boundary opened is closed.
        const qsizetype opened = mime.count("boundary=\"");
        QCOMPARE(mime.count("--\r\n") >= opened, true);

        // And the builder's own output reads back as a raw message.
        const Outcome<RawMessage> parsed = RawMessage::parse(mime);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->addresses("To"), QStringList{QStringLiteral("a@example.org")});
        QCOMPARE(parsed->addresses("From"), QStringList{QStringLiteral("Shop <shop@example.com>")});
    }

    void rawMessages()
    {
        const QByteArray data
            = "From: \"Doe, Jane\" <jane@example.com>\nTo: a@example.org, \"B, C\" <bc@example.org>\nSubject: "
              "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\n"
              " continued\nBcc: hidden@example.org\nX-SES-CONFIGURATION-SET: set1\nMessage-ID: <old@x>\n\nBody\n";
        const Outcome<RawMessage> parsed = RawMessage::parse(data);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->addresses("To"),
            (QStringList{QStringLiteral("a@example.org"), QStringLiteral("\"B, C\" <bc@example.org>")}));
        QCOMPARE(parsed->subject(), QStringLiteral("Grüße continued"));
        QCOMPARE(parsed->header("x-ses-configuration-set"), QStringLiteral("set1"));
        const QByteArray out = parsed->outgoing(
            QStringLiteral("new@email.amazonses.com"), QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        QVERIFY(out.startsWith("Message-ID: <new@email.amazonses.com>\r\nDate: Mon, 02 Mar 2026 10:00:00 +0000\r\n"));
        QVERIFY(!out.contains("old@x"));
        QVERIFY(!out.contains("Bcc"));
        QVERIFY(!out.contains("X-SES"));
        QVERIFY(out.contains("Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n continued\r\n"));
        QVERIFY(out.endsWith("\r\nBody\n"));

        QVERIFY(!RawMessage::parse(QByteArray()).ok());
        QVERIFY(!RawMessage::parse(" starts with a continuation\n\nbody").ok());
        QVERIFY(!RawMessage::parse("no colon here\n\nbody").ok());
    }

    void virusScan()
    {
        const QByteArray eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
        QVERIFY(VirusScanner::containsVirus("Subject: x\r\n\r\n" + eicar));
        QVERIFY(VirusScanner::containsVirus(
            "Content-Transfer-Encoding: base64\r\n\r\n" + MimeBuilder::base64Lines(eicar) + "--b--\r\n"));
        QVERIFY(!VirusScanner::containsVirus(
            "Subject: clean\r\n\r\nNothing to see\r\n" + MimeBuilder::base64Lines(QByteArray(300, 'a'))));
    }
};

QTEST_MAIN(tst_MimeBuilder)
#include "tst_mimebuilder.moc"
