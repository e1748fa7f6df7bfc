#pragma once

#include "views/dialogs/identitydetails/IdentitySection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Views
{

/// DKIM: SES's status with its meaning, Easy DKIM or BYODKIM, the key lengths, signing on or
/// off, and a key-length change (a rotation: SES allows one per 24 hours, never to the length
/// already set).
class DkimSection final : public IdentitySection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DkimSection)

public:
    DkimSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent = nullptr);

    void showIdentity(const Ses::EmailIdentity &identity) override;
    void retranslate() override;

public Q_SLOTS:
    void setSigningEnabled(bool enabled);
    void changeKeyLength();

Q_SIGNALS:
    void dnsRecordsRequested();

private:
    void updateKeyLengthButton();

    QLabel *m_statusLabel;
    QLabel *m_meaningLabel;
    QLabel *m_originLabel;
    QCheckBox *m_signingCheck;
    QLabel *m_keyLengthLabel;
    QComboBox *m_keyLengthCombo;
    QPushButton *m_changeKeyButton;
    QPushButton *m_dnsButton;
    std::optional<Ses::EmailIdentity> m_identity;
};

} // namespace Views
