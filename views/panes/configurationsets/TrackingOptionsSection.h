#pragma once

#include "views/panes/configurationsets/OptionsSection.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Views
{

/// The custom redirect domain of open and click tracking and its HTTPS policy
/// (PutConfigurationSetTrackingOptions; leaving the domain out removes it).
class TrackingOptionsSection final : public OptionsSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackingOptionsSection)

public:
    explicit TrackingOptionsSection(QWidget *parent = nullptr);
    Ses::ConfigurationSetOptionsChange change() const override;
    QString problem() const override;
    /// The set's region: the note names its tracking domain (r.<region>.awstrack.me).
    void setRegion(const QString &region);

protected:
    void load(const Ses::ConfigurationSet &set) override;
    bool differs() const override;
    void retranslateSection() override;
    void setControlsEnabled(bool enabled) override;

private:
    std::optional<Ses::TrackingOptions> edited() const;

    QCheckBox *m_customCheck;
    QLineEdit *m_domainEdit;
    QLabel *m_policyLabel;
    QComboBox *m_policyCombo;
    QLabel *m_note;
    QString m_region;
    bool m_enabled = false;
};

} // namespace Views
