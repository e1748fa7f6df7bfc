#include "sandbox/state/AccountRepository.h"

#include <QJsonArray>

#include "sandbox/SandboxConfig.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{
const QString kCollection = QStringLiteral("account");
const QString kKey = QStringLiteral("account");
} // namespace

AccountRepository::AccountRepository(StateStore &store, const SandboxConfig &config)
    : m_store(store)
    , m_config(config)
{
}

QJsonObject AccountRepository::sandboxQuota()
{
    return QJsonObject{{QStringLiteral("Max24HourSend"), 200.0}, {QStringLiteral("MaxSendRate"), 1.0}};
}

QJsonObject AccountRepository::productionQuota()
{
    return QJsonObject{{QStringLiteral("Max24HourSend"), 50000.0}, {QStringLiteral("MaxSendRate"), 14.0}};
}

bool AccountRepository::initialize(const QDateTime &now)
{
    std::optional<QJsonObject> stored = m_store.get(kCollection, kKey);
    if (!stored) {
        QJsonObject account;
        account.insert(QStringLiteral("ProductionAccessEnabled"), m_config.production);
        account.insert(QStringLiteral("SendingEnabled"), true);
        account.insert(QStringLiteral("EnforcementStatus"), QStringLiteral("HEALTHY"));
        account.insert(QStringLiteral("DedicatedIpAutoWarmupEnabled"), true);
        account.insert(QStringLiteral("SendQuota"), m_config.production ? productionQuota() : sandboxQuota());
        // Accounts created after 25 November 2019 suppress both bounces and complaints by default.
        account.insert(QStringLiteral("SuppressionAttributes"),
            QJsonObject{{QStringLiteral("SuppressedReasons"),
                QJsonArray{QStringLiteral("BOUNCE"), QStringLiteral("COMPLAINT")}}});
        account.insert(QStringLiteral("_createdAt"), Timestamps::toJson(now));
        return save(account);
    }
    if (m_config.production && !stored->value(QLatin1String("ProductionAccessEnabled")).toBool()) {
        QJsonObject account = *stored;
        applyReviewOutcome(account, QStringLiteral("GRANTED"));
        return save(account);
    }
    return true;
}

QJsonObject AccountRepository::load(const QDateTime &now)
{
    QJsonObject account = m_store.get(kCollection, kKey).value_or(QJsonObject());
    if (settle(account, now))
        save(account);
    return account;
}

bool AccountRepository::save(const QJsonObject &account)
{
    return m_store.put(kCollection, kKey, account);
}

bool AccountRepository::isSandboxed(const QDateTime &now)
{
    return !load(now).value(QLatin1String("ProductionAccessEnabled")).toBool();
}

void AccountRepository::applyReviewOutcome(QJsonObject &account, const QString &status)
{
    QJsonObject details = account.value(QLatin1String("Details")).toObject();
    QJsonObject review = details.value(QLatin1String("ReviewDetails")).toObject();
    if (!review.isEmpty() || !details.isEmpty()) {
        review.insert(QStringLiteral("Status"), status);
        details.insert(QStringLiteral("ReviewDetails"), review);
        account.insert(QStringLiteral("Details"), details);
    }
    if (status == QLatin1String("GRANTED")) {
        account.insert(QStringLiteral("ProductionAccessEnabled"), true);
        account.insert(QStringLiteral("SendQuota"), productionQuota());
    }
    account.remove(QStringLiteral("_reviewDueAt"));
}

bool AccountRepository::settle(QJsonObject &account, const QDateTime &now)
{
    const QDateTime due = Timestamps::fromJson(account.value(QLatin1String("_reviewDueAt")));
    if (!due.isValid() || now < due)
        return false;
    applyReviewOutcome(account, QStringLiteral("GRANTED"));
    return true;
}

bool AccountRepository::resolveReview(const QString &status, const QDateTime &now)
{
    QJsonObject account = load(now);
    const QString current = account.value(QLatin1String("Details"))
                                .toObject()
                                .value(QLatin1String("ReviewDetails"))
                                .toObject()
                                .value(QLatin1String("Status"))
                                .toString();
    if (current != QLatin1String("PENDING"))
        return false;
    applyReviewOutcome(account, status);
    return save(account);
}

QJsonObject AccountRepository::publicView(const QJsonObject &account)
{
    QJsonObject out;
    for (auto it = account.begin(); it != account.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('_')))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace Sandbox
