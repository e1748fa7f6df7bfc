#include "views/panes/configurationsets/ConfigurationSetView.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

#include "views/panes/configurationsets/DeliveryOptionsSection.h"
#include "views/panes/configurationsets/EventDestinationsView.h"
#include "views/panes/configurationsets/ReputationOptionsSection.h"
#include "views/panes/configurationsets/SendingOptionsSection.h"
#include "views/panes/configurationsets/SuppressionOptionsSection.h"
#include "views/panes/configurationsets/TrackingOptionsSection.h"
#include "views/panes/configurationsets/VdmOptionsSection.h"
#include "views/widgets/StatusBadge.h"

namespace Views
{

ConfigurationSetView::ConfigurationSetView(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel)
    , m_sendingBadge(new StatusBadge)
    , m_summaryLabel(new QLabel)
    , m_tabs(new QTabWidget)
    , m_delivery(new DeliveryOptionsSection)
    , m_tracking(new TrackingOptionsSection)
    , m_destinations(new EventDestinationsView)
    , m_optionsPage(new QWidget)
{
    setObjectName(QStringLiteral("configurationSetView"));
    m_nameLabel->setObjectName(QStringLiteral("configurationSetNameLabel"));
    QFont font = m_nameLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_nameLabel->setFont(font);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendingBadge->setObjectName(QStringLiteral("configurationSetSendingBadge"));
    m_summaryLabel->setObjectName(QStringLiteral("configurationSetSummaryLabel"));
    m_summaryLabel->setForegroundRole(QPalette::PlaceholderText);
    m_summaryLabel->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("configurationSetTabs"));

    auto *sending = new SendingOptionsSection;
    auto *reputation = new ReputationOptionsSection;
    auto *suppression = new SuppressionOptionsSection;
    auto *vdm = new VdmOptionsSection;
    m_sections = {sending, m_delivery, reputation, suppression, m_tracking, vdm};

    // Two columns of panels, as the console lays out its overview.
    m_optionsPage->setObjectName(QStringLiteral("configurationSetOptionsPage"));
    auto *grid = new QGridLayout(m_optionsPage);
    grid->addWidget(sending, 0, 0);
    grid->addWidget(reputation, 1, 0);
    grid->addWidget(suppression, 2, 0);
    grid->addWidget(m_delivery, 0, 1, 2, 1);
    grid->addWidget(m_tracking, 2, 1);
    grid->addWidget(vdm, 3, 0, 1, 2);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("configurationSetOptionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the panels wrap to the width
    scroll->setWidget(m_optionsPage);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_destinations, QString());

    auto *header = new QHBoxLayout;
    header->addWidget(m_nameLabel);
    header->addWidget(m_sendingBadge);
    header->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tabs, 1);

    for (OptionsSection *section : m_sections) {
        connect(section, &OptionsSection::saveRequested, this, [this, section] {
            Q_EMIT optionsSaveRequested(section->change());
        });
    }
    retranslate();
    clear();
}

void ConfigurationSetView::showSet(const Ses::ConfigurationSet &set)
{
    m_set = set;
    for (OptionsSection *section : std::as_const(m_sections))
        section->showSet(set);
    updateHeader();
}

void ConfigurationSetView::showDestinations(const QList<Ses::EventDestination> &destinations)
{
    m_destinationCount = static_cast<int>(destinations.size());
    m_destinations->setDestinations(destinations);
    updateHeader();
}

void ConfigurationSetView::clear()
{
    m_set.reset();
    m_destinationCount = -1;
    for (OptionsSection *section : std::as_const(m_sections))
        section->clear();
    m_destinations->clear();
    updateHeader();
}

void ConfigurationSetView::setRegion(const QString &region)
{
    m_tracking->setRegion(region);
}

void ConfigurationSetView::setPoolNames(const QStringList &names)
{
    m_delivery->setPoolNames(names);
}

void ConfigurationSetView::setBusy(bool busy)
{
    for (OptionsSection *section : std::as_const(m_sections))
        section->setBusy(busy);
    m_destinations->setBusy(busy);
}

bool ConfigurationSetView::hasUnsavedChanges() const
{
    return std::any_of(m_sections.cbegin(), m_sections.cend(), [](const OptionsSection *s) {
        return s->hasChanges();
    });
}

void ConfigurationSetView::showOptionsTab()
{
    m_tabs->setCurrentIndex(0);
}

void ConfigurationSetView::showDestinationsTab()
{
    m_tabs->setCurrentIndex(1);
}

void ConfigurationSetView::updateHeader()
{
    if (!m_set) {
        m_nameLabel->clear();
        m_sendingBadge->clear();
        m_sendingBadge->hide();
        m_summaryLabel->clear();
        return;
    }
    m_nameLabel->setText(m_set->name);
    m_sendingBadge->show();
    if (m_set->sendingEnabled)
        m_sendingBadge->setStatus(tr("Sending enabled"), Tone::Positive, tr("Sending status"));
    else
        m_sendingBadge->setStatus(tr("Sending paused"), Tone::Warning, tr("Sending status"));
    QStringList facts;
    facts << (m_set->delivery.sendingPoolName.isEmpty() ? tr("no dedicated IP pool")
                                                        : tr("IP pool %1").arg(m_set->delivery.sendingPoolName));
    facts << (m_set->delivery.tlsPolicy == QLatin1String("REQUIRE") ? tr("TLS required") : tr("TLS optional"));
    facts << (m_set->reputation.reputationMetricsEnabled ? tr("reputation metrics on") : tr("reputation metrics off"));
    if (m_set->tracking)
        facts << tr("redirect domain %1").arg(m_set->tracking->customRedirectDomain);
    if (m_destinationCount >= 0)
        facts << tr("%n event destinations", nullptr, m_destinationCount);
    m_summaryLabel->setText(facts.join(QStringLiteral(" · ")));
}

void ConfigurationSetView::retranslate()
{
    m_tabs->setTabText(0, tr("&Options"));
    m_tabs->setTabText(1, tr("E&vent destinations"));
    m_tabs->setAccessibleName(tr("Configuration set details"));
    m_nameLabel->setAccessibleName(tr("Configuration set name"));
    m_summaryLabel->setAccessibleName(tr("Configuration set summary"));
    for (OptionsSection *section : std::as_const(m_sections))
        section->retranslate();
    m_destinations->retranslate();
    updateHeader();
}

} // namespace Views
