#pragma once

#include "views/panes/configurationsets/OptionsSection.h"

class QCheckBox;
class QLabel;

namespace Views
{

/// Virtual Deliverability Manager for mail sent with the set: the account's settings, or the
/// set's own engagement tracking and optimized shared delivery (PutConfigurationSetVdmOptions).
class VdmOptionsSection final : public OptionsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VdmOptionsSection)

public:
    explicit VdmOptionsSection(QWidget *parent = nullptr);
    Ses::ConfigurationSetOptionsChange change() const override;

protected:
    void load(const Ses::ConfigurationSet &set) override;
    bool differs() const override;
    void retranslateSection() override;
    void setControlsEnabled(bool enabled) override;

private:
    std::optional<Ses::VdmOptions> edited() const;

    QCheckBox *m_overrideCheck;
    QCheckBox *m_engagementCheck;
    QCheckBox *m_sharedDeliveryCheck;
    QLabel *m_note;
    bool m_enabled = false;
};

} // namespace Views
