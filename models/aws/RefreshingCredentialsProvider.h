#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QPointer>

#include "models/aws/CredentialsProvider.h"

namespace Aws
{

class Clock;

/// Caches the temporary credentials a subclass fetches asynchronously (by running a process or
/// calling STS) and decides when to fetch again, as botocore's RefreshableCredentials does:
/// credentials with more than 15 minutes left are used as they are; in the advisory window
/// (15 to 10 minutes left) they are still used while a refresh runs in the background, whose
/// failure is only logged; with less than 10 minutes left, or none cached, callers wait for a
/// refresh. Concurrent fetches share one refresh. Credentials without an expiry are kept until
/// invalidate(). A refresh that yields already expired credentials is an error.
///
/// All calls on the thread that created the provider. Destroying the provider drops pending
/// callbacks (their owners are being torn down with it).
class RefreshingCredentialsProvider : public CredentialsProvider
{
    Q_DECLARE_TR_FUNCTIONS(Aws::RefreshingCredentialsProvider)

public:
    static constexpr qint64 advisoryRefreshSeconds = 15 * 60;
    static constexpr qint64 mandatoryRefreshSeconds = 10 * 60;

    explicit RefreshingCredentialsProvider(const Clock *clock);
    ~RefreshingCredentialsProvider() override;

    void fetch(QObject *context, Callback done) final;
    void invalidate() override;

    bool isRefreshing() const
    {
        return m_refreshing;
    }
    /// How many refreshes have been started: each is one process run or one STS call.
    int refreshCount() const
    {
        return m_refreshCount;
    }

protected:
    /// Fetches fresh credentials and calls done exactly once (possibly before returning). Async
    /// work uses guard() as its context object, so it stops when the provider goes away.
    virtual void refresh(Callback done) = 0;

    QObject *guard() const
    {
        return m_guard.get();
    }
    const Clock *clock() const
    {
        return m_clock;
    }

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void startRefresh(bool advisory);
    void finishRefresh(Result<Credentials> result, bool advisory);
    static void deliver(const Waiter &waiter, const Result<Credentials> &result);

    const Clock *m_clock;
    std::unique_ptr<QObject> m_guard;
    std::optional<Credentials> m_cached;
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    std::shared_ptr<bool> m_alive;
};

} // namespace Aws
