#include "views/panes/configurationsets/VdmOptionsSection.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QLabel>

namespace Views
{

namespace
{
QString status(bool enabled)
{
    return enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED");
}
} // namespace

VdmOptionsSection::VdmOptionsSection(QWidget *parent)
    : OptionsSection(QStringLiteral("vdm"), parent)
    , m_overrideCheck(new QCheckBox)
    , m_engagementCheck(new QCheckBox)
    , m_sharedDeliveryCheck(new QCheckBox)
    , m_note(makeNote(QStringLiteral("vdmNoteLabel")))
{
    m_overrideCheck->setObjectName(QStringLiteral("vdmOverrideCheck"));
    m_engagementCheck->setObjectName(QStringLiteral("engagementTrackingCheck"));
    m_sharedDeliveryCheck->setObjectName(QStringLiteral("optimizedSharedDeliveryCheck"));
    body()->addWidget(m_overrideCheck);
    auto *features = new QHBoxLayout;
    features->addSpacing(24);
    features->addWidget(m_engagementCheck);
    features->addWidget(m_sharedDeliveryCheck);
    features->addStretch();
    body()->addLayout(features);
    body()->addWidget(m_note);
    for (QCheckBox *c : {m_overrideCheck, m_engagementCheck, m_sharedDeliveryCheck})
        connect(c, &QCheckBox::toggled, this, [this] {
            setControlsEnabled(m_enabled);
            updateState();
        });
    retranslate();
}

std::optional<Ses::VdmOptions> VdmOptionsSection::edited() const
{
    if (!m_overrideCheck->isChecked())
        return std::nullopt;
    return Ses::VdmOptions{status(m_engagementCheck->isChecked()), status(m_sharedDeliveryCheck->isChecked())};
}

Ses::ConfigurationSetOptionsChange VdmOptionsSection::change() const
{
    Ses::ConfigurationSetOptionsChange c;
    c.group = Ses::ConfigurationSetOptionsChange::Group::Vdm;
    c.vdm = edited();
    return c;
}

void VdmOptionsSection::load(const Ses::ConfigurationSet &set)
{
    m_overrideCheck->setChecked(set.vdm.has_value());
    m_engagementCheck->setChecked(set.vdm && set.vdm->engagementMetrics == QLatin1String("ENABLED"));
    m_sharedDeliveryCheck->setChecked(set.vdm && set.vdm->optimizedSharedDelivery == QLatin1String("ENABLED"));
}

bool VdmOptionsSection::differs() const
{
    const std::optional<Ses::VdmOptions> &saved = savedSet().vdm;
    const std::optional<Ses::VdmOptions> now = edited();
    if (saved.has_value() != now.has_value())
        return true;
    if (!saved)
        return false;
    // A feature SES left out is not overridden: the same as DISABLED in the console.
    const auto norm = [](const QString &s) {
        return s == QLatin1String("ENABLED");
    };
    return norm(saved->engagementMetrics) != norm(now->engagementMetrics)
        || norm(saved->optimizedSharedDelivery) != norm(now->optimizedSharedDelivery);
}

void VdmOptionsSection::setControlsEnabled(bool enabled)
{
    m_enabled = enabled;
    m_overrideCheck->setEnabled(enabled);
    m_engagementCheck->setEnabled(enabled && m_overrideCheck->isChecked());
    m_sharedDeliveryCheck->setEnabled(enabled && m_overrideCheck->isChecked());
}

void VdmOptionsSection::retranslateSection()
{
    setTitle(tr("Virtual Deliverability Manager"));
    m_overrideCheck->setText(tr("&Override the account-level settings"));
    m_overrideCheck->setAccessibleName(tr("Override the account's Virtual Deliverability Manager settings"));
    m_engagementCheck->setText(tr("Engagement tracking"));
    m_engagementCheck->setAccessibleName(tr("Engagement tracking"));
    m_sharedDeliveryCheck->setText(tr("Optimized shared delivery"));
    m_sharedDeliveryCheck->setAccessibleName(tr("Optimized shared delivery"));
    m_note->setText(tr("Without an override, mail sent with this set follows the account's VDM settings. Turning "
                       "engagement tracking off here does not stop open and click events of event destinations."));
}

} // namespace Views
