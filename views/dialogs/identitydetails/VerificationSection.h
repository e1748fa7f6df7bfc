#pragma once

#include "views/dialogs/identitydetails/IdentitySection.h"

class QLabel;
class QPushButton;

namespace Views
{

/// Verification status with the guide's meaning and timing; for an address, that SES sent it a
/// verification mail and a button to send it again.
class VerificationSection final : public IdentitySection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationSection)

public:
    VerificationSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent = nullptr);

    void showIdentity(const Ses::EmailIdentity &identity) override;
    void retranslate() override;

public Q_SLOTS:
    void resendVerificationEmail();

private:
    QLabel *m_statusLabel;
    QLabel *m_meaningLabel;
    QLabel *m_mailLabel;
    QPushButton *m_resendButton;
    QLabel *m_resendNote;
    std::optional<Ses::EmailIdentity> m_identity;
};

} // namespace Views
