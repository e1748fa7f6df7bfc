#include "views/panes/configurationsets/ReputationOptionsSection.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QLabel>
#include <QLocale>

namespace Views
{

ReputationOptionsSection::ReputationOptionsSection(QWidget *parent)
    : OptionsSection(QStringLiteral("reputation"), parent)
    , m_metricsCheck(new QCheckBox)
    , m_freshStartLabel(new QLabel)
    , m_note(makeNote(QStringLiteral("reputationNoteLabel")))
{
    m_metricsCheck->setObjectName(QStringLiteral("reputationMetricsCheck"));
    m_freshStartLabel->setObjectName(QStringLiteral("lastFreshStartLabel"));
    m_freshStartLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_metricsCheck);
    body()->addWidget(m_note);
    body()->addWidget(m_freshStartLabel);
    connect(m_metricsCheck, &QCheckBox::toggled, this, &ReputationOptionsSection::updateState);
    retranslate();
}

Ses::ConfigurationSetOptionsChange ReputationOptionsSection::change() const
{
    Ses::ConfigurationSetOptionsChange c;
    c.group = Ses::ConfigurationSetOptionsChange::Group::Reputation;
    c.reputationMetricsEnabled = m_metricsCheck->isChecked();
    return c;
}

void ReputationOptionsSection::load(const Ses::ConfigurationSet &set)
{
    m_metricsCheck->setChecked(set.reputation.reputationMetricsEnabled);
    showFreshStart();
}

bool ReputationOptionsSection::differs() const
{
    return m_metricsCheck->isChecked() != savedSet().reputation.reputationMetricsEnabled;
}

void ReputationOptionsSection::setControlsEnabled(bool enabled)
{
    m_metricsCheck->setEnabled(enabled);
}

void ReputationOptionsSection::showFreshStart()
{
    if (!isLoaded()) {
        m_freshStartLabel->clear();
        return;
    }
    const QDateTime fresh = savedSet().reputation.lastFreshStart;
    m_freshStartLabel->setText(fresh.isValid()
            ? tr("Last fresh start: %1").arg(QLocale().toString(fresh.toLocalTime(), QLocale::ShortFormat))
            : tr("Last fresh start: never (the metrics have not been reset)"));
}

void ReputationOptionsSection::retranslateSection()
{
    setTitle(tr("Reputation"));
    m_metricsCheck->setText(tr("&Reputation metrics enabled"));
    m_metricsCheck->setAccessibleName(tr("Reputation metrics enabled"));
    m_note->setText(tr("SES publishes the bounce and complaint rates of mail sent with this configuration set to "
                       "CloudWatch, where alarms can watch them (CloudWatch charges apply)."));
    m_freshStartLabel->setAccessibleName(tr("Last fresh start"));
    showFreshStart();
}

} // namespace Views
