#pragma once

#include "views/panes/configurationsets/OptionsSection.h"

class QCheckBox;
class QLabel;

namespace Views
{

/// Reputation metrics of mail sent with the set (PutConfigurationSetReputationOptions) and when
/// they were last reset.
class ReputationOptionsSection final : public OptionsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReputationOptionsSection)

public:
    explicit ReputationOptionsSection(QWidget *parent = nullptr);
    Ses::ConfigurationSetOptionsChange change() const override;

protected:
    void load(const Ses::ConfigurationSet &set) override;
    bool differs() const override;
    void retranslateSection() override;
    void setControlsEnabled(bool enabled) override;

private:
    void showFreshStart();

    QCheckBox *m_metricsCheck;
    QLabel *m_freshStartLabel;
    QLabel *m_note;
};

} // namespace Views
