#pragma once

#include <QGroupBox>

#include "models/ses/ConfigurationSetTypes.h"

class QBoxLayout;
class QLabel;
class QPushButton;

namespace Views
{

/// One option group of a configuration set (delivery, reputation, sending, suppression,
/// tracking, VDM), as the SES console's panels: shows what SES has, lets the user change it,
/// and asks to save it with the group's Put*Options call (saveRequested; the pane runs
/// PutConfigurationSetOptionsCommand). Save and Revert are enabled only with a change; Save only
/// when the change is valid.
class OptionsSection : public QGroupBox
{
    Q_OBJECT

public:
    /// name: the object-name stem ("delivery" → deliverySection, deliverySaveButton).
    OptionsSection(const QString &name, QWidget *parent = nullptr);

    /// Shows the set as SES has it now (the saved state) and drops edits.
    void showSet(const Ses::ConfigurationSet &set);
    void clear();
    bool hasChanges() const;
    /// The call that saves the edits.
    virtual Ses::ConfigurationSetOptionsChange change() const = 0;
    /// What is wrong with the edits (translated), or empty.
    virtual QString problem() const
    {
        return {};
    }
    /// While a save runs, the section is read-only.
    void setBusy(bool busy);
    void retranslate();

Q_SIGNALS:
    void saveRequested();
    void changedStateChanged(bool hasChanges);

protected:
    /// Puts the controls in the saved state of set.
    virtual void load(const Ses::ConfigurationSet &set) = 0;
    /// Whether the controls differ from the saved state.
    virtual bool differs() const = 0;
    virtual void retranslateSection() = 0;
    /// Enables the section's own controls (a subclass may enable fewer).
    virtual void setControlsEnabled(bool enabled) = 0;
    /// The layout to add controls to (the Save/Revert row follows them).
    QBoxLayout *body() const
    {
        return m_body;
    }
    /// Call whenever a control changes.
    void updateState();
    bool isLoaded() const
    {
        return m_set.has_value();
    }
    const Ses::ConfigurationSet &savedSet() const
    {
        return *m_set;
    }
    /// A muted, wrapped explanation.
    static QLabel *makeNote(const QString &objectName);

private:
    void revert();

    QBoxLayout *m_body;
    QLabel *m_problemLabel;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    std::optional<Ses::ConfigurationSet> m_set;
    bool m_busy = false;
    bool m_loading = false;
};

} // namespace Views
