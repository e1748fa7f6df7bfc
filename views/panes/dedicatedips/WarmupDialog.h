#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Views
{

/// Edits the warm-up of a standard dedicated IP as the console's "Edit warm up" does: set a
/// percentage, mark it complete (100 %), or reset it to 0 % to warm it up again.
class WarmupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarmupDialog)

public:
    WarmupDialog(const QString &ip, int currentPercentage, QWidget *parent = nullptr);

    int percentage() const;
    void setSubmitting(bool submitting, const QString &text = {});
    void showSubmitError(const QString &text);

Q_SIGNALS:
    void submitRequested();

private:
    void update();
    void retranslate();

    QString m_ip;
    int m_current;
    QLabel *m_intro;
    QRadioButton *m_setRadio;
    QSpinBox *m_percentageSpin;
    QRadioButton *m_completeRadio;
    QRadioButton *m_resetRadio;
    QLabel *m_note;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
};

} // namespace Views
