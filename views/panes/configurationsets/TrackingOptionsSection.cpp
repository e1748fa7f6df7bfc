#include "views/panes/configurationsets/TrackingOptionsSection.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

#include "models/ses/ConfigurationSetRules.h"

namespace Views
{

TrackingOptionsSection::TrackingOptionsSection(QWidget *parent)
    : OptionsSection(QStringLiteral("tracking"), parent)
    , m_customCheck(new QCheckBox)
    , m_domainEdit(new QLineEdit)
    , m_policyLabel(new QLabel)
    , m_policyCombo(new QComboBox)
    , m_note(makeNote(QStringLiteral("trackingNoteLabel")))
{
    m_customCheck->setObjectName(QStringLiteral("customRedirectCheck"));
    m_domainEdit->setObjectName(QStringLiteral("customRedirectDomainEdit"));
    m_policyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_policyCombo->setMinimumContentsLength(12);
    m_policyCombo->setObjectName(QStringLiteral("httpsPolicyCombo"));
    for (const char *policy : {"OPTIONAL", "REQUIRE", "REQUIRE_OPEN_ONLY"})
        m_policyCombo->addItem(QString(), QString::fromLatin1(policy));
    m_policyLabel->setBuddy(m_policyCombo);
    auto *form = new QFormLayout;
    form->addRow(m_customCheck, m_domainEdit);
    form->addRow(m_policyLabel, m_policyCombo);
    body()->addLayout(form);
    body()->addWidget(m_note);
    connect(m_customCheck, &QCheckBox::toggled, this, [this] {
        setControlsEnabled(m_enabled);
        updateState();
    });
    connect(m_domainEdit, &QLineEdit::textChanged, this, &TrackingOptionsSection::updateState);
    connect(m_policyCombo, &QComboBox::currentIndexChanged, this, &TrackingOptionsSection::updateState);
    retranslate();
}

void TrackingOptionsSection::setRegion(const QString &region)
{
    m_region = region;
    retranslateSection();
}

std::optional<Ses::TrackingOptions> TrackingOptionsSection::edited() const
{
    if (!m_customCheck->isChecked())
        return std::nullopt;
    Ses::TrackingOptions t;
    t.customRedirectDomain = QString::fromLatin1(QUrl::toAce(m_domainEdit->text().trimmed()));
    t.httpsPolicy = m_policyCombo->currentData().toString();
    return t;
}

Ses::ConfigurationSetOptionsChange TrackingOptionsSection::change() const
{
    Ses::ConfigurationSetOptionsChange c;
    c.group = Ses::ConfigurationSetOptionsChange::Group::Tracking;
    c.tracking = edited();
    return c;
}

QString TrackingOptionsSection::problem() const
{
    if (!m_customCheck->isChecked())
        return {};
    return Ses::ConfigurationSetRules::domainProblem(m_domainEdit->text());
}

void TrackingOptionsSection::load(const Ses::ConfigurationSet &set)
{
    m_customCheck->setChecked(set.tracking.has_value());
    m_domainEdit->setText(set.tracking ? set.tracking->customRedirectDomain : QString());
    const QString policy
        = set.tracking && !set.tracking->httpsPolicy.isEmpty() ? set.tracking->httpsPolicy : QStringLiteral("OPTIONAL");
    m_policyCombo->setCurrentIndex(qMax(0, m_policyCombo->findData(policy)));
}

bool TrackingOptionsSection::differs() const
{
    std::optional<Ses::TrackingOptions> saved = savedSet().tracking;
    if (saved && saved->httpsPolicy.isEmpty())
        saved->httpsPolicy = QStringLiteral("OPTIONAL");
    return edited() != saved;
}

void TrackingOptionsSection::setControlsEnabled(bool enabled)
{
    m_enabled = enabled;
    m_customCheck->setEnabled(enabled);
    m_domainEdit->setEnabled(enabled && m_customCheck->isChecked());
    m_policyCombo->setEnabled(enabled && m_customCheck->isChecked());
}

void TrackingOptionsSection::retranslateSection()
{
    setTitle(tr("Open and click tracking"));
    m_customCheck->setText(tr("Custom redirect &domain:"));
    m_customCheck->setAccessibleName(tr("Use a custom redirect domain"));
    m_domainEdit->setAccessibleName(tr("Custom redirect domain"));
    m_domainEdit->setPlaceholderText(tr("track.example.com"));
    m_policyLabel->setText(tr("&HTTPS policy:"));
    m_policyCombo->setAccessibleName(tr("HTTPS policy"));
    m_policyCombo->setItemText(0, tr("Optional: opens over HTTP, clicks as the original link"));
    m_policyCombo->setItemText(1, tr("Require: opens and clicks over HTTPS"));
    m_policyCombo->setItemText(2, tr("Require for opens only: clicks as the original link"));
    const QString target
        = QStringLiteral("r.%1.awstrack.me").arg(m_region.isEmpty() ? QStringLiteral("<region>") : m_region);
    m_note->setText(tr("Tracking links then use your domain instead of SES's. Verify the domain in SES first and "
                       "point a CNAME record for it at %1; for HTTPS links put a CDN with a certificate for the "
                       "domain in front of that host.")
                        .arg(target));
}

} // namespace Views
