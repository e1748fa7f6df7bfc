#pragma once

#include "views/panes/configurationsets/OptionsSection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Views
{

/// TLS policy, sending IP pool and maximum delivery time (PutConfigurationSetDeliveryOptions,
/// which replaces all three at once).
class DeliveryOptionsSection final : public OptionsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryOptionsSection)

public:
    explicit DeliveryOptionsSection(QWidget *parent = nullptr);
    Ses::ConfigurationSetOptionsChange change() const override;
    QString problem() const override;
    /// The account's dedicated IP pools, offered in the pool list (a name can also be typed).
    void setPoolNames(const QStringList &names);

protected:
    void load(const Ses::ConfigurationSet &set) override;
    bool differs() const override;
    void retranslateSection() override;
    void setControlsEnabled(bool enabled) override;

private:
    Ses::DeliveryOptions edited() const;
    void updateDuration();

    QCheckBox *m_tlsCheck;
    QLabel *m_tlsNote;
    QLabel *m_poolLabel;
    QComboBox *m_poolCombo;
    QLabel *m_poolNote;
    QCheckBox *m_maxDeliveryCheck;
    QSpinBox *m_maxDeliverySpin;
    QLabel *m_durationLabel;
    QLabel *m_maxDeliveryNote;
    bool m_enabled = false;
};

} // namespace Views
