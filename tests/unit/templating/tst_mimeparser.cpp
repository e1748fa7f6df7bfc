#include <QTest>

#include "models/ses/MimeParser.h"

using namespace Ses;

/// MimeParser on messages as other mailers write them (SendEmail Raw content, captured mail).
class tst_MimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foreignMessage()
    {
        // LF line endings, folded headers, a group, a preamble, nested multiparts, Latin-1 QP text,
        // an RFC 2231 file name in Korean and an RFC 2047 one.
        const QByteArray raw = "From: =?UTF-8?B?6rmA66+87KSA?= <kim@example.com>\n"
                               "To: Team: a@example.com,\n"
                               "  \"Lee, Seoyeon\" <lee@example.com>;\n"
                               "Cc: c@example.com\n"
                               "Bcc: hidden@example.com, A@example.com\n"
                               "Subject: =?UTF-8?B?7KO866y4?= report\n"
                               " for March\n"
                               "MIME-Version: 1.0\n"
                               "Content-Type: multipart/mixed; boundary=\"outer\"\n"
                               "\n"
                               "This is a multi-part message in MIME format.\n"
                               "--outer\n"
                               "Content-Type: multipart/alternative; boundary=inner\n"
                               "\n"
                               "--inner\n"
                               "Content-Type: text/plain; charset=\"iso-8859-1\"\n"
                               "Content-Transfer-Encoding: quoted-printable\n"
                               "\n"
                               "Caf=E9 menu=\n"
                               " today\n"
                               "--inner\n"
                               "Content-Type: text/html; charset=utf-8\n"
                               "Content-Transfer-Encoding: base64\n"
                               "\n"
                               "PHA+7JWI64WVPC9wPg==\n"
                               "--inner--\n"
                               "--outer\n"
                               "Content-Type: application/pdf; name=\"ignored.pdf\"\n"
                               "Content-Disposition: attachment;\n"
                               " filename*0*=UTF-8''%EA%B2%AC%EC%A0%81;\n"
                               " filename*1=\".pdf\"\n"
                               "Content-Transfer-Encoding: base64\n"
                               "\n"
                               "JVBERi0xLjQ=\n"
                               "--outer\n"
                               "Content-Type: text/csv; name=\"=?UTF-8?B?7KO866y4LmNzdg==?=\"\n"
                               "Content-Disposition: attachment\n"
                               "\n"
                               "a,b\n"
                               "--outer--\n"
                               "epilogue\n";
        QString error;
        const MimePart message = MimeParser::parse(raw, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(message.subject(), QStringLiteral("주문 report for March"));
        QCOMPARE(message.from(), (MailAddress{QStringLiteral("김민준"), QStringLiteral("kim@example.com")}));
        QCOMPARE(message.to(),
            (QList<MailAddress>{{QString(), QStringLiteral("a@example.com")},
                {QStringLiteral("Lee, Seoyeon"), QStringLiteral("lee@example.com")}}));
        QCOMPARE(message.bcc().size(), 2);
        QStringList recipients;
        for (const MailAddress &a : message.recipients())
            recipients << a.address;
        QCOMPARE(recipients,
            (QStringList{QStringLiteral("a@example.com"),
                QStringLiteral("lee@example.com"),
                QStringLiteral("c@example.com"),
                QStringLiteral("hidden@example.com")}));
        QCOMPARE(message.preamble, QByteArray("This is a multi-part message in MIME format.\n"));
        QCOMPARE(message.children.size(), 3);
        const MimePart *plain = message.findBody("text/plain");
        QVERIFY(plain);
        QCOMPARE(plain->text(), QStringLiteral("Café menu today"));
        const MimePart *html = message.findBody("text/html");
        QVERIFY(html);
        QCOMPARE(html->text(), QStringLiteral("<p>안녕</p>"));
        const QList<const MimePart *> files = message.attachments();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0)->fileName(), QStringLiteral("견적.pdf"));
        QCOMPARE(files.at(0)->decodedBody(), QByteArray("%PDF-1.4"));
        QCOMPARE(files.at(1)->fileName(), QStringLiteral("주문.csv"));
        QCOMPARE(files.at(1)->text(), QStringLiteral("a,b"));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("errorFragment");
        QTest::addColumn<int>("children");
        QTest::newRow("no closing boundary")
            << QByteArray("Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n\r\none\r\n--b\r\n\r\ntwo\r\n")
            << QStringLiteral("closing boundary") << 2;
        QTest::newRow("no boundary parameter")
            << QByteArray("Content-Type: multipart/mixed\r\n\r\nbody\r\n") << QStringLiteral("no boundary") << 0;
        QTest::newRow("boundary never used") << QByteArray("Content-Type: multipart/mixed; boundary=zz\r\n\r\nbody\r\n")
                                             << QStringLiteral("never appears") << 0;
        QTest::newRow("garbage header line")
            << QByteArray("Subject: x\r\nnot a header\r\n\r\nbody") << QStringLiteral("no name") << 0;
        QTest::newRow("clean") << QByteArray("Subject: x\r\n\r\nbody") << QString() << 0;
    }

    void problems()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, errorFragment);
        QFETCH(int, children);
        QString error;
        const MimePart message = MimeParser::parse(raw, &error);
        if (errorFragment.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(errorFragment), qPrintable(error));
        QCOMPARE(message.children.size(), children);
    }

    void headersOnlyAndDefaults()
    {
        const MimePart message = MimeParser::parse("Subject: only headers\r\n");
        QCOMPARE(message.subject(), QStringLiteral("only headers"));
        QVERIFY(message.body.isEmpty());
        QCOMPARE(message.mimeType(), QByteArray("text/plain"));
        QCOMPARE(message.charset(), QByteArray("us-ascii"));
        QVERIFY(message.findBody("text/plain"));
    }

    void partBodiesExcludeTheDelimiterLineBreak()
    {
        const MimePart message = MimeParser::parse(
            "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n\r\nline\r\n\r\n--b--\r\n");
        QCOMPARE(message.children.size(), 1);
        QCOMPARE(message.children.first().body, QByteArray("line\r\n"));
    }

    void deepNestingIsBounded()
    {
        QByteArray raw;
        for (int i = 0; i < 40; ++i)
            raw += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b"
                + QByteArray::number(i) + "\r\n";
        raw += "\r\nleaf\r\n";
        const MimePart message = MimeParser::parse(raw);
        int depth = 0;
        for (const MimePart *p = &message; !p->children.isEmpty(); p = &p->children.first())
            ++depth;
        QVERIFY(depth <= MimeParser::MaxDepth);
    }
};

QTEST_GUILESS_MAIN(tst_MimeParser)
#include "tst_mimeparser.moc"
