#include <QTest>

#include "models/connection/FallbackSecretStore.h"

#include "views/secrets/KeychainSecretStore.h"

/// The real keyring path as SesDesk wires it (QtKeychain behind FallbackSecretStore): on a
/// desktop with a Secret Service the secret goes to the keyring; without one (CI, this test's
/// usual case) it is kept for the session and reported as such. Either way it is never an
/// error, and what was written reads back.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesReadsAndRemoves();
};

void TestKeychainSecretStore::writesReadsAndRemoves()
{
    Connection::FallbackSecretStore store(
        std::make_unique<Views::KeychainSecretStore>(QStringLiteral("SesDesk tests")));
    const QString key = QStringLiteral("profile/tst_keychainsecretstore");
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/TESTONLY");

    std::optional<Aws::Result<Connection::SecretStore::Persistence>> written;
    store.write(key, secret, this, [&written](auto r) {
        written = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    QVERIFY2(written->ok(), qPrintable(written->isError() ? written->error().toString() : QStringLiteral("cancelled")));
    qInfo() << "persistence:"
            << (written->value() == Connection::SecretStore::Persistence::Keyring ? "keyring" : "session only");
    QCOMPARE(written->value() == Connection::SecretStore::Persistence::SessionOnly, !store.keyringAvailable());

    QString read;
    store.read(key, this, [&read](Aws::Result<QString> r) {
        read = r.ok() ? r.value() : QStringLiteral("error: ") + r.error().toString();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 30000);
    QCOMPARE(read, secret);

    bool removed = false;
    store.remove(key, this, [&removed](Aws::Result<Aws::Empty> r) {
        removed = r.ok();
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
