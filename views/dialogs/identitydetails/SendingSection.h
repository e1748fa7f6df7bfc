#pragma once

#include <QPointer>

#include "views/dialogs/identitydetails/IdentitySection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Ses
{
class PagedCall;
}

namespace Views
{

/// Feedback forwarding (bounces and complaints by email) and the default configuration set,
/// chosen from the account's (listed when the dialog opens) or typed.
class SendingSection final : public IdentitySection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingSection)

public:
    SendingSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent = nullptr);
    ~SendingSection() override;

    void showIdentity(const Ses::EmailIdentity &identity) override;
    void retranslate() override;

public Q_SLOTS:
    void setFeedbackForwarding(bool enabled);
    void saveConfigurationSet();

private:
    void listConfigurationSets();
    void update();

    QCheckBox *m_forwardingCheck;
    QLabel *m_forwardingNote;
    QComboBox *m_configurationSetCombo;
    QPushButton *m_saveSetButton;
    QLabel *m_setLabel = nullptr;
    QPointer<Ses::PagedCall> m_listing;
    std::optional<Ses::EmailIdentity> m_identity;
};

} // namespace Views
