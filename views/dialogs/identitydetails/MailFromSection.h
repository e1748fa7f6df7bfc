#pragma once

#include "views/dialogs/identitydetails/IdentitySection.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Views
{

/// The custom MAIL FROM domain: its status with the guide's meaning, editing the domain and
/// the behaviour on MX failure, or removing it.
class MailFromSection final : public IdentitySection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailFromSection)

public:
    MailFromSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent = nullptr);

    void showIdentity(const Ses::EmailIdentity &identity) override;
    void retranslate() override;

public Q_SLOTS:
    void save();
    void removeMailFrom();

private:
    QString problem() const;
    void update();

    QLabel *m_statusLabel;
    QLineEdit *m_domainEdit;
    QComboBox *m_behaviorCombo;
    QLabel *m_problemLabel;
    QPushButton *m_saveButton;
    QPushButton *m_removeButton;
    std::optional<Ses::EmailIdentity> m_identity;
};

} // namespace Views
