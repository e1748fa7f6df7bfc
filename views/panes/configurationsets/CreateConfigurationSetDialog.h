#pragma once

#include <QDialog>

#include "models/ses/ConfigurationSetTypes.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Views
{

class TagEditor;

/// Creates a configuration set, as the console's "Create set" page: the name (1–64 of
/// A–Z a–z 0–9 _ -, checked as typed, the problem naming the field), the sending IP pool, TLS,
/// reputation metrics, a custom redirect domain and tags. Everything else is edited afterwards.
class CreateConfigurationSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateConfigurationSetDialog)

public:
    explicit CreateConfigurationSetDialog(const QString &region, QWidget *parent = nullptr);
    ~CreateConfigurationSetDialog() override;

    /// Sets that exist (a new one may not take their name).
    void setTakenNames(const QStringList &names);
    void setPoolNames(const QStringList &names);
    Ses::ConfigurationSet configurationSet() const;
    QStringList problems() const;

    void setSubmitting(bool submitting, const QString &text = {});
    /// SES refused; nameProblem: the message belongs to the name field.
    void showSubmitError(const QString &text, bool nameProblem = false);

Q_SIGNALS:
    void submitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString nameProblem() const;
    QStringList otherProblems() const;
    void validate();
    void retranslate();

    QString m_region;
    QStringList m_taken;
    bool m_submitting = false;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_nameProblem;
    QLabel *m_poolLabel;
    QComboBox *m_poolCombo;
    QCheckBox *m_tlsCheck;
    QCheckBox *m_reputationCheck;
    QLabel *m_domainLabel;
    QLineEdit *m_domainEdit;
    QLabel *m_tagsLabel;
    TagEditor *m_tags;
    QLabel *m_problemsLabel;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_createButton;
};

} // namespace Views
