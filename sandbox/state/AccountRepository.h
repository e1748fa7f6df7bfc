#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace Sandbox
{

class StateStore;
struct SandboxConfig;

/// The account document (GetAccount's shape plus the Sandbox's own bookkeeping) and the
/// rules of its life: starts in the SES sandbox, a production-access request is reviewed and
/// granted after the configured delay, granting lifts the sandbox quota.
class AccountRepository
{
public:
    AccountRepository(StateStore &store, const SandboxConfig &config);

    /// Creates the account on first start; with --production also grants access to an existing one.
    bool initialize(const QDateTime &now);

    /// The stored account with a due review settled (and saved).
    QJsonObject load(const QDateTime &now);
    bool save(const QJsonObject &account);

    bool isSandboxed(const QDateTime &now);

    /// Settles a pending production-access review now as GRANTED, DENIED or FAILED.
    bool resolveReview(const QString &status, const QDateTime &now);

    static QJsonObject sandboxQuota();
    static QJsonObject productionQuota();

    /// The account document for GetAccount (without internal members).
    static QJsonObject publicView(const QJsonObject &account);

private:
    static bool settle(QJsonObject &account, const QDateTime &now);
    static void applyReviewOutcome(QJsonObject &account, const QString &status);

    StateStore &m_store;
    const SandboxConfig &m_config;
};

} // namespace Sandbox
