#pragma once

#include "views/panes/configurationsets/OptionsSection.h"

class QCheckBox;
class QLabel;
class QRadioButton;

namespace Views
{

/// Which reasons add addresses to the account-level suppression list for mail sent with the set
/// (PutConfigurationSetSuppressionOptions): the account's settings, no suppression, or the set's
/// own reasons, the guide's three levels.
class SuppressionOptionsSection final : public OptionsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionOptionsSection)

public:
    explicit SuppressionOptionsSection(QWidget *parent = nullptr);
    Ses::ConfigurationSetOptionsChange change() const override;
    QString problem() const override;

protected:
    void load(const Ses::ConfigurationSet &set) override;
    bool differs() const override;
    void retranslateSection() override;
    void setControlsEnabled(bool enabled) override;

private:
    QStringList editedReasons() const;

    QRadioButton *m_accountRadio;
    QRadioButton *m_noneRadio;
    QRadioButton *m_reasonsRadio;
    QCheckBox *m_bounceCheck;
    QCheckBox *m_complaintCheck;
    QLabel *m_note;
    bool m_enabled = false;
};

} // namespace Views
