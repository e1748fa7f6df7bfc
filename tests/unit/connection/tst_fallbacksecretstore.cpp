#include <QTest>

#include "models/connection/FallbackSecretStore.h"

namespace
{
/// A keyring in memory that can be switched off, as a missing Secret Service would be.
class FakeKeyring final : public Connection::SecretStore
{
public:
    explicit FakeKeyring(bool available)
        : m_available(available)
    {
    }
    void write(const QString &key, const QString &secret, QObject *, WriteCallback done) override
    {
        if (!m_available)
            return done(unavailable());
        m_secrets.insert(key, secret);
        done(Persistence::Keyring);
    }
    void read(const QString &key, QObject *, ReadCallback done) override
    {
        if (!m_available)
            return done(unavailable());
        if (!m_secrets.contains(key))
            return done(Aws::AwsError::local(Aws::AwsError::Kind::Credentials, NotFoundCode, QStringLiteral("none")));
        done(m_secrets.value(key));
    }
    void remove(const QString &key, QObject *, RemoveCallback done) override
    {
        m_secrets.remove(key);
        done(Aws::Empty{});
    }
    QHash<QString, QString> m_secrets;

private:
    static Aws::AwsError unavailable()
    {
        return Aws::AwsError::local(
            Aws::AwsError::Kind::Credentials, UnavailableCode, QStringLiteral("no Secret Service"));
    }
    bool m_available;
};
} // namespace

/// The secret store falls back to this session's memory only where no keyring exists, and says so.
class TestFallbackSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesTheKeyringWhenThere();
    void keepsSecretsForTheSessionWithoutKeyring();
};

void TestFallbackSecretStore::usesTheKeyringWhenThere()
{
    auto keyring = std::make_unique<FakeKeyring>(true);
    FakeKeyring *raw = keyring.get();
    Connection::FallbackSecretStore store(std::move(keyring));
    std::optional<Connection::SecretStore::Persistence> persistence;
    store.write(QStringLiteral("k"), QStringLiteral("s3cret-value-1234"), this, [&](auto r) {
        persistence = r.value();
    });
    QTRY_VERIFY(persistence.has_value());
    QCOMPARE(*persistence, Connection::SecretStore::Persistence::Keyring);
    QCOMPARE(raw->m_secrets.value(QStringLiteral("k")), QStringLiteral("s3cret-value-1234"));
    QString read;
    store.read(QStringLiteral("k"), this, [&](Aws::Result<QString> r) {
        read = r.value();
    });
    QTRY_COMPARE(read, QStringLiteral("s3cret-value-1234"));
    QVERIFY(store.keyringAvailable());
}

void TestFallbackSecretStore::keepsSecretsForTheSessionWithoutKeyring()
{
    Connection::FallbackSecretStore store(std::make_unique<FakeKeyring>(false));
    std::optional<Connection::SecretStore::Persistence> persistence;
    store.write(QStringLiteral("k"), QStringLiteral("s3cret-value-1234"), this, [&](auto r) {
        persistence = r.value();
    });
    QTRY_VERIFY(persistence.has_value());
    QCOMPARE(*persistence, Connection::SecretStore::Persistence::SessionOnly);
    QVERIFY(!store.keyringAvailable());
    QString read;
    store.read(QStringLiteral("k"), this, [&](Aws::Result<QString> r) {
        read = r.ok() ? r.value() : r.error().code;
    });
    QTRY_COMPARE(read, QStringLiteral("s3cret-value-1234"));
    QString code;
    store.read(QStringLiteral("other"), this, [&](Aws::Result<QString> r) {
        code = r.error().code;
    });
    QTRY_COMPARE(code, Connection::SecretStore::NotFoundCode);
    bool removed = false;
    store.remove(QStringLiteral("k"), this, [&](auto r) {
        removed = r.ok();
    });
    QTRY_VERIFY(removed);
}

QTEST_GUILESS_MAIN(TestFallbackSecretStore)
#include "tst_fallbacksecretstore.moc"
