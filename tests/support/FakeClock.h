#pragma once

#include "models/aws/Clock.h"

namespace TestSupport
{

/// A clock tests set and advance by hand.
class FakeClock final : public Aws::Clock
{
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC))
        : m_now(std::move(now))
    {
    }
    QDateTime nowUtc() const override
    {
        return m_now;
    }
    void set(const QDateTime &now)
    {
        m_now = now;
    }
    void advance(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
    }

private:
    QDateTime m_now;
};

} // namespace TestSupport
