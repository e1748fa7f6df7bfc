#include "views/panes/StatisticsPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "models/aws/Clock.h"
#include "models/connection/Session.h"
#include "models/items/TimeSeriesModel.h"
#include "models/ses/ReputationThresholds.h"

#include "views/charts/TimeSeriesChartView.h"
#include "views/commands/CreateReputationAlarmsCommand.h"
#include "views/panes/account/SendingQuotaView.h"
#include "views/panes/statistics/ChartPanel.h"
#include "views/panes/statistics/ReputationSummaryView.h"
#include "views/panes/statistics/SendingTotalsView.h"
#include "views/panes/statistics/StatisticsControls.h"
#include "views/panes/statistics/StatisticsFetcher.h"

namespace Views
{

namespace
{

const QString Bounce = Ses::ReputationMetric::metricName(Ses::ReputationMetric::BounceRate);
const QString Complaint = Ses::ReputationMetric::metricName(Ses::ReputationMetric::ComplaintRate);

QLabel *sectionTitle(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

StatisticsPane::StatisticsPane(const PaneContext &context, QWidget *parent)
    : Pane(context, parent)
    , m_controls(new StatisticsControls)
    , m_sendingModel(new Items::TimeSeriesModel(this))
    , m_reputationModel(new Items::TimeSeriesModel(this))
    , m_sendingTitle(sectionTitle(QStringLiteral("sendingTitleLabel")))
    , m_sendingPanel(new ChartPanel(QStringLiteral("sending"),
          m_sendingModel,
          {QStringLiteral("DeliveryAttempts"),
              QStringLiteral("Bounces"),
              QStringLiteral("Complaints"),
              QStringLiteral("Rejects")}))
    , m_totals(new SendingTotalsView)
    , m_showTableCheck(new QCheckBox)
    , m_sendingTable(new QTableView)
    , m_quota(new SendingQuotaView)
    , m_reputationTitle(sectionTitle(QStringLiteral("reputationTitleLabel")))
    , m_summary(new ReputationSummaryView)
    , m_bouncePanel(new ChartPanel(QStringLiteral("bounceRate"), m_reputationModel, {Bounce}))
    , m_complaintPanel(new ChartPanel(QStringLiteral("complaintRate"), m_reputationModel, {Complaint}))
    , m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("statisticsPane"));
    m_showTableCheck->setObjectName(QStringLiteral("showSendingTableCheck"));
    m_sendingTable->setObjectName(QStringLiteral("sendingTable"));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshTimer"));
    // The Account pane shows the same gauges: keep every object name unique in the window.
    m_quota->setObjectName(QStringLiteral("statisticsQuotaView"));
    for (QWidget *gauge : m_quota->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!gauge->objectName().isEmpty())
            gauge->setObjectName(
                QStringLiteral("statistics") + gauge->objectName().at(0).toUpper() + gauge->objectName().mid(1));
    }
    m_sendingTable->setModel(m_sendingModel);
    m_sendingTable->setVisible(false);
    m_sendingTable->setMinimumHeight(200);
    m_sendingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sendingTable->verticalHeader()->hide();

    TimeSeriesChartView *sending = m_sendingPanel->chart();
    sending->setSeriesColor(QStringLiteral("DeliveryAttempts"), toneAccent(Tone::Information));
    sending->setSeriesColor(QStringLiteral("Bounces"), toneAccent(Tone::Warning));
    sending->setSeriesColor(QStringLiteral("Complaints"), toneAccent(Tone::Error));
    sending->setSeriesColor(QStringLiteral("Rejects"), QColor(142, 68, 173));
    // Bounces and complaints are a few per thousand attempts: their own scale, on the right.
    sending->setSecondaryKeys({QStringLiteral("Bounces"), QStringLiteral("Complaints"), QStringLiteral("Rejects")});
    m_bouncePanel->chart()->setSeriesColor(Bounce, toneAccent(Tone::Information));
    m_complaintPanel->chart()->setSeriesColor(Complaint, toneAccent(Tone::Information));
    for (auto [panel, kind] : {std::pair{m_bouncePanel, Ses::ReputationMetric::BounceRate},
             std::pair{m_complaintPanel, Ses::ReputationMetric::ComplaintRate}}) {
        panel->setMinimumHeight(360);
        const Ses::ReputationThresholds levels = Ses::ReputationThresholds::forMetric(kind);
        const QString review = QLocale().toString(levels.review * 100, 'g', 3);
        const QString pause = QLocale().toString(levels.pause * 100, 'g', 3);
        panel->chart()->addThreshold(levels.review, tr("Review %1%").arg(review), Tone::Warning);
        panel->chart()->addThreshold(levels.pause, tr("May pause %1%").arg(pause), Tone::Error);
    }
    for (ChartPanel *panel : {m_sendingPanel, m_bouncePanel, m_complaintPanel}) {
        panel->setMessageBoxes(context.messageBoxes);
        connect(panel, &ChartPanel::info, this, &StatisticsPane::info);
    }
    m_sendingPanel->setMinimumHeight(380);
    m_quota->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    // Each section is one widget: it reads as a unit (and is what the screenshots show).
    auto *sendingSection = new QWidget;
    sendingSection->setObjectName(QStringLiteral("sendingSection"));
    auto *sendingLayout = new QVBoxLayout(sendingSection);
    sendingLayout->setContentsMargins(0, 0, 0, 0);
    sendingLayout->setSpacing(10);
    sendingLayout->addWidget(m_sendingTitle);
    sendingLayout->addWidget(m_totals);
    sendingLayout->addWidget(m_sendingPanel);
    auto *reputationSection = new QWidget;
    reputationSection->setObjectName(QStringLiteral("reputationSection"));
    auto *reputationLayout = new QVBoxLayout(reputationSection);
    reputationLayout->setContentsMargins(0, 0, 0, 0);
    reputationLayout->setSpacing(10);
    reputationLayout->addWidget(m_reputationTitle);
    reputationLayout->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_bouncePanel);
    charts->addWidget(m_complaintPanel);
    reputationLayout->addLayout(charts);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("statisticsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_controls);
    layout->addWidget(sendingSection);
    layout->addWidget(m_showTableCheck);
    layout->addWidget(m_sendingTable);
    layout->addWidget(m_quota);
    layout->addWidget(reputationSection);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("statisticsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    setContentWidget(scroll);

    // The user's view survives restarts; auto-refresh stays off until they turn it on.
    if (QSettings *settings = context.settings) {
        settings->beginGroup(QStringLiteral("StatisticsPane"));
        if (const auto period = Ses::Aggregation::fromKey(settings->value(QStringLiteral("period")).toString()))
            m_controls->setAggregation(*period);
        if (const auto range = Ses::TimeRange::presetFromKey(settings->value(QStringLiteral("range")).toString()))
            m_controls->setRangePreset(*range);
        const int refresh = settings->value(QStringLiteral("autoRefreshSeconds"), 0).toInt();
        settings->endGroup();
        m_controls->setAutoRefreshSeconds(refresh);
        if (m_controls->autoRefreshSeconds() > 0)
            m_autoRefresh->start(m_controls->autoRefreshSeconds() * 1000);
    }
    connect(m_controls, &StatisticsControls::viewChanged, this, &StatisticsPane::saveView);
    connect(m_controls, &StatisticsControls::autoRefreshChanged, this, &StatisticsPane::saveView);
    connect(m_controls, &StatisticsControls::viewChanged, this, &StatisticsPane::onViewChanged);
    connect(m_controls, &StatisticsControls::configurationSetChanged, this, [this] {
        fetchReputation({});
    });
    connect(m_controls, &StatisticsControls::autoRefreshChanged, this, [this](int seconds) {
        if (seconds > 0)
            m_autoRefresh->start(seconds * 1000);
        else
            m_autoRefresh->stop();
    });
    connect(m_autoRefresh, &QTimer::timeout, this, &StatisticsPane::onAutoRefresh);
    connect(m_showTableCheck, &QCheckBox::toggled, m_sendingTable, &QWidget::setVisible);
    connect(m_summary, &ReputationSummaryView::createAlarmRequested, this, &StatisticsPane::createAlarm);
    retranslate();
}

StatisticsPane::~StatisticsPane() = default;

QString StatisticsPane::id() const
{
    return QStringLiteral("statistics");
}

QString StatisticsPane::title() const
{
    return tr("Statistics");
}

QDateTime StatisticsPane::now() const
{
    return context().clock ? context().clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

Ses::TimeRange StatisticsPane::currentRange() const
{
    return Ses::TimeRange::preset(m_controls->rangePreset(),
        now(),
        m_controls->aggregation(),
        QTimeZone::systemTimeZone(),
        m_fetcher ? m_fetcher->watchingSince() : QDateTime());
}

void StatisticsPane::load()
{
    if (!m_fetcher) {
        m_fetcher = new StatisticsFetcher(sessionPtr(), context().statisticsStore, this);
        connect(m_fetcher, &StatisticsFetcher::historyWarning, this, [this](const QString &message) {
            Q_EMIT info(tr("Statistics history: %1").arg(message));
        });
    }
    m_fetcher->cancel();
    const quint64 gen = generation();
    m_pending = 3;
    m_sendingError.reset();
    m_laterError.reset();
    auto step = [this, gen] {
        if (!isCurrent(gen) || --m_pending > 0)
            return;
        if (m_sendingError) {
            finishError(tr("Loading the sending statistics failed"), *m_sendingError);
            return;
        }
        m_loaded = true;
        m_summary->setAlarmEnabled(true);
        finishLoaded();
        // Reputation or account errors leave the sending statistics usable: report them above.
        if (m_laterError)
            showActionError(m_laterErrorAction, *m_laterError);
    };
    m_fetcher->fetchSending([this, gen, step](Aws::Result<Aws::Empty> r) {
        if (!isCurrent(gen))
            return;
        if (r.isError())
            m_sendingError = r.error();
        else
            showSending();
        step();
    });
    fetchReputation(step);
    m_fetcher->fetchAccount([this, gen, step](Aws::Result<Ses::Account> r) {
        if (!isCurrent(gen))
            return;
        if (r.ok()) {
            m_summary->setEnforcementStatus(r.value().enforcementStatus);
            m_quota->setQuota(r.value().sendQuota);
        } else if (r.isError()) {
            m_laterError = r.error();
            m_laterErrorAction = tr("Loading the account's enforcement status and quota failed");
        }
        step();
    });
}

void StatisticsPane::fetchReputation(std::function<void()> then)
{
    if (!m_fetcher)
        return;
    const quint64 gen = generation();
    m_fetcher->fetchReputation(currentRange(),
        m_controls->aggregation(),
        m_controls->configurationSet(),
        [this, gen, then](Aws::Result<Aws::Empty> r) {
            if (!isCurrent(gen))
                return;
            if (r.isError()) {
                m_reputationModel->setTable({});
                m_summary->setReputation({}, scopeText());
                if (then) {
                    m_laterError = r.error();
                    m_laterErrorAction = tr("Loading the reputation metrics from CloudWatch failed");
                } else {
                    showActionError(tr("Loading the reputation metrics from CloudWatch failed"), r.error());
                }
            } else if (r.ok()) {
                showReputation();
            }
            if (then)
                then();
        });
}

void StatisticsPane::showSending()
{
    if (!m_fetcher)
        return;
    const Ses::TimeRange range = currentRange();
    const Ses::SendStatisticsSeries &series = m_fetcher->sending();
    m_sendingModel->setTable(series.aggregate(m_controls->aggregation(), range, QTimeZone::systemTimeZone()));
    m_totals->setTotals(series.totals(range));
    const QDateTime since = m_fetcher->watchingSince();
    m_sendingPanel->setNote(since.isValid() ? tr("Gaps are intervals without any data point. History kept since %1.")
                                                  .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))
                                            : tr("No sending activity recorded yet."));
    Q_EMIT sendingUpdated();
}

void StatisticsPane::showReputation()
{
    if (!m_fetcher)
        return;
    const Ses::ReputationSeries &series = m_fetcher->reputation();
    m_reputationModel->setTable(series.table(m_controls->aggregation(), currentRange(), QTimeZone::systemTimeZone()));
    m_summary->setReputation(series, scopeText());
    Q_EMIT reputationUpdated();
}

QString StatisticsPane::scopeText() const
{
    const QString set = m_controls->configurationSet();
    return set.isEmpty()
        ? tr("Reputation of the whole account (CloudWatch AWS/SES).")
        : tr("Reputation of configuration set %1 (CloudWatch AWS/SES, dimension ses:configuration-set).").arg(set);
}

void StatisticsPane::onViewChanged()
{
    if (!m_fetcher || !m_loaded)
        return;
    showSending();
    fetchReputation({});
}

void StatisticsPane::saveView()
{
    QSettings *settings = context().settings;
    if (!settings)
        return;
    settings->beginGroup(QStringLiteral("StatisticsPane"));
    settings->setValue(QStringLiteral("period"), m_controls->aggregation().key());
    settings->setValue(QStringLiteral("range"), Ses::TimeRange::presetKey(m_controls->rangePreset()));
    settings->setValue(QStringLiteral("autoRefreshSeconds"), m_controls->autoRefreshSeconds());
    settings->endGroup();
}

void StatisticsPane::onAutoRefresh()
{
    // Never stacks refreshes, and never while a dialog of ours waits for the user.
    if (!session() || isLoading() || QApplication::activeModalWidget())
        return;
    reload();
}

void StatisticsPane::clearData()
{
    if (m_fetcher) {
        m_fetcher->cancel();
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    m_loaded = false;
    m_sendingModel->setTable({});
    m_reputationModel->setTable({});
    m_totals->clear();
    m_quota->clear();
    m_summary->clear();
    m_sendingPanel->setNote(QString());
}

void StatisticsPane::createAlarm()
{
    if (!session() || !m_loaded)
        return;
    auto *command = new CreateReputationAlarmsCommand(sessionPtr(), m_controls->configurationSet(), this);
    connect(command, &Command::info, this, &StatisticsPane::info);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (isCurrent(gen) && outcome == Command::Outcome::Failed)
            showActionError(tr("Creating the CloudWatch alarms failed"), command->error());
    });
    command->start();
}

QString StatisticsPane::copyText() const
{
    if (!m_loaded || !m_fetcher)
        return {};
    const Ses::TimeRange range = currentRange();
    const Ses::SendTotals t = m_fetcher->sending().totals(range);
    const QLocale locale;
    const auto rate = [&locale](std::optional<double> r) -> QString {
        return r ? locale.toString(*r * 100.0, 'f', 3) + QLatin1Char('%') : QStringLiteral("–");
    };
    QStringList lines;
    lines << tr("Range: %1 – %2")
                 .arg(locale.toString(range.from().toLocalTime(), QLocale::ShortFormat),
                     locale.toString(range.to().toLocalTime(), QLocale::ShortFormat));
    lines << tr("Delivery attempts: %1").arg(t.deliveryAttempts);
    lines << tr("Bounces: %1 (%2)").arg(t.bounces).arg(rate(t.bounceRate()));
    lines << tr("Complaints: %1 (%2)").arg(t.complaints).arg(rate(t.complaintRate()));
    lines << tr("Rejects: %1 (%2)").arg(t.rejects).arg(rate(t.rejectRate()));
    for (auto kind : {Ses::ReputationMetric::BounceRate, Ses::ReputationMetric::ComplaintRate}) {
        const auto latest = m_fetcher->reputation().latest(kind);
        lines << tr("%1: %2 (%3)")
                     .arg(Ses::ReputationMetric::label(kind),
                         latest ? rate(latest->value) : tr("no data"),
                         Ses::ReputationStatusText::label(m_fetcher->reputation().status(kind)));
    }
    return lines.join(QLatin1Char('\n'));
}

void StatisticsPane::retranslate()
{
    m_controls->retranslate();
    m_sendingTitle->setText(tr("Sending activity"));
    m_reputationTitle->setText(tr("Reputation"));
    m_sendingPanel->retranslate(tr("Delivery attempts, bounces, complaints and rejects"));
    m_sendingPanel->chart()->setAxisTitles(tr("Delivery attempts"), tr("Bounces, complaints, rejects"));
    m_bouncePanel->chart()->setAxisTitles(tr("Bounce rate"));
    m_complaintPanel->chart()->setAxisTitles(tr("Complaint rate"));
    m_bouncePanel->retranslate(tr("Bounce rate"));
    m_complaintPanel->retranslate(tr("Complaint rate"));
    m_bouncePanel->setNote(tr("Hard bounces per email sent. SES reviews the account from 5% and may pause sending "
                              "from 10%."));
    m_complaintPanel->setNote(
        tr("Complaints per email sent. SES reviews the account from 0.1% and may pause sending from 0.5%."));
    m_showTableCheck->setText(tr("Show the data as a &table"));
    m_sendingTable->setAccessibleName(tr("Sending statistics table"));
    m_totals->retranslate();
    m_quota->retranslate();
    m_summary->retranslate();
    if (m_loaded) {
        showSending();
        showReputation();
    }
}

} // namespace Views
