#pragma once

#include <QWidget>

#include "models/ses/Aggregation.h"
#include "models/ses/TimeRange.h"

class QComboBox;
class QLabel;

namespace Views
{

/// The Statistics pane's selectors: aggregation period, time range, auto-refresh interval (off
/// by default) and the configuration set whose reputation to show (none: the account).
class StatisticsControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsControls)

public:
    explicit StatisticsControls(QWidget *parent = nullptr);

    Ses::Aggregation aggregation() const;
    Ses::TimeRange::Preset rangePreset() const;
    /// Seconds between refreshes; 0 is off.
    int autoRefreshSeconds() const;
    /// Empty: the whole account.
    QString configurationSet() const;

    void setAggregation(Ses::Aggregation aggregation);
    void setRangePreset(Ses::TimeRange::Preset preset);
    void setAutoRefreshSeconds(int seconds);
    void retranslate();

Q_SIGNALS:
    void viewChanged(); ///< Period or range.
    void configurationSetChanged();
    void autoRefreshChanged(int seconds);

private:
    QLabel *m_periodLabel;
    QComboBox *m_periodCombo;
    QLabel *m_rangeLabel;
    QComboBox *m_rangeCombo;
    QLabel *m_refreshLabel;
    QComboBox *m_autoRefreshCombo;
    QLabel *m_configurationSetLabel;
    QComboBox *m_configurationSetCombo;
    QString m_lastConfigurationSet;
};

} // namespace Views
