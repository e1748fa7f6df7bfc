#include "views/panes/statistics/ReputationSummaryView.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include "models/ses/ReputationSeries.h"
#include "models/ses/ReputationThresholds.h"

#include "views/widgets/StatusBadge.h"

namespace Views
{

namespace
{

Tone toneFor(Ses::ReputationStatus status)
{
    switch (status) {
    case Ses::ReputationStatus::Healthy:
        return Tone::Positive;
    case Ses::ReputationStatus::UnderReviewRisk:
        return Tone::Warning;
    case Ses::ReputationStatus::AtRisk:
        return Tone::Error;
    case Ses::ReputationStatus::Unknown:
        break;
    }
    return Tone::Information;
}

QString percent(double ratio)
{
    return QStringLiteral("%1%").arg(QLocale().toString(ratio * 100.0, 'f', ratio < 0.01 ? 3 : 2));
}

} // namespace

ReputationSummaryView::ReputationSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_scopeLabel(new QLabel)
    , m_bounceTitle(new QLabel)
    , m_bounceBadge(new StatusBadge)
    , m_bounceValue(new QLabel)
    , m_complaintTitle(new QLabel)
    , m_complaintBadge(new StatusBadge)
    , m_complaintValue(new QLabel)
    , m_enforcementTitle(new QLabel)
    , m_enforcementBadge(new StatusBadge)
    , m_createAlarmButton(new QPushButton)
{
    setObjectName(QStringLiteral("reputationSummaryView"));
    m_scopeLabel->setObjectName(QStringLiteral("reputationScopeLabel"));
    m_bounceBadge->setObjectName(QStringLiteral("bounceRateBadge"));
    m_bounceValue->setObjectName(QStringLiteral("bounceRateValueLabel"));
    m_complaintBadge->setObjectName(QStringLiteral("complaintRateBadge"));
    m_complaintValue->setObjectName(QStringLiteral("complaintRateValueLabel"));
    m_enforcementBadge->setObjectName(QStringLiteral("enforcementStatusBadge"));
    m_createAlarmButton->setObjectName(QStringLiteral("createAlarmButton"));
    for (QLabel *l : {m_bounceValue, m_complaintValue})
        l->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scopeLabel, 0, 0, 1, 4);
    // Three equal columns (metric, metric, account) whose badges keep their natural width, so
    // the latest value and the levels read in one or two lines under them.
    layout->setHorizontalSpacing(24);
    layout->addWidget(m_bounceTitle, 1, 0);
    layout->addWidget(m_bounceBadge, 2, 0, Qt::AlignLeft);
    layout->addWidget(m_bounceValue, 3, 0);
    layout->addWidget(m_complaintTitle, 1, 1);
    layout->addWidget(m_complaintBadge, 2, 1, Qt::AlignLeft);
    layout->addWidget(m_complaintValue, 3, 1);
    layout->addWidget(m_enforcementTitle, 1, 2);
    layout->addWidget(m_enforcementBadge, 2, 2, Qt::AlignLeft);
    layout->addWidget(m_createAlarmButton, 2, 3, Qt::AlignRight);
    for (int column = 0; column < 3; ++column)
        layout->setColumnStretch(column, 1);

    connect(m_createAlarmButton, &QPushButton::clicked, this, &ReputationSummaryView::createAlarmRequested);
    retranslate();
    clear();
}

void ReputationSummaryView::setReputation(const Ses::ReputationSeries &series, const QString &scope)
{
    m_scopeLabel->setText(scope);
    struct Row {
        Ses::ReputationMetric::Kind kind;
        StatusBadge *badge;
        QLabel *value;
    };
    for (const Row &row : {Row{Ses::ReputationMetric::BounceRate, m_bounceBadge, m_bounceValue},
             Row{Ses::ReputationMetric::ComplaintRate, m_complaintBadge, m_complaintValue}}) {
        const Ses::ReputationStatus status = series.status(row.kind);
        row.badge->setStatus(
            Ses::ReputationStatusText::label(status), toneFor(status), Ses::ReputationMetric::label(row.kind));
        const auto latest = series.latest(row.kind);
        const Ses::ReputationThresholds levels = Ses::ReputationThresholds::forMetric(row.kind);
        row.value->setText(latest ? tr("%1 at %2; review at %3, sending may be paused at %4")
                                        .arg(percent(latest->value),
                                            QLocale().toString(latest->timestamp.toLocalTime(), QLocale::ShortFormat),
                                            percent(levels.review),
                                            percent(levels.pause))
                                  : tr("No data in this range. Review at %1, sending may be paused at %2.")
                                        .arg(percent(levels.review), percent(levels.pause)));
    }
}

void ReputationSummaryView::setEnforcementStatus(const QString &status)
{
    m_enforcement = status;
    showEnforcement();
}

void ReputationSummaryView::showEnforcement()
{
    if (m_enforcement == QLatin1String("HEALTHY"))
        m_enforcementBadge->setStatus(tr("Healthy"), Tone::Positive, m_enforcementTitle->text());
    else if (m_enforcement == QLatin1String("PROBATION"))
        m_enforcementBadge->setStatus(tr("Under review"), Tone::Warning, m_enforcementTitle->text());
    else if (m_enforcement == QLatin1String("SHUTDOWN"))
        m_enforcementBadge->setStatus(tr("Sending paused"), Tone::Error, m_enforcementTitle->text());
    else if (m_enforcement.isEmpty())
        m_enforcementBadge->setStatus(tr("Unknown"), Tone::Information, m_enforcementTitle->text());
    else
        m_enforcementBadge->setStatus(m_enforcement, Tone::Information, m_enforcementTitle->text());
}

void ReputationSummaryView::setAlarmEnabled(bool enabled)
{
    m_createAlarmButton->setEnabled(enabled);
}

void ReputationSummaryView::clear()
{
    m_scopeLabel->clear();
    m_bounceBadge->setStatus(Ses::ReputationStatusText::label(Ses::ReputationStatus::Unknown),
        Tone::Information,
        Ses::ReputationMetric::label(Ses::ReputationMetric::BounceRate));
    m_complaintBadge->setStatus(Ses::ReputationStatusText::label(Ses::ReputationStatus::Unknown),
        Tone::Information,
        Ses::ReputationMetric::label(Ses::ReputationMetric::ComplaintRate));
    m_bounceValue->clear();
    m_complaintValue->clear();
    m_enforcement.clear();
    showEnforcement();
    m_createAlarmButton->setEnabled(false);
}

void ReputationSummaryView::retranslate()
{
    m_bounceTitle->setText(Ses::ReputationMetric::label(Ses::ReputationMetric::BounceRate));
    m_complaintTitle->setText(Ses::ReputationMetric::label(Ses::ReputationMetric::ComplaintRate));
    m_enforcementTitle->setText(tr("Enforcement status"));
    m_createAlarmButton->setText(tr("Create alarm…"));
    m_createAlarmButton->setAccessibleName(tr("Create CloudWatch alarms at the review levels"));
    m_createAlarmButton->setToolTip(
        tr("Creates CloudWatch alarms on the bounce rate (5%) and complaint rate (0.1%), after showing them."));
    showEnforcement();
}

} // namespace Views
