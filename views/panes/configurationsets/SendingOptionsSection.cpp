#include "views/panes/configurationsets/SendingOptionsSection.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QLabel>

namespace Views
{

SendingOptionsSection::SendingOptionsSection(QWidget *parent)
    : OptionsSection(QStringLiteral("sending"), parent)
    , m_enabledCheck(new QCheckBox)
    , m_note(makeNote(QStringLiteral("sendingNoteLabel")))
{
    m_enabledCheck->setObjectName(QStringLiteral("sendingEnabledCheck"));
    body()->addWidget(m_enabledCheck);
    body()->addWidget(m_note);
    connect(m_enabledCheck, &QCheckBox::toggled, this, &SendingOptionsSection::updateState);
    retranslate();
}

Ses::ConfigurationSetOptionsChange SendingOptionsSection::change() const
{
    Ses::ConfigurationSetOptionsChange c;
    c.group = Ses::ConfigurationSetOptionsChange::Group::Sending;
    c.sendingEnabled = m_enabledCheck->isChecked();
    return c;
}

void SendingOptionsSection::load(const Ses::ConfigurationSet &set)
{
    m_enabledCheck->setChecked(set.sendingEnabled);
}

bool SendingOptionsSection::differs() const
{
    return m_enabledCheck->isChecked() != savedSet().sendingEnabled;
}

void SendingOptionsSection::setControlsEnabled(bool enabled)
{
    m_enabledCheck->setEnabled(enabled);
}

void SendingOptionsSection::retranslateSection()
{
    setTitle(tr("Sending"));
    m_enabledCheck->setText(tr("Sending &enabled"));
    m_enabledCheck->setAccessibleName(tr("Sending enabled"));
    m_note->setText(tr("While sending is paused, SES refuses every message sent with this configuration set "
                       "(SendingPausedException) until it is enabled again."));
}

} // namespace Views
