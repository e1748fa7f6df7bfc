#include "models/aws/RefreshingCredentialsProvider.h"

#include <QObject>
#include <QThread>

#include "models/aws/Clock.h"
#include "models/aws/CredentialsLog.h"

namespace Aws
{

RefreshingCredentialsProvider::RefreshingCredentialsProvider(const Clock *clock)
    : m_clock(clock)
    , m_guard(std::make_unique<QObject>())
    , m_alive(std::make_shared<bool>(true))
{
}

RefreshingCredentialsProvider::~RefreshingCredentialsProvider()
{
    *m_alive = false;
}

void RefreshingCredentialsProvider::fetch(QObject *context, Callback done)
{
    const QDateTime now = m_clock->nowUtc();
    if (m_cached && !m_cached->expiresWithin(now, advisoryRefreshSeconds)) {
        done(*m_cached);
        return;
    }
    if (m_cached && !m_cached->expiresWithin(now, mandatoryRefreshSeconds)) {
        // Advisory window: still good for a while; refresh in the background.
        if (!m_refreshing)
            startRefresh(true);
        done(*m_cached);
        return;
    }
    m_waiters.append(Waiter{context, context != nullptr, std::move(done)});
    if (!m_refreshing)
        startRefresh(false);
}

void RefreshingCredentialsProvider::invalidate()
{
    m_cached.reset();
}

void RefreshingCredentialsProvider::startRefresh(bool advisory)
{
    m_refreshing = true;
    ++m_refreshCount;
    qCDebug(lcCredentials).noquote() << "refreshing credentials from" << description()
                                     << (advisory ? "(advisory)" : "");
    const std::weak_ptr<bool> alive = m_alive;
    refresh([this, alive, advisory](Result<Credentials> result) {
        const auto flag = alive.lock();
        if (!flag || !*flag)
            return;
        finishRefresh(std::move(result), advisory);
    });
}

void RefreshingCredentialsProvider::finishRefresh(Result<Credentials> result, bool advisory)
{
    m_refreshing = false;
    if (result.ok()) {
        const QDateTime now = m_clock->nowUtc();
        if (result.value().expiration.isValid() && result.value().expiration <= now) {
            result = AwsError::local(AwsError::Kind::Credentials,
                QStringLiteral("CredentialRetrievalError"),
                tr("%1 returned credentials that had already expired (at %2); check the system clock")
                    .arg(description(), result.value().expiration.toUTC().toString(Qt::ISODate)));
        } else {
            m_cached = result.value();
        }
    }
    if (result.isError()) {
        if (advisory && m_waiters.isEmpty())
            qCWarning(lcCredentials).noquote()
                << "background refresh failed, still using the current credentials:" << result.error().toString();
        else
            m_cached.reset();
    }

    // Callbacks may fetch again or drop the last reference to this provider.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    const std::shared_ptr<bool> alive = m_alive;
    for (const Waiter &waiter : waiters) {
        deliver(waiter, result);
        if (!*alive)
            return;
    }
}

void RefreshingCredentialsProvider::deliver(const Waiter &waiter, const Result<Credentials> &result)
{
    if (!waiter.hasContext) {
        waiter.done(result);
        return;
    }
    QObject *context = waiter.context.data();
    if (!context)
        return;
    if (context->thread() == QThread::currentThread()) {
        waiter.done(result);
        return;
    }
    QMetaObject::invokeMethod(
        context,
        [done = waiter.done, result] {
            done(result);
        },
        Qt::QueuedConnection);
}

} // namespace Aws
