#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "sandbox/state/DkimKeys.h"

using Sandbox::DkimKeys;

/// Easy DKIM tokens and BYODKIM private-key checks (RSA 1024-2048, PKCS #1 or #8, base64 DER).
class tst_DkimKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easyDkimTokens()
    {
        QRandomGenerator random(42);
        const QStringList tokens = DkimKeys::easyDkimTokens(random);
        QCOMPARE(tokens.size(), 3);
        static const QRegularExpression shape(QStringLiteral("^[a-z2-7]{32}$"));
        for (const QString &token : tokens)
            QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
        QVERIFY(tokens.at(0) != tokens.at(1));
    }

    void hostedZones()
    {
        QCOMPARE(DkimKeys::signingHostedZone(QStringLiteral("us-east-1")), QStringLiteral("dkim.amazonses.com"));
        QCOMPARE(
            DkimKeys::signingHostedZone(QStringLiteral("af-south-1")), QStringLiteral("dkim.af-south-1.amazonses.com"));
    }

    void privateKeys_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("bits"); // 0: rejected
        QTest::newRow("RSA 1024 PKCS#1") << "test-rsa-1024-pkcs1.b64" << 1024;
        QTest::newRow("RSA 1024 PKCS#8") << "test-rsa-1024-pkcs8.b64" << 1024;
        QTest::newRow("RSA 2048 PKCS#8") << "test-rsa-2048-pkcs8.b64" << 2048;
        QTest::newRow("RSA 512 too short") << "test-rsa-512-pkcs8.b64" << 0;
        QTest::newRow("RSA 4096 too long") << "test-rsa-4096-pkcs8.b64" << 0;
        QTest::newRow("EC key") << "test-ec-p256-pkcs8.b64" << 0;
    }

    void privateKeys()
    {
        QFETCH(QString, file);
        QFETCH(int, bits);
        QFile f(QStringLiteral(SESDESK_TEST_DATA_DIR "/sandbox/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Sandbox::Outcome<int> result = DkimKeys::validatePrivateKey(QString::fromLatin1(f.readAll().trimmed()));
        if (bits == 0) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("BadRequestException"));
        } else {
            QVERIFY(result.ok());
            QCOMPARE(result.value(), bits);
        }
    }

    void garbage()
    {
        QVERIFY(!DkimKeys::validatePrivateKey(QStringLiteral("bm90IGEga2V5")).ok());
        QVERIFY(!DkimKeys::validatePrivateKey(QStringLiteral("!!!")).ok());
        QVERIFY(!DkimKeys::validatePrivateKey(QString()).ok());
    }
};

QTEST_MAIN(tst_DkimKeys)
#include "tst_dkimkeys.moc"
