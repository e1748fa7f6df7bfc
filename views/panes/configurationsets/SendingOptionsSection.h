#pragma once

#include "views/panes/configurationsets/OptionsSection.h"

class QCheckBox;
class QLabel;

namespace Views
{

/// Whether mail can be sent with the configuration set (PutConfigurationSetSendingOptions).
class SendingOptionsSection final : public OptionsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingOptionsSection)

public:
    explicit SendingOptionsSection(QWidget *parent = nullptr);
    Ses::ConfigurationSetOptionsChange change() const override;

protected:
    void load(const Ses::ConfigurationSet &set) override;
    bool differs() const override;
    void retranslateSection() override;
    void setControlsEnabled(bool enabled) override;

private:
    QCheckBox *m_enabledCheck;
    QLabel *m_note;
};

} // namespace Views
