#pragma once

#include <QGroupBox>

class QLabel;

namespace Ses
{
struct Account;
}

namespace Views
{

/// Where the account stands: SES sandbox or production, sending enabled or paused, the
/// enforcement status, and the production-access review.
class AccountStatusView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStatusView)

public:
    explicit AccountStatusView(QWidget *parent = nullptr);

    void setAccount(const Ses::Account &account);
    void clear();
    void retranslate();

private:
    QLabel *addRow(const QString &objectName, QLabel **caption);

    QLabel *m_accessCaption = nullptr;
    QLabel *m_accessLabel;
    QLabel *m_sendingCaption = nullptr;
    QLabel *m_sendingLabel;
    QLabel *m_enforcementCaption = nullptr;
    QLabel *m_enforcementLabel;
    QLabel *m_reviewCaption = nullptr;
    QLabel *m_reviewLabel;
    QLabel *m_warmupCaption = nullptr;
    QLabel *m_warmupLabel;
};

} // namespace Views
