#pragma once

#include <QGroupBox>
#include <QStringList>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ses
{
struct Account;
}

namespace Views
{

/// The account settings an administrator changes here: which reasons add addresses to the
/// account-level suppression list (BOUNCE, COMPLAINT), Virtual Deliverability Manager, and
/// whether sending is enabled. Edits stay local until Apply.
class AccountSettingsEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSettingsEditor)

public:
    struct Values {
        QStringList suppressedReasons;
        bool vdmEnabled = false;
        bool sendingEnabled = true;
        friend bool operator==(const Values &, const Values &) = default;
    };

    explicit AccountSettingsEditor(QWidget *parent = nullptr);

    /// Shows the account's settings as the saved state.
    void setAccount(const Ses::Account &account);
    void clear();
    Values saved() const
    {
        return m_saved;
    }
    Values edited() const;
    bool hasChanges() const;
    /// While a save runs, the editor is read-only.
    void setBusy(bool busy);
    void retranslate();

Q_SIGNALS:
    void applyRequested();
    void changedStateChanged(bool hasChanges);

private:
    void revert();
    void updateButtons();

    QCheckBox *m_bounceCheck;
    QCheckBox *m_complaintCheck;
    QCheckBox *m_vdmCheck;
    QCheckBox *m_sendingCheck;
    QLabel *m_suppressionLabel;
    QLabel *m_vdmLabel;
    QPushButton *m_applyButton;
    QPushButton *m_revertButton;
    Values m_saved;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace Views
