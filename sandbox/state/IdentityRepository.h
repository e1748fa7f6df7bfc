#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Sandbox
{

class StateStore;
struct MailAddress;

/// The email identities of the account: stored documents (GetEmailIdentity's shape plus
/// internal timing), settled on every read so verification progresses with the clock, and the
/// lookups the send path needs (is this address verified, directly or through its domain?).
class IdentityRepository
{
public:
    explicit IdentityRepository(StateStore &store);

    std::optional<QJsonObject> find(const QString &key, const QDateTime &now);
    bool save(const QJsonObject &identity);
    bool remove(const QString &key);
    QList<QJsonObject> page(const QString &afterKey, int limit, const QDateTime &now);
    qint64 count() const;

    /// The identity that lets address send: the address itself (without a +label) when
    /// verified, else the closest verified parent domain. Email addresses are case-sensitive,
    /// domains are not.
    std::optional<QJsonObject> verifiedIdentityFor(const MailAddress &address, const QDateTime &now);
    /// The most specific identity (verified or not) whose settings apply to address.
    std::optional<QJsonObject> settingsIdentityFor(const MailAddress &address, const QDateTime &now);
    /// The closest domain identity above a name ("a.example.com" for "x@a.example.com"), if any.
    std::optional<QJsonObject> parentDomainOf(const QString &domain, const QDateTime &now, bool includeSelf);

    /// GetEmailIdentity's answer: internals removed, VerifiedForSendingStatus derived, and an
    /// address identity's DKIM attributes inherited from its domain.
    QJsonObject describe(const QJsonObject &identity, const QDateTime &now);

    /// The candidate identity keys for an address, most specific first.
    static QStringList candidateKeys(const MailAddress &address);

private:
    StateStore &m_store;
};

} // namespace Sandbox
