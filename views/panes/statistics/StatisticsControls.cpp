#include "views/panes/statistics/StatisticsControls.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Views
{

namespace
{

const Ses::Aggregation::Period Periods[]
    = {Ses::Aggregation::FifteenMinutes, Ses::Aggregation::Hour, Ses::Aggregation::Day};
const Ses::TimeRange::Preset Presets[] = {Ses::TimeRange::Last24Hours,
    Ses::TimeRange::Last3Days,
    Ses::TimeRange::Last7Days,
    Ses::TimeRange::Last14Days,
    Ses::TimeRange::AllHistory};
const int RefreshSeconds[] = {0, 60, 300, 900, 3600};

} // namespace

StatisticsControls::StatisticsControls(QWidget *parent)
    : QWidget(parent)
    , m_periodLabel(new QLabel)
    , m_periodCombo(new QComboBox)
    , m_rangeLabel(new QLabel)
    , m_rangeCombo(new QComboBox)
    , m_refreshLabel(new QLabel)
    , m_autoRefreshCombo(new QComboBox)
    , m_configurationSetLabel(new QLabel)
    , m_configurationSetCombo(new QComboBox)
{
    setObjectName(QStringLiteral("statisticsControls"));
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_autoRefreshCombo->setObjectName(QStringLiteral("autoRefreshCombo"));
    m_configurationSetCombo->setObjectName(QStringLiteral("configurationSetCombo"));
    m_configurationSetCombo->setEditable(true);
    m_configurationSetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_configurationSetCombo->setMinimumContentsLength(16);
    m_configurationSetCombo->lineEdit()->setObjectName(QStringLiteral("configurationSetEdit"));
    for (Ses::Aggregation::Period p : Periods)
        m_periodCombo->addItem(QString(), static_cast<int>(p));
    for (Ses::TimeRange::Preset p : Presets)
        m_rangeCombo->addItem(QString(), static_cast<int>(p));
    for (int s : RefreshSeconds)
        m_autoRefreshCombo->addItem(QString(), s);
    m_configurationSetCombo->addItem(QString());
    m_periodLabel->setBuddy(m_periodCombo);
    m_rangeLabel->setBuddy(m_rangeCombo);
    m_refreshLabel->setBuddy(m_autoRefreshCombo);
    m_configurationSetLabel->setBuddy(m_configurationSetCombo);
    setAggregation(Ses::Aggregation::Hour);
    setRangePreset(Ses::TimeRange::Last14Days);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_periodLabel,
             m_periodCombo,
             m_rangeLabel,
             m_rangeCombo,
             m_configurationSetLabel,
             m_configurationSetCombo,
             m_refreshLabel,
             m_autoRefreshCombo})
        layout->addWidget(w);
    layout->addStretch();

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &StatisticsControls::viewChanged);
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &StatisticsControls::viewChanged);
    connect(m_autoRefreshCombo, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT autoRefreshChanged(autoRefreshSeconds());
    });
    auto configurationSetEdited = [this] {
        const QString set = configurationSet();
        if (set == m_lastConfigurationSet)
            return;
        m_lastConfigurationSet = set;
        Q_EMIT configurationSetChanged();
    };
    connect(m_configurationSetCombo, &QComboBox::activated, this, configurationSetEdited);
    connect(m_configurationSetCombo->lineEdit(), &QLineEdit::editingFinished, this, configurationSetEdited);
    retranslate();
}

Ses::Aggregation StatisticsControls::aggregation() const
{
    return Ses::Aggregation(static_cast<Ses::Aggregation::Period>(m_periodCombo->currentData().toInt()));
}

Ses::TimeRange::Preset StatisticsControls::rangePreset() const
{
    return static_cast<Ses::TimeRange::Preset>(m_rangeCombo->currentData().toInt());
}

int StatisticsControls::autoRefreshSeconds() const
{
    return m_autoRefreshCombo->currentData().toInt();
}

QString StatisticsControls::configurationSet() const
{
    // The first entry ("Whole account") is the account; anything typed is a set name.
    if (m_configurationSetCombo->currentIndex() == 0
        && m_configurationSetCombo->currentText() == m_configurationSetCombo->itemText(0))
        return {};
    return m_configurationSetCombo->currentText().trimmed();
}

void StatisticsControls::setAggregation(Ses::Aggregation aggregation)
{
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(static_cast<int>(aggregation.period())));
}

void StatisticsControls::setRangePreset(Ses::TimeRange::Preset preset)
{
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(static_cast<int>(preset)));
}

void StatisticsControls::setAutoRefreshSeconds(int seconds)
{
    const int index = m_autoRefreshCombo->findData(seconds);
    m_autoRefreshCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void StatisticsControls::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_rangeLabel->setText(tr("&Range:"));
    m_refreshLabel->setText(tr("Auto-&refresh:"));
    m_configurationSetLabel->setText(tr("Reputation &of:"));
    for (int i = 0; i < m_periodCombo->count(); ++i)
        m_periodCombo->setItemText(
            i, Ses::Aggregation(static_cast<Ses::Aggregation::Period>(m_periodCombo->itemData(i).toInt())).label());
    for (int i = 0; i < m_rangeCombo->count(); ++i)
        m_rangeCombo->setItemText(
            i, Ses::TimeRange::presetLabel(static_cast<Ses::TimeRange::Preset>(m_rangeCombo->itemData(i).toInt())));
    for (int i = 0; i < m_autoRefreshCombo->count(); ++i) {
        const int s = m_autoRefreshCombo->itemData(i).toInt();
        m_autoRefreshCombo->setItemText(i,
            s == 0         ? tr("Off")
                : s < 3600 ? tr("Every %n minute(s)", nullptr, s / 60)
                           : tr("Every %n hour(s)", nullptr, s / 3600));
    }
    // Renaming the current item rewrites the edit field: keep a typed set name.
    const QString typed = configurationSet();
    m_configurationSetCombo->setItemText(0, tr("Whole account"));
    if (typed.isEmpty())
        m_configurationSetCombo->setCurrentIndex(0);
    else
        m_configurationSetCombo->setEditText(typed);
    m_configurationSetCombo->lineEdit()->setPlaceholderText(tr("Configuration set name"));
    m_periodCombo->setAccessibleName(tr("Aggregation period"));
    m_rangeCombo->setAccessibleName(tr("Time range"));
    m_autoRefreshCombo->setAccessibleName(tr("Auto-refresh interval"));
    m_configurationSetCombo->setAccessibleName(tr("Reputation of the account or a configuration set"));
    m_configurationSetCombo->lineEdit()->setAccessibleName(tr("Configuration set name"));
    m_configurationSetCombo->setToolTip(
        tr("Type the name of a configuration set with reputation metrics enabled, or choose the whole account."));
}

} // namespace Views
