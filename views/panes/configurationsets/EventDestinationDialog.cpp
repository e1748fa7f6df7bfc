#include "views/panes/configurationsets/EventDestinationDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "models/items/EventDestinationModel.h"
#include "models/ses/ConfigurationSetRules.h"

#include "views/panes/configurationsets/CloudWatchDimensionsEditor.h"
#include "views/widgets/Tone.h"

namespace Views
{

using Kind = Ses::EventDestination::Kind;
using Rules = Ses::ConfigurationSetRules;
using Items::EventDestinationModel;

namespace
{

constexpr Kind Kinds[] = {Kind::CloudWatch, Kind::KinesisFirehose, Kind::EventBridge, Kind::Sns, Kind::Pinpoint};

QLineEdit *arnEdit(const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel *note(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

EventDestinationDialog::EventDestinationDialog(
    const QString &configurationSetName, const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_setName(configurationSetName)
    , m_region(region)
    , m_introLabel(new QLabel)
    , m_nameLabel(new QLabel)
    , m_nameEdit(new QLineEdit)
    , m_kindLabel(new QLabel)
    , m_kindCombo(new QComboBox)
    , m_kindNote(note(QStringLiteral("destinationTypeNoteLabel")))
    , m_enabledCheck(new QCheckBox)
    , m_eventTypesLabel(new QLabel)
    , m_selectAllCheck(new QCheckBox)
    , m_targets(new QStackedWidget)
    , m_dimensions(new CloudWatchDimensionsEditor)
    , m_streamLabel(new QLabel)
    , m_streamEdit(arnEdit(QStringLiteral("deliveryStreamArnEdit")))
    , m_roleLabel(new QLabel)
    , m_roleEdit(arnEdit(QStringLiteral("iamRoleArnEdit")))
    , m_firehoseNote(note(QStringLiteral("firehoseNoteLabel")))
    , m_busLabel(new QLabel)
    , m_busEdit(arnEdit(QStringLiteral("eventBusArnEdit")))
    , m_topicLabel(new QLabel)
    , m_topicEdit(arnEdit(QStringLiteral("snsTopicArnEdit")))
    , m_snsNote(note(QStringLiteral("snsNoteLabel")))
    , m_pinpointLabel(new QLabel)
    , m_pinpointEdit(arnEdit(QStringLiteral("pinpointApplicationArnEdit")))
    , m_pinpointNote(note(QStringLiteral("pinpointNoteLabel")))
    , m_problemsLabel(new QLabel)
    , m_statusLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_saveButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("eventDestinationDialog"));
    m_introLabel->setObjectName(QStringLiteral("eventDestinationIntroLabel"));
    m_introLabel->setWordWrap(true);
    m_nameEdit->setObjectName(QStringLiteral("eventDestinationNameEdit"));
    m_nameEdit->setMaxLength(Rules::MaximumNameLength + 10); // longer is reported, not cut off silently
    m_nameLabel->setBuddy(m_nameEdit);
    m_kindCombo->setObjectName(QStringLiteral("destinationTypeCombo"));
    for (Kind kind : Kinds)
        m_kindCombo->addItem(QString(), static_cast<int>(kind));
    m_kindLabel->setBuddy(m_kindCombo);
    m_enabledCheck->setObjectName(QStringLiteral("eventPublishingCheck"));
    m_enabledCheck->setChecked(true);
    m_problemsLabel->setObjectName(QStringLiteral("eventDestinationProblemsLabel"));
    m_problemsLabel->setWordWrap(true);
    setTextTone(m_problemsLabel, Tone::Error);
    m_statusLabel->setObjectName(QStringLiteral("eventDestinationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("eventDestinationButtons"));
    m_saveButton->setObjectName(QStringLiteral("saveEventDestinationButton"));
    m_saveButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelEventDestinationButton"));

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_kindLabel, m_kindCombo);
    form->addRow(QString(), m_kindNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(buildTargets());
    layout->addWidget(buildEventTypes());
    layout->addWidget(m_enabledCheck);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &EventDestinationDialog::validate);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &EventDestinationDialog::onKindChanged);
    connect(m_dimensions, &CloudWatchDimensionsEditor::changed, this, &EventDestinationDialog::validate);
    for (QLineEdit *edit : {m_streamEdit, m_roleEdit, m_busEdit, m_topicEdit, m_pinpointEdit})
        connect(edit, &QLineEdit::textChanged, this, &EventDestinationDialog::validate);
    connect(m_selectAllCheck, &QCheckBox::clicked, this, [this](bool checked) {
        const QStringList unsupported = Rules::unsupportedEventTypes(destination().kind);
        for (auto it = m_eventChecks.cbegin(); it != m_eventChecks.cend(); ++it) {
            const QSignalBlocker blocker(it.value());
            it.value()->setChecked(checked && !unsupported.contains(it.key()));
        }
        validate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty() && !m_submitting)
            Q_EMIT submitRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A new destination starts as the console suggests: SNS, the usual delivery events.
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(Kind::Sns)));
    retranslate();
    onKindChanged();
    m_ready = true;
    resize(720, 760);
}

EventDestinationDialog::~EventDestinationDialog() = default;

QWidget *EventDestinationDialog::buildEventTypes()
{
    auto *box = new QGroupBox;
    box->setObjectName(QStringLiteral("eventTypesBox"));
    m_eventTypesLabel->setParent(box);
    auto *grid = new QGridLayout(box);
    m_selectAllCheck->setObjectName(QStringLiteral("selectAllEventTypesCheck"));
    grid->addWidget(m_selectAllCheck, 0, 0, 1, 2);
    int i = 0;
    for (const QString &type : Ses::EventTypes::all()) {
        auto *check = new QCheckBox;
        check->setObjectName(QStringLiteral("eventTypeCheck_") + type);
        m_eventChecks.insert(type, check);
        grid->addWidget(check, 1 + i / 2, i % 2);
        connect(check, &QCheckBox::toggled, this, &EventDestinationDialog::validate);
        ++i;
    }
    return box;
}

QWidget *EventDestinationDialog::buildTargets()
{
    m_targets->setObjectName(QStringLiteral("destinationTargetStack"));
    auto page = [this](QLayout *layout, const QString &name) {
        auto *w = new QWidget;
        w->setObjectName(name);
        w->setLayout(layout);
        layout->setContentsMargins(0, 0, 0, 0);
        m_targets->addWidget(w);
    };
    // In the order of Kinds.
    auto *cloudWatch = new QVBoxLayout;
    cloudWatch->addWidget(m_dimensions);
    page(cloudWatch, QStringLiteral("cloudWatchPage"));

    auto *firehose = new QFormLayout;
    m_streamLabel->setBuddy(m_streamEdit);
    m_roleLabel->setBuddy(m_roleEdit);
    firehose->addRow(m_streamLabel, m_streamEdit);
    firehose->addRow(m_roleLabel, m_roleEdit);
    firehose->addRow(m_firehoseNote);
    page(firehose, QStringLiteral("firehosePage"));

    auto *eventBridge = new QFormLayout;
    m_busLabel->setBuddy(m_busEdit);
    eventBridge->addRow(m_busLabel, m_busEdit);
    page(eventBridge, QStringLiteral("eventBridgePage"));

    auto *sns = new QFormLayout;
    m_topicLabel->setBuddy(m_topicEdit);
    sns->addRow(m_topicLabel, m_topicEdit);
    sns->addRow(m_snsNote);
    page(sns, QStringLiteral("snsPage"));

    auto *pinpoint = new QFormLayout;
    m_pinpointLabel->setBuddy(m_pinpointEdit);
    pinpoint->addRow(m_pinpointLabel, m_pinpointEdit);
    pinpoint->addRow(m_pinpointNote);
    page(pinpoint, QStringLiteral("pinpointPage"));
    return m_targets;
}

void EventDestinationDialog::setDestination(const Ses::EventDestination &destination)
{
    m_editing = true;
    m_nameEdit->setText(destination.name);
    m_nameEdit->setReadOnly(true);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(destination.kind)));
    m_enabledCheck->setChecked(destination.enabled);
    for (auto it = m_eventChecks.cbegin(); it != m_eventChecks.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(destination.matchingEventTypes.contains(it.key()));
    }
    m_dimensions->setDimensions(destination.cloudWatchDimensions);
    m_streamEdit->setText(destination.firehoseDeliveryStreamArn);
    m_roleEdit->setText(destination.firehoseIamRoleArn);
    m_busEdit->setText(destination.eventBusArn);
    m_topicEdit->setText(destination.snsTopicArn);
    m_pinpointEdit->setText(destination.pinpointApplicationArn);
    retranslate();
    validate();
}

void EventDestinationDialog::setTakenNames(const QStringList &names)
{
    m_taken = names;
    validate();
}

Ses::EventDestination EventDestinationDialog::destination() const
{
    Ses::EventDestination d;
    d.name = m_nameEdit->text().trimmed();
    d.enabled = m_enabledCheck->isChecked();
    d.kind = static_cast<Kind>(m_kindCombo->currentData().toInt());
    for (const QString &type : Ses::EventTypes::all()) {
        if (m_eventChecks.value(type)->isChecked())
            d.matchingEventTypes.append(type);
    }
    switch (d.kind) {
    case Kind::CloudWatch:
        d.cloudWatchDimensions = m_dimensions->dimensions();
        break;
    case Kind::KinesisFirehose:
        d.firehoseDeliveryStreamArn = m_streamEdit->text().trimmed();
        d.firehoseIamRoleArn = m_roleEdit->text().trimmed();
        break;
    case Kind::EventBridge:
        d.eventBusArn = m_busEdit->text().trimmed();
        break;
    case Kind::Sns:
        d.snsTopicArn = m_topicEdit->text().trimmed();
        break;
    case Kind::Pinpoint:
        d.pinpointApplicationArn = m_pinpointEdit->text().trimmed();
        break;
    }
    return d;
}

QStringList EventDestinationDialog::problems() const
{
    const Ses::EventDestination d = destination();
    QStringList out;
    if (!m_editing && m_taken.contains(d.name))
        out.append(
            tr("Event destination name: the configuration set already has a destination named \"%1\".").arg(d.name));
    for (const Rules::Problem &p : Rules::eventDestinationProblems(d, m_region))
        out.append(p.message);
    return out;
}

void EventDestinationDialog::onKindChanged()
{
    const Kind kind = static_cast<Kind>(m_kindCombo->currentData().toInt());
    m_targets->setCurrentIndex(m_kindCombo->currentIndex());
    const QStringList unsupported = Rules::unsupportedEventTypes(kind);
    for (auto it = m_eventChecks.cbegin(); it != m_eventChecks.cend(); ++it) {
        const bool supported = !unsupported.contains(it.key());
        it.value()->setEnabled(supported && !m_submitting);
        if (!supported) {
            const QSignalBlocker blocker(it.value());
            it.value()->setChecked(false);
        }
    }
    if (kind == Kind::CloudWatch && m_dimensions->rowCount() == 0)
        m_dimensions->addRow();
    retranslate();
    validate();
}

void EventDestinationDialog::validate()
{
    const QStringList list = problems();
    // Say what is wrong once the user has begun; a fresh form only lacks input.
    if (m_ready)
        m_touched = true;
    const bool started = m_touched;
    m_problemsLabel->setText(started ? list.join(QLatin1Char('\n')) : QString());
    m_problemsLabel->setVisible(started && !list.isEmpty());
    m_saveButton->setEnabled(list.isEmpty() && !m_submitting);
    bool all = true;
    for (QCheckBox *check : std::as_const(m_eventChecks))
        all = all && (check->isChecked() || !check->isEnabled());
    const QSignalBlocker blocker(m_selectAllCheck);
    m_selectAllCheck->setChecked(all);
}

void EventDestinationDialog::setSubmitting(bool submitting, const QString &text)
{
    m_submitting = submitting;
    m_statusLabel->setText(text);
    for (QWidget *w :
        std::initializer_list<QWidget *>{m_kindCombo, m_enabledCheck, m_selectAllCheck, m_targets, m_nameEdit})
        w->setEnabled(!submitting);
    onKindChanged();
}

void EventDestinationDialog::showSubmitError(const QString &text)
{
    setSubmitting(false);
    setTextTone(m_statusLabel, Tone::Error);
    m_statusLabel->setText(text);
}

void EventDestinationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EventDestinationDialog::retranslate()
{
    const Kind kind = static_cast<Kind>(m_kindCombo->currentData().toInt());
    setWindowTitle(m_editing ? tr("Edit event destination %1").arg(m_nameEdit->text())
                             : tr("Add an event destination to %1").arg(m_setName));
    m_introLabel->setText(tr("SES publishes the chosen events of mail sent with the configuration set %1 to the "
                             "destination. Sending must name the set (or use an identity whose default it is).")
                              .arg(m_setName));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setAccessibleName(tr("Event destination name"));
    m_nameEdit->setPlaceholderText(tr("letters, digits, _ and -"));
    m_kindLabel->setText(tr("Destination &type:"));
    m_kindCombo->setAccessibleName(tr("Destination type"));
    for (int i = 0; i < m_kindCombo->count(); ++i)
        m_kindCombo->setItemText(
            i, EventDestinationModel::kindText(static_cast<Kind>(m_kindCombo->itemData(i).toInt())));
    switch (kind) {
    case Kind::CloudWatch:
        m_kindNote->setText(tr("Running totals of events as CloudWatch metrics, for graphs and alarms (CloudWatch "
                               "charges apply)."));
        break;
    case Kind::KinesisFirehose:
        m_kindNote->setText(tr("Every event record, streamed to storage or analytics (S3, OpenSearch, Redshift)."));
        break;
    case Kind::EventBridge:
        m_kindNote->setText(tr("Every event record, as an event on an EventBridge event bus for rules to route."));
        break;
    case Kind::Sns:
        m_kindNote->setText(tr("A notification for every event, to email, HTTP endpoints, queues or functions."));
        break;
    case Kind::Pinpoint:
        m_kindNote->setText(tr("Events in an Amazon Pinpoint project's analytics (Pinpoint charges apply; no "
                               "delivery delay or subscription events)."));
        break;
    }
    m_enabledCheck->setText(tr("Event &publishing enabled"));
    m_enabledCheck->setAccessibleName(tr("Event publishing enabled"));
    auto *box = static_cast<QGroupBox *>(m_selectAllCheck->parentWidget());
    box->setTitle(tr("Event types"));
    m_selectAllCheck->setText(tr("Select &all"));
    m_selectAllCheck->setAccessibleName(tr("Select all event types"));
    for (auto it = m_eventChecks.cbegin(); it != m_eventChecks.cend(); ++it) {
        it.value()->setText(EventDestinationModel::eventTypeText(it.key()));
        it.value()->setAccessibleName(EventDestinationModel::eventTypeText(it.key()));
        it.value()->setToolTip(EventDestinationModel::eventTypeMeaning(it.key()));
    }
    const QString account = QStringLiteral("123456789012");
    m_streamLabel->setText(tr("Delivery &stream ARN:"));
    m_streamEdit->setAccessibleName(tr("Delivery stream ARN"));
    m_streamEdit->setPlaceholderText(
        QStringLiteral("arn:aws:firehose:%1:%2:deliverystream/ses-events").arg(m_region, account));
    m_roleLabel->setText(tr("&IAM role ARN:"));
    m_roleEdit->setAccessibleName(tr("IAM role ARN"));
    m_roleEdit->setPlaceholderText(QStringLiteral("arn:aws:iam::%1:role/ses-firehose").arg(account));
    m_firehoseNote->setText(tr("The role must allow firehose:PutRecordBatch on the stream and trust "
                               "ses.amazonaws.com (for this account and configuration set)."));
    m_busLabel->setText(tr("Event &bus ARN:"));
    m_busEdit->setAccessibleName(tr("Event bus ARN"));
    m_busEdit->setPlaceholderText(QStringLiteral("arn:aws:events:%1:%2:event-bus/default").arg(m_region, account));
    m_topicLabel->setText(tr("SNS &topic ARN:"));
    m_topicEdit->setAccessibleName(tr("SNS topic ARN"));
    m_topicEdit->setPlaceholderText(QStringLiteral("arn:aws:sns:%1:%2:ses-events").arg(m_region, account));
    m_snsNote->setText(tr("A standard topic (SES does not publish to FIFO topics) whose access policy lets "
                          "ses.amazonaws.com publish (sns:Publish) for this account and configuration set."));
    m_pinpointLabel->setText(tr("&Project ARN:"));
    m_pinpointEdit->setAccessibleName(tr("Pinpoint project ARN"));
    m_pinpointEdit->setPlaceholderText(QStringLiteral("arn:aws:mobiletargeting:%1:%2:apps/…").arg(m_region, account));
    m_pinpointNote->setText(tr("The Amazon Pinpoint project (application) that receives the events."));
    m_saveButton->setText(m_editing ? tr("&Save") : tr("&Add destination"));
    m_saveButton->setAccessibleName(m_editing ? tr("Save event destination") : tr("Add event destination"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_problemsLabel->setAccessibleName(tr("Problems"));
    m_statusLabel->setAccessibleName(tr("Status"));
}

} // namespace Views
