#include "views/dialogs/identitydetails/SendingSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

namespace Views
{

SendingSection::SendingSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent)
    : IdentitySection(std::move(session), std::move(identityName), parent)
    , m_forwardingCheck(new QCheckBox)
    , m_forwardingNote(new QLabel)
    , m_configurationSetCombo(new QComboBox)
    , m_saveSetButton(new QPushButton)
{
    setObjectName(QStringLiteral("sendingSection"));
    m_forwardingCheck->setObjectName(QStringLiteral("feedbackForwardingCheck"));
    m_forwardingNote->setObjectName(QStringLiteral("feedbackForwardingNote"));
    m_forwardingNote->setWordWrap(true);
    m_forwardingNote->setForegroundRole(QPalette::PlaceholderText);
    m_configurationSetCombo->setObjectName(QStringLiteral("defaultConfigurationSetCombo"));
    m_configurationSetCombo->setEditable(true);
    m_configurationSetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_saveSetButton->setObjectName(QStringLiteral("saveConfigurationSetButton"));
    auto *layout = new QFormLayout(this);
    layout->addRow(m_forwardingCheck);
    layout->addRow(m_forwardingNote);
    auto *row = new QHBoxLayout;
    row->addWidget(m_configurationSetCombo, 1);
    row->addWidget(m_saveSetButton);
    m_setLabel = new QLabel;
    m_setLabel->setBuddy(m_configurationSetCombo);
    layout->addRow(m_setLabel, row);
    connect(m_forwardingCheck, &QCheckBox::clicked, this, &SendingSection::setFeedbackForwarding);
    connect(m_saveSetButton, &QPushButton::clicked, this, &SendingSection::saveConfigurationSet);
    connect(m_configurationSetCombo, &QComboBox::currentTextChanged, this, &SendingSection::update);
    connect(this, &IdentitySection::busyChanged, this, &SendingSection::update);
    retranslate();
    listConfigurationSets();
}

SendingSection::~SendingSection()
{
    if (m_listing)
        m_listing->cancel();
}

void SendingSection::retranslate()
{
    setTitle(tr("Feedback and default configuration set"));
    m_forwardingCheck->setText(tr("&Forward bounces and complaints by email"));
    m_forwardingCheck->setAccessibleName(tr("Forward bounces and complaints by email"));
    m_forwardingNote->setText(tr("Sent to the Return-Path (or Source) address. With forwarding off you need another "
                                 "way to learn of bounces and complaints (SNS topics or event publishing); without "
                                 "one SES forwards them anyway."));
    m_setLabel->setText(tr("Default &configuration set:"));
    m_configurationSetCombo->setAccessibleName(tr("Default configuration set"));
    m_configurationSetCombo->lineEdit()->setPlaceholderText(tr("none"));
    m_configurationSetCombo->lineEdit()->setObjectName(QStringLiteral("defaultConfigurationSetEdit"));
    m_configurationSetCombo->lineEdit()->setAccessibleName(tr("Default configuration set"));
    m_saveSetButton->setText(tr("Sa&ve"));
    m_saveSetButton->setAccessibleName(tr("Save the default configuration set"));
}

void SendingSection::listConfigurationSets()
{
    m_listing = session()->ses()->listAllConfigurationSets(this, [this](Aws::Result<QStringList> r) {
        if (!r.ok())
            return; // The name can still be typed.
        const QString current = m_configurationSetCombo->currentText();
        QStringList names = r.value();
        names.sort(Qt::CaseInsensitive);
        m_configurationSetCombo->clear();
        m_configurationSetCombo->addItem(QString());
        m_configurationSetCombo->addItems(names);
        m_configurationSetCombo->setCurrentText(current);
    });
}

void SendingSection::showIdentity(const Ses::EmailIdentity &identity)
{
    m_identity = identity;
    m_forwardingCheck->setChecked(identity.feedbackForwardingStatus);
    m_configurationSetCombo->setCurrentText(identity.configurationSetName);
    update();
}

void SendingSection::update()
{
    m_forwardingCheck->setEnabled(!isBusy());
    m_saveSetButton->setEnabled(!isBusy() && m_identity
        && m_configurationSetCombo->currentText().trimmed() != m_identity->configurationSetName);
}

void SendingSection::setFeedbackForwarding(bool enabled)
{
    apply(tr("Changing feedback forwarding failed"), [this, enabled](auto done) {
        return session()->ses()->putEmailIdentityFeedbackAttributes(identityName(), enabled, this, done);
    });
}

void SendingSection::saveConfigurationSet()
{
    const QString name = m_configurationSetCombo->currentText().trimmed();
    apply(tr("Saving the default configuration set failed"), [this, name](auto done) {
        return session()->ses()->putEmailIdentityConfigurationSetAttributes(identityName(), name, this, done);
    });
}

} // namespace Views
