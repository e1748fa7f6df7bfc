#include "views/ConnectionToolBar.h"

#include <QComboBox>
#include <QLabel>

#include "models/items/ProfileListModel.h"
#include "models/ses/RegionTable.h"

namespace Views
{

ConnectionToolBar::ConnectionToolBar(Items::ProfileListModel *profiles, QWidget *parent)
    : QToolBar(parent)
    , m_profiles(profiles)
    , m_profileLabel(new QLabel(this))
    , m_profileCombo(new QComboBox(this))
    , m_regionLabel(new QLabel(this))
    , m_regionCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("connectionToolBar"));
    setMovable(false);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setModel(profiles);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(16);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileLabel->setBuddy(m_profileCombo);
    m_regionLabel->setBuddy(m_regionCombo);
    m_profileLabel->setContentsMargins(6, 0, 4, 0);
    m_regionLabel->setContentsMargins(12, 0, 4, 0);
    addWidget(m_profileLabel);
    addWidget(m_profileCombo);
    addWidget(m_regionLabel);
    addWidget(m_regionCombo);
    fillRegions();
    connect(m_profileCombo, &QComboBox::activated, this, &ConnectionToolBar::onProfileActivated);
    connect(m_regionCombo, &QComboBox::activated, this, &ConnectionToolBar::onRegionActivated);
    // The catalog may change under the combo (a profile added): keep showing the current one.
    connect(profiles, &QAbstractItemModel::modelReset, this, [this] {
        setCurrent(m_current, m_region);
    });
    retranslate();
}

void ConnectionToolBar::fillRegions()
{
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    for (const Ses::SesRegion &region : Ses::RegionTable::all())
        m_regionCombo->addItem(tr("%1 — %2").arg(region.code, region.displayName()), region.code);
}

void ConnectionToolBar::setCurrent(const Connection::ProfileRef &profile, const QString &region)
{
    m_current = profile;
    m_region = region;
    const QSignalBlocker b1(m_profileCombo), b2(m_regionCombo);
    m_profileCombo->setCurrentIndex(m_profiles->rowOf(profile.key()));
    int row = m_regionCombo->findData(region);
    if (row < 0 && !region.isEmpty()) {
        m_regionCombo->addItem(region, region);
        row = m_regionCombo->count() - 1;
    }
    m_regionCombo->setCurrentIndex(row);
}

void ConnectionToolBar::onProfileActivated(int row)
{
    const Connection::ProfileEntry entry = m_profiles->entryAt(row);
    if (entry.ref == m_current)
        return;
    Q_EMIT profileRequested(entry.ref);
}

void ConnectionToolBar::onRegionActivated(int row)
{
    const QString region = m_regionCombo->itemData(row).toString();
    if (region == m_region)
        return;
    Q_EMIT regionRequested(region);
}

void ConnectionToolBar::retranslate()
{
    setWindowTitle(tr("Connection"));
    m_profileLabel->setText(tr("&Profile:"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setToolTip(tr("The AWS account (profile) to work with"));
    m_regionLabel->setText(tr("Re&gion:"));
    m_regionCombo->setAccessibleName(tr("Region"));
    m_regionCombo->setToolTip(tr("SES keeps identities, quotas and settings separately in every region"));
    const QString region = m_region;
    fillRegions();
    setCurrent(m_current, region);
}

} // namespace Views
