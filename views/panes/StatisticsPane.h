#pragma once

#include <optional>

#include "models/aws/AwsError.h"
#include "models/ses/TimeRange.h"

#include "views/panes/Pane.h"

class QCheckBox;
class QLabel;
class QTableView;
class QTimer;

namespace Items
{
class TimeSeriesModel;
}

namespace Views
{

class ChartPanel;
class ReputationSummaryView;
class SendingQuotaView;
class SendingTotalsView;
class StatisticsControls;
class StatisticsFetcher;

/// Sending statistics and reputation: GetSendStatistics as a chart of the four series with the
/// range's totals and rates (history kept beyond SES's two weeks), the bounce and complaint
/// rates from CloudWatch against the guide's thresholds with a status per metric and the
/// account's enforcement status, the quota used, "Create alarm", auto-refresh, and PNG/CSV
/// export of each chart.
class StatisticsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPane)

public:
    explicit StatisticsPane(const PaneContext &context, QWidget *parent = nullptr);
    ~StatisticsPane() override;

    QString id() const override;
    QString title() const override;
    QString copyText() const override;

    Items::TimeSeriesModel *sendingModel() const
    {
        return m_sendingModel;
    }
    Items::TimeSeriesModel *reputationModel() const
    {
        return m_reputationModel;
    }
    /// The range the charts show now.
    Ses::TimeRange currentRange() const;
    QTimer *autoRefreshTimer() const
    {
        return m_autoRefresh;
    }

public Q_SLOTS:
    void createAlarm();

Q_SIGNALS:
    /// The sending chart, table and totals show new data (after a load or a change of view).
    void sendingUpdated();
    /// The reputation charts and badges show new data.
    void reputationUpdated();
    /// For the status bar.
    void info(const QString &message);

protected:
    void load() override;
    void clearData() override;
    void retranslate() override;

private:
    void showSending();
    void fetchReputation(std::function<void()> then);
    void showReputation();
    void onViewChanged();
    void onAutoRefresh();
    void saveView();
    QDateTime now() const;
    QString scopeText() const;

    StatisticsControls *m_controls;
    Items::TimeSeriesModel *m_sendingModel;
    Items::TimeSeriesModel *m_reputationModel;
    QLabel *m_sendingTitle;
    ChartPanel *m_sendingPanel;
    SendingTotalsView *m_totals;
    QCheckBox *m_showTableCheck;
    QTableView *m_sendingTable;
    SendingQuotaView *m_quota;
    QLabel *m_reputationTitle;
    ReputationSummaryView *m_summary;
    ChartPanel *m_bouncePanel;
    ChartPanel *m_complaintPanel;
    QTimer *m_autoRefresh;
    StatisticsFetcher *m_fetcher = nullptr;
    int m_pending = 0;
    std::optional<Aws::AwsError> m_sendingError;
    std::optional<Aws::AwsError> m_laterError;
    QString m_laterErrorAction;
    bool m_loaded = false;
};

} // namespace Views
