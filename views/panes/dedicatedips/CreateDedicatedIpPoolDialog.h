#pragma once

#include <QDialog>

#include "models/ses/DedicatedIpTypes.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Views
{

class TagEditor;

/// Creates a dedicated IP pool, as the console's "Create IP pool": the name (unique, 1–64 of
/// A–Z a–z 0–9 _ -, checked as typed), the scaling mode with what each means (standard: IPs you
/// lease and warm up; managed: SES leases, warms and scales them, and a managed pool never
/// becomes standard again) and tags.
class CreateDedicatedIpPoolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateDedicatedIpPoolDialog)

public:
    explicit CreateDedicatedIpPoolDialog(const QString &region, QWidget *parent = nullptr);
    ~CreateDedicatedIpPoolDialog() override;

    void setTakenNames(const QStringList &names);
    Ses::CreateDedicatedIpPoolRequest request() const;
    QStringList problems() const;
    void setSubmitting(bool submitting, const QString &text = {});
    void showSubmitError(const QString &text);

Q_SIGNALS:
    void submitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslate();

    QString m_region;
    QStringList m_taken;
    bool m_submitting = false;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_nameProblem;
    QRadioButton *m_standardRadio;
    QLabel *m_standardNote;
    QRadioButton *m_managedRadio;
    QLabel *m_managedNote;
    QLabel *m_tagsLabel;
    TagEditor *m_tags;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_createButton;
};

} // namespace Views
