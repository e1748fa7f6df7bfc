#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/DkimPublicKey.h"

using Ses::DkimPublicKey;

Q_DECLARE_METATYPE(DkimPublicKey::Error)

/// BYODKIM keys made with openssl, read back as the wizard receives them.
class tst_DkimPublicKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void errorsAreSpecific();

private:
    bool openssl(const QStringList &arguments);
    QByteArray file(const QString &name) const;
    QString publicKeyOf(const QString &name);

    QTemporaryDir m_dir;
};

bool tst_DkimPublicKey::openssl(const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "openssl" << arguments << p.readAllStandardError();
        return false;
    }
    return true;
}

QByteArray tst_DkimPublicKey::file(const QString &name) const
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString tst_DkimPublicKey::publicKeyOf(const QString &name)
{
    const QString out = name + QStringLiteral(".pub");
    if (!openssl({QStringLiteral("pkey"),
            QStringLiteral("-in"),
            name,
            QStringLiteral("-pubout"),
            QStringLiteral("-out"),
            out}))
        return {};
    QStringList lines = QString::fromLatin1(file(out)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeFirst();
    lines.removeLast();
    return lines.join(QString());
}

void tst_DkimPublicKey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString bits = QStringLiteral("rsa_keygen_bits:%1");
    for (int size : {512, 1024, 2048, 4096}) {
        const QString name = QStringLiteral("rsa%1.pem").arg(size);
        QVERIFY(openssl({QStringLiteral("genpkey"),
            QStringLiteral("-algorithm"),
            QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"),
            bits.arg(size),
            QStringLiteral("-out"),
            name}));
    }
    // PKCS #1 ("BEGIN RSA PRIVATE KEY"), as `openssl genrsa` wrote it before OpenSSL 3.
    QVERIFY(openssl({QStringLiteral("rsa"),
        QStringLiteral("-in"),
        QStringLiteral("rsa2048.pem"),
        QStringLiteral("-traditional"),
        QStringLiteral("-out"),
        QStringLiteral("rsa2048-pkcs1.pem")}));
    QVERIFY(openssl({QStringLiteral("rsa"),
        QStringLiteral("-in"),
        QStringLiteral("rsa1024.pem"),
        QStringLiteral("-traditional"),
        QStringLiteral("-out"),
        QStringLiteral("rsa1024-pkcs1.pem")}));
    QVERIFY(openssl({QStringLiteral("genpkey"),
        QStringLiteral("-algorithm"),
        QStringLiteral("EC"),
        QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:P-256"),
        QStringLiteral("-out"),
        QStringLiteral("ec.pem")}));
    QVERIFY(openssl({QStringLiteral("genpkey"),
        QStringLiteral("-algorithm"),
        QStringLiteral("ED25519"),
        QStringLiteral("-out"),
        QStringLiteral("ed25519.pem")}));
    QVERIFY(openssl({QStringLiteral("genpkey"),
        QStringLiteral("-algorithm"),
        QStringLiteral("RSA-PSS"),
        QStringLiteral("-pkeyopt"),
        bits.arg(2048),
        QStringLiteral("-out"),
        QStringLiteral("pss.pem")}));
    QVERIFY(openssl({QStringLiteral("pkey"),
        QStringLiteral("-in"),
        QStringLiteral("rsa1024.pem"),
        QStringLiteral("-aes256"),
        QStringLiteral("-passout"),
        QStringLiteral("pass:secret"),
        QStringLiteral("-out"),
        QStringLiteral("encrypted-pkcs8.pem")}));
    QVERIFY(openssl({QStringLiteral("rsa"),
        QStringLiteral("-in"),
        QStringLiteral("rsa1024.pem"),
        QStringLiteral("-traditional"),
        QStringLiteral("-aes256"),
        QStringLiteral("-passout"),
        QStringLiteral("pass:secret"),
        QStringLiteral("-out"),
        QStringLiteral("encrypted-pkcs1.pem")}));
    QVERIFY(!publicKeyOf(QStringLiteral("rsa2048.pem")).isEmpty()); // writes rsa2048.pem.pub
}

namespace
{

/// The PEM body without BEGIN/END lines and line breaks: what the guide tells users to paste.
QByteArray base64Body(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    return body;
}

} // namespace

void tst_DkimPublicKey::parse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("form"); // pem | body | wrapped-body | crlf
    QTest::addColumn<DkimPublicKey::Error>("error");
    QTest::addColumn<int>("bits");

    using E = DkimPublicKey::Error;
    QTest::newRow("2048 PKCS#8 PEM") << QStringLiteral("rsa2048.pem") << QStringLiteral("pem") << E::None << 2048;
    QTest::newRow("2048 PKCS#8 base64") << QStringLiteral("rsa2048.pem") << QStringLiteral("body") << E::None << 2048;
    QTest::newRow("2048 PKCS#8 base64 with line breaks")
        << QStringLiteral("rsa2048.pem") << QStringLiteral("wrapped-body") << E::None << 2048;
    QTest::newRow("2048 PKCS#1 PEM") << QStringLiteral("rsa2048-pkcs1.pem") << QStringLiteral("pem") << E::None << 2048;
    QTest::newRow("2048 PKCS#1 PEM, CRLF")
        << QStringLiteral("rsa2048-pkcs1.pem") << QStringLiteral("crlf") << E::None << 2048;
    QTest::newRow("2048 PKCS#1 base64") << QStringLiteral("rsa2048-pkcs1.pem") << QStringLiteral("body") << E::None
                                        << 2048;
    QTest::newRow("1024 PKCS#8 PEM") << QStringLiteral("rsa1024.pem") << QStringLiteral("pem") << E::None << 1024;
    QTest::newRow("1024 PKCS#1 base64") << QStringLiteral("rsa1024-pkcs1.pem") << QStringLiteral("body") << E::None
                                        << 1024;
    QTest::newRow("512 bits") << QStringLiteral("rsa512.pem") << QStringLiteral("pem") << E::TooShort << 512;
    QTest::newRow("4096 bits") << QStringLiteral("rsa4096.pem") << QStringLiteral("body") << E::TooLong << 4096;
    QTest::newRow("EC") << QStringLiteral("ec.pem") << QStringLiteral("pem") << E::NotRsa << 0;
    QTest::newRow("Ed25519 base64") << QStringLiteral("ed25519.pem") << QStringLiteral("body") << E::NotRsa << 0;
    QTest::newRow("RSA-PSS") << QStringLiteral("pss.pem") << QStringLiteral("pem") << E::NotRsa << 0;
    QTest::newRow("encrypted PKCS#8") << QStringLiteral("encrypted-pkcs8.pem") << QStringLiteral("pem") << E::Encrypted
                                      << 0;
    QTest::newRow("encrypted PKCS#1") << QStringLiteral("encrypted-pkcs1.pem") << QStringLiteral("pem") << E::Encrypted
                                      << 0;
    QTest::newRow("public key PEM") << QStringLiteral("rsa2048.pem.pub") << QStringLiteral("pem") << E::PublicKeyGiven
                                    << 0;
    QTest::newRow("public key base64") << QStringLiteral("rsa2048.pem.pub") << QStringLiteral("body")
                                       << E::PublicKeyGiven << 0;
}

void tst_DkimPublicKey::parse()
{
    QFETCH(QString, file);
    QFETCH(QString, form);
    QFETCH(DkimPublicKey::Error, error);
    QFETCH(int, bits);

    const QByteArray pem = this->file(file);
    QVERIFY(!pem.isEmpty());
    QByteArray input = pem;
    if (form == QLatin1String("body")) {
        input = base64Body(pem);
    } else if (form == QLatin1String("wrapped-body")) {
        input.clear();
        const QByteArray body = base64Body(pem);
        for (int i = 0; i < body.size(); i += 64)
            input += body.mid(i, 64) + "\n";
    } else if (form == QLatin1String("crlf")) {
        input.replace("\n", "\r\n");
    }

    const DkimPublicKey key = DkimPublicKey::fromPrivateKey(input);
    QCOMPARE(key.error(), error);
    QCOMPARE(key.isValid(), error == DkimPublicKey::Error::None);
    if (bits)
        QCOMPARE(key.bits(), bits);
    if (!key.isValid()) {
        QVERIFY(!key.errorString().isEmpty());
        QVERIFY(key.publicKeyBase64().isEmpty());
        return;
    }
    QVERIFY(key.errorString().isEmpty());
    QCOMPARE(key.publicKeyBase64(), publicKeyOf(file));
    QCOMPARE(key.dnsValue(), QStringLiteral("p=") + key.publicKeyBase64());
    // DomainSigningPrivateKey: the key in the format given, without PEM lines or line breaks.
    QCOMPARE(key.privateKeyBase64(), QString::fromLatin1(base64Body(pem)));
}

void tst_DkimPublicKey::errorsAreSpecific()
{
    QCOMPARE(DkimPublicKey::fromPrivateKey(QByteArray()).error(), DkimPublicKey::Error::Empty);
    QCOMPARE(DkimPublicKey::fromPrivateKey("  \n ").error(), DkimPublicKey::Error::Empty);
    QCOMPARE(DkimPublicKey::fromPrivateKey("hello world").error(), DkimPublicKey::Error::Unreadable);
    QCOMPARE(DkimPublicKey::fromPrivateKey("aGVsbG8gd29ybGQ=").error(), DkimPublicKey::Error::Unreadable);
    const QByteArray body = base64Body(file(QStringLiteral("rsa2048.pem")));
    QCOMPARE(DkimPublicKey::fromPrivateKey(body.left(body.size() / 2)).error(), DkimPublicKey::Error::Unreadable);
    QByteArray damaged = file(QStringLiteral("rsa2048.pem"));
    damaged.replace(100, 20, QByteArray(20, 'A'));
    QCOMPARE(DkimPublicKey::fromPrivateKey(damaged).error(), DkimPublicKey::Error::Damaged);

    const DkimPublicKey small = DkimPublicKey::fromPrivateKey(file(QStringLiteral("rsa512.pem")));
    QVERIFY(small.errorString().contains(QLatin1String("512")));
    QVERIFY(small.errorString().contains(QLatin1String("1024")));
    QVERIFY(small.errorString().contains(QLatin1String("2048")));
    const DkimPublicKey large = DkimPublicKey::fromPrivateKey(file(QStringLiteral("rsa4096.pem")));
    QVERIFY(large.errorString().contains(QLatin1String("4096")));

    QStringList messages;
    for (auto e : {DkimPublicKey::fromPrivateKey(""),
             DkimPublicKey::fromPrivateKey("x"),
             DkimPublicKey::fromPrivateKey(file(QStringLiteral("encrypted-pkcs8.pem"))),
             DkimPublicKey::fromPrivateKey(file(QStringLiteral("rsa2048.pem.pub"))),
             DkimPublicKey::fromPrivateKey(file(QStringLiteral("ec.pem"))),
             small,
             DkimPublicKey::fromPrivateKey(damaged)})
        messages << e.errorString();
    messages.removeDuplicates();
    QCOMPARE(messages.size(), 7);
}

QTEST_GUILESS_MAIN(tst_DkimPublicKey)
#include "tst_dkimpublickey.moc"
