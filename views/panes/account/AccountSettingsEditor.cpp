#include "views/panes/account/AccountSettingsEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/ses/AccountTypes.h"

namespace Views
{

namespace
{
const QString Bounce = QStringLiteral("BOUNCE");
const QString Complaint = QStringLiteral("COMPLAINT");
} // namespace

AccountSettingsEditor::AccountSettingsEditor(QWidget *parent)
    : QGroupBox(parent)
    , m_bounceCheck(new QCheckBox(this))
    , m_complaintCheck(new QCheckBox(this))
    , m_vdmCheck(new QCheckBox(this))
    , m_sendingCheck(new QCheckBox(this))
    , m_suppressionLabel(new QLabel(this))
    , m_vdmLabel(new QLabel(this))
    , m_applyButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountSettingsEditor"));
    m_bounceCheck->setObjectName(QStringLiteral("suppressBounceCheck"));
    m_complaintCheck->setObjectName(QStringLiteral("suppressComplaintCheck"));
    m_vdmCheck->setObjectName(QStringLiteral("vdmEnabledCheck"));
    m_sendingCheck->setObjectName(QStringLiteral("sendingEnabledCheck"));
    m_applyButton->setObjectName(QStringLiteral("applySettingsButton"));
    m_revertButton->setObjectName(QStringLiteral("revertSettingsButton"));
    for (QLabel *l : {m_suppressionLabel, m_vdmLabel}) {
        l->setWordWrap(true);
        l->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_suppressionLabel);
    layout->addWidget(m_bounceCheck);
    layout->addWidget(m_complaintCheck);
    layout->addSpacing(6);
    layout->addWidget(m_vdmLabel);
    layout->addWidget(m_vdmCheck);
    layout->addSpacing(6);
    layout->addWidget(m_sendingCheck);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_applyButton);
    layout->addLayout(buttons);

    for (QCheckBox *c : {m_bounceCheck, m_complaintCheck, m_vdmCheck, m_sendingCheck})
        connect(c, &QCheckBox::toggled, this, &AccountSettingsEditor::updateButtons);
    connect(m_applyButton, &QPushButton::clicked, this, &AccountSettingsEditor::applyRequested);
    connect(m_revertButton, &QPushButton::clicked, this, &AccountSettingsEditor::revert);
    retranslate();
    clear();
}

void AccountSettingsEditor::setAccount(const Ses::Account &account)
{
    m_saved.suppressedReasons = account.suppressedReasons;
    m_saved.vdmEnabled = account.vdmEnabled;
    m_saved.sendingEnabled = account.sendingEnabled;
    m_loaded = true;
    revert();
}

void AccountSettingsEditor::clear()
{
    m_loaded = false;
    m_saved = {};
    const QSignalBlocker b1(m_bounceCheck), b2(m_complaintCheck), b3(m_vdmCheck), b4(m_sendingCheck);
    for (QCheckBox *c : {m_bounceCheck, m_complaintCheck, m_vdmCheck, m_sendingCheck})
        c->setChecked(false);
    updateButtons();
}

AccountSettingsEditor::Values AccountSettingsEditor::edited() const
{
    Values v;
    if (m_bounceCheck->isChecked())
        v.suppressedReasons.append(Bounce);
    if (m_complaintCheck->isChecked())
        v.suppressedReasons.append(Complaint);
    v.vdmEnabled = m_vdmCheck->isChecked();
    v.sendingEnabled = m_sendingCheck->isChecked();
    return v;
}

bool AccountSettingsEditor::hasChanges() const
{
    if (!m_loaded)
        return false;
    const Values e = edited();
    QStringList saved = m_saved.suppressedReasons;
    saved.sort();
    QStringList now = e.suppressedReasons;
    now.sort();
    return saved != now || e.vdmEnabled != m_saved.vdmEnabled || e.sendingEnabled != m_saved.sendingEnabled;
}

void AccountSettingsEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void AccountSettingsEditor::revert()
{
    {
        const QSignalBlocker b1(m_bounceCheck), b2(m_complaintCheck), b3(m_vdmCheck), b4(m_sendingCheck);
        m_bounceCheck->setChecked(m_saved.suppressedReasons.contains(Bounce));
        m_complaintCheck->setChecked(m_saved.suppressedReasons.contains(Complaint));
        m_vdmCheck->setChecked(m_saved.vdmEnabled);
        m_sendingCheck->setChecked(m_saved.sendingEnabled);
    }
    updateButtons();
}

void AccountSettingsEditor::updateButtons()
{
    const bool changes = hasChanges();
    for (QCheckBox *c : {m_bounceCheck, m_complaintCheck, m_vdmCheck, m_sendingCheck})
        c->setEnabled(m_loaded && !m_busy);
    m_applyButton->setEnabled(changes && !m_busy);
    m_revertButton->setEnabled(changes && !m_busy);
    Q_EMIT changedStateChanged(changes);
}

void AccountSettingsEditor::retranslate()
{
    setTitle(tr("Settings"));
    m_suppressionLabel->setText(tr("Add recipients to the account-level suppression list automatically when a "
                                   "message to them results in:"));
    m_bounceCheck->setText(tr("A hard bounce (BOUNCE)"));
    m_bounceCheck->setAccessibleName(tr("Suppress addresses that hard-bounce"));
    m_complaintCheck->setText(tr("A complaint (COMPLAINT)"));
    m_complaintCheck->setAccessibleName(tr("Suppress addresses that complain"));
    m_vdmLabel->setText(tr("Virtual Deliverability Manager adds engagement tracking and deliverability advice "
                           "(charged separately by AWS)."));
    m_vdmCheck->setText(tr("Virtual Deliverability Manager enabled"));
    m_vdmCheck->setAccessibleName(tr("Virtual Deliverability Manager enabled"));
    m_sendingCheck->setText(tr("Sending enabled in this region"));
    m_sendingCheck->setAccessibleName(tr("Sending enabled in this region"));
    m_applyButton->setText(tr("Apply"));
    m_applyButton->setAccessibleName(tr("Apply settings"));
    m_revertButton->setText(tr("Revert"));
    m_revertButton->setAccessibleName(tr("Revert settings"));
}

} // namespace Views
