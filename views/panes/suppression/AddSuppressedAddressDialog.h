#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Views
{

/// Adds an address to the account-level suppression list, as the console's "Add email address":
/// the address (checked as typed: one plain address, ASCII or with an internationalized domain)
/// and the reason (bounce or complaint). A refusal by SES stays in the dialog, with SES's words.
class AddSuppressedAddressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSuppressedAddressDialog)

public:
    explicit AddSuppressedAddressDialog(const QString &region, QWidget *parent = nullptr);
    ~AddSuppressedAddressDialog() override;

    /// The address as SES wants it (domain in Punycode); empty while it is not valid.
    QString emailAddress() const;
    /// BOUNCE or COMPLAINT.
    QString reason() const;
    /// Why the typed address cannot be added; empty when it can.
    QString problem() const;
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
    bool m_submitting = false;
    QLabel *m_intro;
    QLabel *m_addressLabel;
    QLineEdit *m_addressEdit;
    QLabel *m_addressProblem;
    QLabel *m_reasonLabel;
    QComboBox *m_reasonCombo;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addButton;
};

} // namespace Views
