#pragma once

#include <QDialog>
#include <QMap>

#include "models/ses/ConfigurationSetTypes.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Views
{

class CloudWatchDimensionsEditor;

/// Adds or edits an event destination of a configuration set, as the console's wizard in one
/// page: name, the event types to publish (with what each means), the destination type and its
/// target (CloudWatch dimensions, a Firehose stream and role, an EventBridge bus, an SNS topic, a
/// Pinpoint project), and whether publishing is on. Checked as typed with the guide's rules
/// (ConfigurationSetRules): every problem names its field, and Save waits until there is none.
class EventDestinationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDestinationDialog)

public:
    /// region: the configuration set's, for ARN checks and examples.
    EventDestinationDialog(const QString &configurationSetName, const QString &region, QWidget *parent = nullptr);
    ~EventDestinationDialog() override;

    /// Edit mode: shows the destination; its name cannot change.
    void setDestination(const Ses::EventDestination &destination);
    bool isEditing() const
    {
        return m_editing;
    }
    /// Names already used in the set (a new destination may not take one).
    void setTakenNames(const QStringList &names);
    Ses::EventDestination destination() const;
    /// The problems of what is entered now (empty: Save is possible).
    QStringList problems() const;

    /// While SES is asked, the form is read-only and says so.
    void setSubmitting(bool submitting, const QString &text = {});
    /// SES refused: the form stays open with why.
    void showSubmitError(const QString &text);

Q_SIGNALS:
    void submitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildEventTypes();
    QWidget *buildTargets();
    void validate();
    void onKindChanged();
    void retranslate();

    QString m_setName;
    QString m_region;
    QStringList m_taken;
    bool m_editing = false;
    bool m_submitting = false;
    bool m_ready = false; ///< built: later changes are the user's
    bool m_touched = false;
    QLabel *m_introLabel;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_kindLabel;
    QComboBox *m_kindCombo;
    QLabel *m_kindNote;
    QCheckBox *m_enabledCheck;
    QLabel *m_eventTypesLabel;
    QCheckBox *m_selectAllCheck;
    QMap<QString, QCheckBox *> m_eventChecks;
    QStackedWidget *m_targets;
    CloudWatchDimensionsEditor *m_dimensions;
    QLabel *m_streamLabel;
    QLineEdit *m_streamEdit;
    QLabel *m_roleLabel;
    QLineEdit *m_roleEdit;
    QLabel *m_firehoseNote;
    QLabel *m_busLabel;
    QLineEdit *m_busEdit;
    QLabel *m_topicLabel;
    QLineEdit *m_topicEdit;
    QLabel *m_snsNote;
    QLabel *m_pinpointLabel;
    QLineEdit *m_pinpointEdit;
    QLabel *m_pinpointNote;
    QLabel *m_problemsLabel;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
};

} // namespace Views
