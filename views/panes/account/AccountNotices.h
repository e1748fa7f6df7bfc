#pragma once

#include <QWidget>

class QPushButton;

namespace Ses
{
struct Account;
}

namespace Views
{

class Banner;

/// The warnings the guide asks a console to show on the account dashboard: the sandbox limits
/// (with the way out), sending paused, the production-access review status, and an
/// enforcement status other than healthy.
class AccountNotices final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountNotices)

public:
    explicit AccountNotices(QWidget *parent = nullptr);

    void setAccount(const Ses::Account &account);
    void clear();
    void retranslate();

    Banner *sandboxBanner() const
    {
        return m_sandbox;
    }
    Banner *pausedBanner() const
    {
        return m_paused;
    }
    Banner *reviewBanner() const
    {
        return m_review;
    }
    Banner *enforcementBanner() const
    {
        return m_enforcement;
    }

Q_SIGNALS:
    void productionAccessRequested();
    void resumeSendingRequested();

private:
    Banner *m_sandbox;
    Banner *m_paused;
    Banner *m_review;
    Banner *m_enforcement;
    QPushButton *m_requestButton;
    QPushButton *m_resumeButton;
    QString m_reviewStatus;
    QString m_enforcementStatus;
};

} // namespace Views
