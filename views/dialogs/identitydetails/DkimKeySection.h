#pragma once

#include "views/dialogs/identitydetails/IdentitySection.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Views
{

/// A domain's own DKIM key (BYODKIM): give SES a new private key under a new selector (a
/// rotation, or a switch from Easy DKIM), checked before sending, or go back to Easy DKIM. The
/// guide's warning applies: until SES finds the new record, it does not sign with the old key.
class DkimKeySection final : public IdentitySection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DkimKeySection)

public:
    DkimKeySection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent = nullptr);

    void showIdentity(const Ses::EmailIdentity &identity) override;
    void retranslate() override;

public Q_SLOTS:
    void useOwnKey();
    void useEasyDkim();

Q_SIGNALS:
    /// SES accepted the key: the DNS record to publish is selector._domainkey with this key.
    void ownKeySet(const QString &selector, const QString &publicKey);

private:
    QString problem() const;
    void update();

    QLabel *m_warningLabel;
    QLineEdit *m_selectorEdit;
    QPlainTextEdit *m_keyEdit;
    QLabel *m_problemLabel;
    QPushButton *m_useKeyButton;
    QPushButton *m_easyButton;
    bool m_external = false;
};

} // namespace Views
