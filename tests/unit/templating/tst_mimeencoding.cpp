#include <QTest>

#include "models/ses/EncodedWord.h"
#include "models/ses/MailAddress.h"
#include "models/ses/MimeCharset.h"
#include "models/ses/MimeTransferEncoding.h"

using namespace Ses;
using Encoding = MimeTransferEncoding::Encoding;

Q_DECLARE_METATYPE(Ses::MimeTransferEncoding::Encoding)

/// Transfer encodings, RFC 2047 encoded-words and address lists.
class tst_MimeEncoding : public QObject
{
    Q_OBJECT

private:
    static void verifyLines(const QByteArray &encoded, int maxLength)
    {
        const QList<QByteArray> lines = encoded.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (i + 1 < lines.size()) {
                QVERIFY2(line.endsWith('\r'), "every line break is CRLF");
                line.chop(1);
            }
            QVERIFY2(!line.contains('\r'), "no bare CR");
            QVERIFY2(line.size() <= maxLength, line.constData());
        }
    }

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Encoding>("expected");
        QTest::newRow("ascii") << QByteArray("Hello\r\nworld") << Encoding::SevenBit;
        QTest::newRow("long ascii line") << QByteArray(999, 'a') << Encoding::QuotedPrintable;
        QTest::newRow("998 is fine") << QByteArray(998, 'a') << Encoding::SevenBit;
        QTest::newRow("mostly ascii") << QStringLiteral("<p>Hello 김민준, your order has shipped.</p>").toUtf8()
                                      << Encoding::QuotedPrintable;
        QTest::newRow("korean") << QStringLiteral("안녕하세요, 주문하신 상품이 발송되었습니다.").toUtf8()
                                << Encoding::Base64;
    }

    void choose()
    {
        QFETCH(QByteArray, text);
        QFETCH(Encoding, expected);
        QCOMPARE(MimeTransferEncoding::chooseForText(text), expected);
    }

    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("encoded"); // empty: only check the round trip and line lengths
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a=3Db");
        QTest::newRow("trailing blank") << QByteArray("end \r\nnext\t") << QByteArray("end=20\r\nnext=09");
        QTest::newRow("utf8") << QStringLiteral("한").toUtf8() << QByteArray("=ED=95=9C");
        QTest::newRow("final break kept") << QByteArray("a\r\n") << QByteArray("a\r\n");
        QTest::newRow("76 fits") << QByteArray(76, 'x') << QByteArray(76, 'x');
        QTest::newRow("77 folds") << QByteArray(77, 'x') << QByteArray(75, 'x') + "=\r\n" + "xx";
        QTest::newRow("escape not split") << QByteArray(74, 'x') + "=" + "yy" << QByteArray(74, 'x') + "=\r\n=3Dyy";
        QTest::newRow("long korean") << QStringLiteral("가나다라마바사아자차카타파하").repeated(20).toUtf8()
                                     << QByteArray();
        QTest::newRow("long mixed lines")
            << (QStringLiteral("<td style=\"padding: 4px\">주문 번호 %1</td>\r\n").repeated(30)).toUtf8()
            << QByteArray();
        QTest::newRow("blanks at fold") << (QByteArray(74, 'x') + "   " + QByteArray(10, 'y')) << QByteArray();
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, encoded);
        const QByteArray out = MimeTransferEncoding::encodeQuotedPrintable(text);
        if (!encoded.isEmpty())
            QCOMPARE(out, encoded);
        verifyLines(out, 76);
        QCOMPARE(MimeTransferEncoding::decodeQuotedPrintable(out), text);
    }

    void quotedPrintableDecodesWhatOthersSend()
    {
        QCOMPARE(MimeTransferEncoding::decodeQuotedPrintable("soft=\nbreak =e2=9c=93  \nend"),
            QByteArray("softbreak \xe2\x9c\x93\r\nend"));
        QCOMPARE(MimeTransferEncoding::decodeQuotedPrintable("bad =ZZ escape"), QByteArray("bad =ZZ escape"));
    }

    void base64Lines()
    {
        const QByteArray data = QStringLiteral("안녕하세요 ").repeated(100).toUtf8();
        const QByteArray out = MimeTransferEncoding::encodeBase64Lines(data);
        verifyLines(out, 76);
        QVERIFY(out.endsWith("\r\n"));
        QCOMPARE(out.split('\n').first().size(), 77); // 76 characters and the CR
        QCOMPARE(MimeTransferEncoding::decode(out, Encoding::Base64), data);
    }

    void canonicalLineBreaks()
    {
        QCOMPARE(MimeTransferEncoding::canonicalLineBreaks("a\nb\r\nc\rd\n\n"), QByteArray("a\r\nb\r\nc\r\nd\r\n\r\n"));
    }

    void encodedWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expectedPrefix");
        QTest::newRow("korean uses B") << QStringLiteral("주문이 발송되었습니다") << QByteArray("=?UTF-8?B?");
        QTest::newRow("mostly ascii uses Q") << QStringLiteral("Your order 주문") << QByteArray("=?UTF-8?Q?");
        QTest::newRow("long korean") << QStringLiteral("김민준님, 주문하신 상품이 오늘 발송되었습니다. ").repeated(5)
                                     << QByteArray("=?UTF-8?B?");
        QTest::newRow("emoji pairs") << QStringLiteral("🎉🎁🎈 축하합니다 ").repeated(8) << QByteArray("=?UTF-8?B?");
        QTest::newRow("long Q") << QStringLiteral(
            "Caf\u00e9 menu for the week of the twenty-first, with cr\u00eapes and more")
                                << QByteArray("=?UTF-8?Q?");
    }

    void encodedWords()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expectedPrefix);
        const QByteArray encoded = EncodedWord::encode(text, 9);
        QVERIFY(encoded.startsWith(expectedPrefix));
        for (const QByteArray &line : encoded.split('\n')) {
            const QByteArray word = line.trimmed();
            QVERIFY2(word.size() <= EncodedWord::MaxWordLength, word.constData());
            QVERIFY(word.startsWith("=?UTF-8?") && word.endsWith("?="));
            for (const char c : word)
                QVERIFY(static_cast<unsigned char>(c) < 128);
        }
        QVERIFY2(9 + encoded.split('\r').first().size() <= 78, "first line fits after \"Subject: \"");
        QCOMPARE(EncodedWord::decode(encoded), text);
    }

    void decodeWords_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("Hello") << QStringLiteral("Hello");
        QTest::newRow("B") << QByteArray("=?UTF-8?B?7JWI64WV?=") << QStringLiteral("안녕");
        QTest::newRow("Q with underscore")
            << QByteArray("=?utf-8?q?caf=C3=A9_au_lait?=") << QStringLiteral("café au lait");
        QTest::newRow("adjacent words join")
            << QByteArray("=?UTF-8?B?7JWI?=\r\n =?UTF-8?B?64WV?=") << QStringLiteral("안녕");
        QTest::newRow("split character") << QByteArray("=?UTF-8?B?7A==?= =?UTF-8?B?lYg=?=") << QStringLiteral("안");
        QTest::newRow("text between kept") << QByteArray("Re: =?UTF-8?B?7JWI?= now") << QStringLiteral("Re: 안 now");
        QTest::newRow("latin1") << QByteArray("=?ISO-8859-1?Q?caf=E9?=") << QStringLiteral("café");
        QTest::newRow("raw utf-8 header") << QStringLiteral("주문 확인").toUtf8() << QStringLiteral("주문 확인");
        QTest::newRow("language tag") << QByteArray("=?UTF-8*ko?B?7JWI?=") << QStringLiteral("안");
        QTest::newRow("not a word") << QByteArray("a =?broken") << QStringLiteral("a =?broken");
    }

    void decodeWords()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        QCOMPARE(EncodedWord::decode(header), expected);
    }

    void charsets()
    {
        QCOMPARE(MimeCharset::decode("caf\xe9", "iso-8859-1"), QStringLiteral("café"));
        QCOMPARE(MimeCharset::decode(QStringLiteral("한").toUtf8(), "utf-8"), QStringLiteral("한"));
        QCOMPARE(MimeCharset::decode(QStringLiteral("한").toUtf8(), "x-unknown"), QStringLiteral("한"));
        QCOMPARE(MimeCharset::decode("caf\xe9", "x-unknown"), QStringLiteral("café"));
    }

    void addressLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // "name|address"
        QTest::newRow("bare") << QStringLiteral("a@example.com") << QStringList{QStringLiteral("|a@example.com")};
        QTest::newRow("named") << QStringLiteral("Mary Major <mary.major@example.com>")
                               << QStringList{QStringLiteral("Mary Major|mary.major@example.com")};
        QTest::newRow("several") << QStringLiteral("a@x.com, B <b@x.com>,c@x.com")
                                 << QStringList{QStringLiteral("|a@x.com"),
                                        QStringLiteral("B|b@x.com"),
                                        QStringLiteral("|c@x.com")};
        QTest::newRow("quoted comma") << QStringLiteral("\"Major, Mary\" <m@x.com>, \"A \\\"Q\\\" B\" <q@x.com>")
                                      << QStringList{QStringLiteral("Major, Mary|m@x.com"),
                                             QStringLiteral("A \"Q\" B|q@x.com")};
        QTest::newRow("comment name") << QStringLiteral("m@x.com (Mary Major)")
                                      << QStringList{QStringLiteral("Mary Major|m@x.com")};
        QTest::newRow("group") << QStringLiteral("Team: a@x.com, b@x.com;, c@x.com")
                               << QStringList{QStringLiteral("|a@x.com"),
                                      QStringLiteral("|b@x.com"),
                                      QStringLiteral("|c@x.com")};
        QTest::newRow("empty group") << QStringLiteral("undisclosed-recipients:;") << QStringList();
        QTest::newRow("encoded name") << QStringLiteral("=?UTF-8?B?6rmA66+87KSA?= <kim@x.com>")
                                      << QStringList{QStringLiteral("김민준|kim@x.com")};
        QTest::newRow("utf-8 name") << QStringLiteral("김민준 <kim@x.com>")
                                    << QStringList{QStringLiteral("김민준|kim@x.com")};
        QTest::newRow("simulator with label") << QStringLiteral("success+label1@simulator.amazonses.com")
                                              << QStringList{QStringLiteral("|success+label1@simulator.amazonses.com")};
        QTest::newRow("empty") << QString() << QStringList();
    }

    void addressLists()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const MailAddress &a : MailAddress::parseList(text))
            got << a.name + QLatin1Char('|') + a.address;
        QCOMPARE(got, expected);
    }

    void addressHeaders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("bare") << QString() << QStringLiteral("a@x.com") << QByteArray("a@x.com");
        QTest::newRow("atom") << QStringLiteral("Mary Major") << QStringLiteral("m@x.com")
                              << QByteArray("Mary Major <m@x.com>");
        QTest::newRow("specials quoted") << QStringLiteral("Major, Mary") << QStringLiteral("m@x.com")
                                         << QByteArray("\"Major, Mary\" <m@x.com>");
        QTest::newRow("korean encoded") << QStringLiteral("김민준") << QStringLiteral("kim@x.com")
                                        << QByteArray("=?UTF-8?B?6rmA66+87KSA?= <kim@x.com>");
        QTest::newRow("idn domain") << QString() << QStringLiteral("info@한국.kr")
                                    << QByteArray("info@xn--3e0b707e.kr");
    }

    void addressHeaders()
    {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(QByteArray, header);
        const MailAddress a{name, address};
        QCOMPARE(a.toHeader(), header);
        // And back.
        const MailAddress parsed = MailAddress::parse(QString::fromLatin1(header));
        QCOMPARE(parsed.name, name);
    }

    void longListsFold()
    {
        QList<MailAddress> list;
        for (int i = 0; i < 10; ++i)
            list.append({QStringLiteral("Recipient %1").arg(i), QStringLiteral("recipient%1@example.com").arg(i)});
        const QByteArray header = "To: " + MailAddress::listToHeader(list, 4);
        verifyLines(header, 78);
        QCOMPARE(MailAddress::parseList(QString::fromLatin1(header.mid(4))), list);
    }
};

QTEST_GUILESS_MAIN(tst_MimeEncoding)
#include "tst_mimeencoding.moc"
