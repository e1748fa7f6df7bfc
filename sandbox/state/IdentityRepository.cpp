#include "sandbox/state/IdentityRepository.h"

#include <QJsonArray>

#include "sandbox/state/IdentityLifecycle.h"
#include "sandbox/state/MailAddress.h"
#include "sandbox/state/StateStore.h"

namespace Sandbox
{

namespace
{

const QString kCollection = QStringLiteral("identities");

bool isVerified(const QJsonObject &identity)
{
    return identity.value(QLatin1String("VerificationStatus")).toString() == QLatin1String("SUCCESS");
}

QStringList domainChain(const QString &domain)
{
    // "a.b.example.com" → a.b.example.com, b.example.com, example.com (never the bare TLD).
    QStringList out;
    QStringList labels = domain.toLower().split(QLatin1Char('.'));
    while (labels.size() >= 2) {
        out.append(labels.join(QLatin1Char('.')));
        labels.removeFirst();
    }
    return out;
}

} // namespace

IdentityRepository::IdentityRepository(StateStore &store)
    : m_store(store)
{
}

std::optional<QJsonObject> IdentityRepository::find(const QString &key, const QDateTime &now)
{
    std::optional<QJsonObject> identity = m_store.get(kCollection, key);
    if (identity && IdentityLifecycle::settle(*identity, now))
        save(*identity);
    return identity;
}

bool IdentityRepository::save(const QJsonObject &identity)
{
    return m_store.put(kCollection, identity.value(QLatin1String("IdentityName")).toString(), identity);
}

bool IdentityRepository::remove(const QString &key)
{
    return m_store.remove(kCollection, key);
}

QList<QJsonObject> IdentityRepository::page(const QString &afterKey, int limit, const QDateTime &now)
{
    QList<QJsonObject> out;
    for (StoredDocument &doc : m_store.list(kCollection, afterKey, limit)) {
        if (IdentityLifecycle::settle(doc.body, now))
            save(doc.body);
        out.append(doc.body);
    }
    return out;
}

qint64 IdentityRepository::count() const
{
    return m_store.count(kCollection);
}

QStringList IdentityRepository::candidateKeys(const MailAddress &address)
{
    QStringList keys;
    const QString domain = address.domain.toLower();
    keys.append(address.localPart + QLatin1Char('@') + domain);
    const qsizetype plus = address.localPart.indexOf(QLatin1Char('+'));
    if (plus > 0)
        keys.append(address.localPart.left(plus) + QLatin1Char('@') + domain);
    keys.append(domainChain(domain));
    return keys;
}

std::optional<QJsonObject> IdentityRepository::verifiedIdentityFor(const MailAddress &address, const QDateTime &now)
{
    for (const QString &key : candidateKeys(address)) {
        std::optional<QJsonObject> identity = find(key, now);
        if (identity && isVerified(*identity))
            return identity;
    }
    return std::nullopt;
}

std::optional<QJsonObject> IdentityRepository::settingsIdentityFor(const MailAddress &address, const QDateTime &now)
{
    // Settings apply from the most specific verified identity (guide: email > subdomain > domain).
    return verifiedIdentityFor(address, now);
}

std::optional<QJsonObject> IdentityRepository::parentDomainOf(
    const QString &domain, const QDateTime &now, bool includeSelf)
{
    QStringList chain = domainChain(domain);
    if (!includeSelf && !chain.isEmpty())
        chain.removeFirst();
    for (const QString &key : chain) {
        std::optional<QJsonObject> identity = find(key, now);
        if (identity)
            return identity;
    }
    return std::nullopt;
}

QJsonObject IdentityRepository::describe(const QJsonObject &identity, const QDateTime &now)
{
    QJsonObject out = IdentityLifecycle::withoutInternals(identity);
    out.remove(QStringLiteral("IdentityName"));
    out.insert(QStringLiteral("VerifiedForSendingStatus"), isVerified(identity));
    if (identity.value(QLatin1String("IdentityType")).toString() == QLatin1String("EMAIL_ADDRESS")) {
        const QString name = identity.value(QLatin1String("IdentityName")).toString();
        const QString domain = name.mid(name.lastIndexOf(QLatin1Char('@')) + 1);
        const std::optional<QJsonObject> parent = parentDomainOf(domain, now, true);
        QJsonObject dkim;
        if (parent && parent->contains(QLatin1String("DkimAttributes"))) {
            dkim = parent->value(QLatin1String("DkimAttributes")).toObject();
            const bool parentSigning = dkim.value(QLatin1String("SigningEnabled")).toBool();
            if (identity.contains(QLatin1String("_dkimSigningEnabled")))
                dkim.insert(QStringLiteral("SigningEnabled"),
                    parentSigning && identity.value(QLatin1String("_dkimSigningEnabled")).toBool());
        } else {
            dkim.insert(QStringLiteral("SigningEnabled"), false);
            dkim.insert(QStringLiteral("Status"), QStringLiteral("NOT_STARTED"));
            dkim.insert(QStringLiteral("Tokens"), QJsonArray());
            dkim.insert(QStringLiteral("SigningAttributesOrigin"), QStringLiteral("AWS_SES"));
        }
        out.insert(QStringLiteral("DkimAttributes"), dkim);
    }
    return out;
}

} // namespace Sandbox
