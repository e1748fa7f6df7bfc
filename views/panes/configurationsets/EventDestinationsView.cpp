#include "views/panes/configurationsets/EventDestinationsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/items/EventDestinationModel.h"
#include "models/ses/ConfigurationSetRules.h"

#include "views/widgets/StatusDotDelegate.h"

namespace Views
{

using Items::EventDestinationModel;

EventDestinationsView::EventDestinationsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventDestinationModel(this))
    , m_table(new QTableView)
    , m_countLabel(new QLabel)
    , m_addButton(new QPushButton)
    , m_editButton(new QPushButton)
    , m_toggleButton(new QPushButton)
    , m_deleteButton(new QPushButton)
{
    setObjectName(QStringLiteral("eventDestinationsView"));
    m_table->setObjectName(QStringLiteral("eventDestinationTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The ARN and the event types share what is left; long ARNs keep both ends readable.
    m_table->horizontalHeader()->setSectionResizeMode(EventDestinationModel::TargetColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EventDestinationModel::EventTypesColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setItemDelegateForColumn(EventDestinationModel::PublishingColumn,
        new StatusDotDelegate(
            [](const QModelIndex &index) -> std::optional<Tone> {
                return index.data(EventDestinationModel::EnabledRole).toBool() ? Tone::Positive : Tone::Warning;
            },
            this));
    m_countLabel->setObjectName(QStringLiteral("eventDestinationCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_addButton->setObjectName(QStringLiteral("addEventDestinationButton"));
    m_editButton->setObjectName(QStringLiteral("editEventDestinationButton"));
    m_toggleButton->setObjectName(QStringLiteral("toggleEventDestinationButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteEventDestinationButton"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_editButton, m_toggleButton, m_deleteButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_addButton, &QPushButton::clicked, this, &EventDestinationsView::addRequested);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (const auto d = selectedDestination())
            Q_EMIT editRequested(*d);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (const auto d = selectedDestination(); d && !m_busy)
            Q_EMIT editRequested(*d);
    });
    connect(m_toggleButton, &QPushButton::clicked, this, [this] {
        if (const auto d = selectedDestination())
            Q_EMIT setEnabledRequested(*d, !d->enabled);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (const auto d = selectedDestination())
            Q_EMIT deleteRequested(*d);
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventDestinationsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventDestinationsView::updateButtons);
    retranslate();
}

void EventDestinationsView::setDestinations(const QList<Ses::EventDestination> &destinations)
{
    const std::optional<Ses::EventDestination> selected = selectedDestination();
    m_loaded = true;
    m_model->setDestinations(destinations);
    if (selected)
        selectDestination(selected->name);
    updateButtons();
}

void EventDestinationsView::clear()
{
    m_loaded = false;
    m_model->clear();
    updateButtons();
}

std::optional<Ses::EventDestination> EventDestinationsView::selectedDestination() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->destinationAt(rows.constFirst());
}

void EventDestinationsView::selectDestination(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_table->selectionModel()->select(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void EventDestinationsView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void EventDestinationsView::updateButtons()
{
    const std::optional<Ses::EventDestination> selected = selectedDestination();
    const int count = m_model->rowCount();
    const bool full = count >= Ses::ConfigurationSetRules::MaximumEventDestinations;
    m_addButton->setEnabled(m_loaded && !m_busy && !full);
    m_addButton->setToolTip(full ? tr("A configuration set can have at most %1 event destinations.")
                                       .arg(Ses::ConfigurationSetRules::MaximumEventDestinations)
                                 : tr("Publish sending events of this configuration set to another AWS service"));
    m_editButton->setEnabled(selected.has_value() && !m_busy);
    m_toggleButton->setEnabled(selected.has_value() && !m_busy);
    m_deleteButton->setEnabled(selected.has_value() && !m_busy);
    m_toggleButton->setText(selected && selected->enabled ? tr("Disa&ble") : tr("Ena&ble"));
    m_toggleButton->setAccessibleName(
        selected && selected->enabled ? tr("Disable event publishing") : tr("Enable event publishing"));
    m_countLabel->setText(m_loaded
            ? tr("%1 of %2 event destinations").arg(count).arg(Ses::ConfigurationSetRules::MaximumEventDestinations)
            : QString());
}

void EventDestinationsView::retranslate()
{
    m_model->retranslate();
    m_table->setAccessibleName(tr("Event destinations"));
    m_countLabel->setAccessibleName(tr("Event destination count"));
    m_addButton->setText(tr("&Add destination…"));
    m_addButton->setAccessibleName(tr("Add event destination"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setAccessibleName(tr("Edit event destination"));
    m_deleteButton->setText(tr("&Delete…"));
    m_deleteButton->setAccessibleName(tr("Delete event destination"));
    updateButtons();
}

} // namespace Views
