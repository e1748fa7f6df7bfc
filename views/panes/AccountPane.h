#pragma once

#include <optional>

#include "models/ses/AccountTypes.h"

#include "views/panes/Pane.h"

class QLabel;
class QScrollArea;

namespace Views
{

class AccountNotices;
class AccountSettingsEditor;
class AccountStatusView;
class SendingQuotaView;

/// The account dashboard: where the account stands (SES sandbox or production, sending,
/// enforcement, the production-access review), the sending quota as gauges, the editable
/// suppression / VDM / sending settings, and the guide's warnings with their actions.
class AccountPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPane)

public:
    explicit AccountPane(const PaneContext &context, QWidget *parent = nullptr);
    ~AccountPane() override;

    QString id() const override;
    QString title() const override;
    bool hasUnsavedChanges() const override;
    QString copyText() const override;

    /// The account last loaded; empty before the first load and after a session change.
    const std::optional<Ses::Account> &account() const
    {
        return m_account;
    }

public Q_SLOTS:
    void requestProductionAccess();
    void applySettings();
    void resumeSending();

Q_SIGNALS:
    /// A change (settings, production-access request) was saved; the pane reloads after it.
    void settingsSaved();

protected:
    void load() override;
    void clearData() override;
    void retranslate() override;

private:
    void showAccount(const Ses::Account &account);
    void updateHeader();

    QLabel *m_headerLabel;
    QLabel *m_regionNote;
    AccountNotices *m_notices;
    AccountStatusView *m_status;
    SendingQuotaView *m_quota;
    AccountSettingsEditor *m_settings;
    std::optional<Ses::Account> m_account;
};

} // namespace Views
