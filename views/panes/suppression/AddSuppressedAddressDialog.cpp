#include "views/panes/suppression/AddSuppressedAddressDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/items/SuppressionListItems.h"
#include "models/ses/SuppressionImportParser.h"

#include "views/widgets/Tone.h"

namespace Views
{

AddSuppressedAddressDialog::AddSuppressedAddressDialog(const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_region(region)
    , m_intro(new QLabel)
    , m_addressLabel(new QLabel)
    , m_addressEdit(new QLineEdit)
    , m_addressProblem(new QLabel)
    , m_reasonLabel(new QLabel)
    , m_reasonCombo(new QComboBox)
    , m_statusLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_addButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("addSuppressedAddressDialog"));
    m_intro->setObjectName(QStringLiteral("addSuppressedIntroLabel"));
    m_intro->setWordWrap(true);
    m_addressEdit->setObjectName(QStringLiteral("suppressedAddressEdit"));
    m_addressLabel->setBuddy(m_addressEdit);
    m_addressProblem->setObjectName(QStringLiteral("suppressedAddressProblemLabel"));
    m_addressProblem->setWordWrap(true);
    m_addressProblem->hide();
    setTextTone(m_addressProblem, Tone::Error);
    m_reasonCombo->setObjectName(QStringLiteral("suppressedReasonCombo"));
    m_reasonCombo->addItem(QString(), QStringLiteral("BOUNCE"));
    m_reasonCombo->addItem(QString(), QStringLiteral("COMPLAINT"));
    m_reasonLabel->setBuddy(m_reasonCombo);
    m_statusLabel->setObjectName(QStringLiteral("addSuppressedStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addButton->setObjectName(QStringLiteral("addSuppressedAddressButton"));
    m_addButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelAddSuppressedButton"));

    auto *form = new QFormLayout;
    form->addRow(m_addressLabel, m_addressEdit);
    form->addRow(QString(), m_addressProblem);
    form->addRow(m_reasonLabel, m_reasonCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_addressEdit, &QLineEdit::textChanged, this, &AddSuppressedAddressDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty() && !m_submitting)
            Q_EMIT submitRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
    resize(520, 280);
}

AddSuppressedAddressDialog::~AddSuppressedAddressDialog() = default;

QString AddSuppressedAddressDialog::emailAddress() const
{
    QString ascii;
    if (!Ses::SuppressionImportParser::addressProblem(m_addressEdit->text().trimmed(), &ascii).isEmpty())
        return {};
    return ascii;
}

QString AddSuppressedAddressDialog::reason() const
{
    return m_reasonCombo->currentData().toString();
}

QString AddSuppressedAddressDialog::problem() const
{
    const QString problem = Ses::SuppressionImportParser::addressProblem(m_addressEdit->text().trimmed());
    return problem.isEmpty() ? QString() : tr("Email address: %1.").arg(problem);
}

void AddSuppressedAddressDialog::validate()
{
    const QString text = problem();
    // No complaint about an empty field before anything was typed.
    m_addressProblem->setText(m_addressEdit->text().isEmpty() ? QString() : text);
    m_addressProblem->setVisible(!m_addressProblem->text().isEmpty());
    m_addButton->setEnabled(text.isEmpty() && !m_submitting);
}

void AddSuppressedAddressDialog::setSubmitting(bool submitting, const QString &text)
{
    m_submitting = submitting;
    m_statusLabel->setPalette(palette());
    m_statusLabel->setText(text);
    m_addressEdit->setEnabled(!submitting);
    m_reasonCombo->setEnabled(!submitting);
    validate();
}

void AddSuppressedAddressDialog::showSubmitError(const QString &text)
{
    setSubmitting(false);
    setTextTone(m_statusLabel, Tone::Error);
    m_statusLabel->setText(text);
}

void AddSuppressedAddressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddSuppressedAddressDialog::retranslate()
{
    using Items::SuppressionList::Reason;
    setWindowTitle(tr("Add to suppression list"));
    m_intro->setText(tr("SES does not send to an address on the account-level suppression list of %1 when its "
                        "reason is one the account suppresses; the mail is accepted and dropped. The address stays "
                        "listed until it is removed.")
                         .arg(m_region));
    m_addressLabel->setText(tr("&Email address:"));
    m_addressEdit->setAccessibleName(tr("Email address"));
    m_addressEdit->setPlaceholderText(tr("recipient@example.com"));
    m_addressProblem->setAccessibleName(tr("Problem with the email address"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reasonCombo->setAccessibleName(tr("Suppression reason"));
    m_reasonCombo->setItemText(0, Items::SuppressionList::reasonText(Reason::Bounce));
    m_reasonCombo->setItemText(1, Items::SuppressionList::reasonText(Reason::Complaint));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_addButton->setText(tr("&Add"));
    m_addButton->setAccessibleName(tr("Add to suppression list"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

} // namespace Views
