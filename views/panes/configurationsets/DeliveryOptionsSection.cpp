#include "views/panes/configurationsets/DeliveryOptionsSection.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "models/ses/ConfigurationSetRules.h"

namespace Views
{

using Rules = Ses::ConfigurationSetRules;

DeliveryOptionsSection::DeliveryOptionsSection(QWidget *parent)
    : OptionsSection(QStringLiteral("delivery"), parent)
    , m_tlsCheck(new QCheckBox)
    , m_tlsNote(makeNote(QStringLiteral("tlsNoteLabel")))
    , m_poolLabel(new QLabel)
    , m_poolCombo(new QComboBox)
    , m_poolNote(makeNote(QStringLiteral("sendingPoolNoteLabel")))
    , m_maxDeliveryCheck(new QCheckBox)
    , m_maxDeliverySpin(new QSpinBox)
    , m_durationLabel(new QLabel)
    , m_maxDeliveryNote(makeNote(QStringLiteral("maxDeliveryNoteLabel")))
{
    m_tlsCheck->setObjectName(QStringLiteral("requireTlsCheck"));
    m_poolCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_poolCombo->setMinimumContentsLength(12);
    m_poolCombo->setObjectName(QStringLiteral("sendingPoolCombo"));
    m_poolCombo->setEditable(true);
    m_poolCombo->setInsertPolicy(QComboBox::NoInsert);
    m_poolCombo->addItem(QString());
    m_poolCombo->lineEdit()->setObjectName(QStringLiteral("sendingPoolEdit"));
    m_poolLabel->setBuddy(m_poolCombo);
    m_maxDeliveryCheck->setObjectName(QStringLiteral("maxDeliveryCheck"));
    m_maxDeliverySpin->setObjectName(QStringLiteral("maxDeliverySpin"));
    m_maxDeliverySpin->setRange(int(Rules::MinimumDeliverySeconds), int(Rules::MaximumDeliverySeconds));
    m_maxDeliverySpin->setSingleStep(300);
    m_maxDeliverySpin->setValue(int(Rules::MaximumDeliverySeconds));
    m_durationLabel->setObjectName(QStringLiteral("maxDeliveryDurationLabel"));

    body()->addWidget(m_tlsCheck);
    body()->addWidget(m_tlsNote);
    auto *pool = new QFormLayout;
    pool->addRow(m_poolLabel, m_poolCombo);
    body()->addLayout(pool);
    body()->addWidget(m_poolNote);
    auto *delivery = new QHBoxLayout;
    delivery->addWidget(m_maxDeliveryCheck);
    delivery->addWidget(m_maxDeliverySpin);
    delivery->addWidget(m_durationLabel, 1);
    body()->addLayout(delivery);
    body()->addWidget(m_maxDeliveryNote);

    connect(m_tlsCheck, &QCheckBox::toggled, this, &DeliveryOptionsSection::updateState);
    connect(m_poolCombo, &QComboBox::currentTextChanged, this, &DeliveryOptionsSection::updateState);
    connect(m_maxDeliveryCheck, &QCheckBox::toggled, this, [this] {
        setControlsEnabled(m_enabled);
        updateState();
    });
    connect(m_maxDeliverySpin, &QSpinBox::valueChanged, this, [this] {
        updateDuration();
        updateState();
    });
    retranslate();
}

void DeliveryOptionsSection::setPoolNames(const QStringList &names)
{
    const QString current = m_poolCombo->currentText();
    const QSignalBlocker blocker(m_poolCombo);
    m_poolCombo->clear();
    m_poolCombo->addItem(QString());
    m_poolCombo->addItems(names);
    m_poolCombo->setCurrentText(current);
}

Ses::DeliveryOptions DeliveryOptionsSection::edited() const
{
    Ses::DeliveryOptions d;
    d.tlsPolicy = m_tlsCheck->isChecked() ? QStringLiteral("REQUIRE") : QStringLiteral("OPTIONAL");
    d.sendingPoolName = m_poolCombo->currentText().trimmed();
    if (m_maxDeliveryCheck->isChecked())
        d.maxDeliverySeconds = m_maxDeliverySpin->value();
    return d;
}

Ses::ConfigurationSetOptionsChange DeliveryOptionsSection::change() const
{
    Ses::ConfigurationSetOptionsChange c;
    c.group = Ses::ConfigurationSetOptionsChange::Group::Delivery;
    c.delivery = edited();
    return c;
}

QString DeliveryOptionsSection::problem() const
{
    const QString pool = m_poolCombo->currentText().trimmed();
    if (pool.isEmpty())
        return {};
    return Rules::nameProblem(pool, tr("Sending IP pool"));
}

void DeliveryOptionsSection::load(const Ses::ConfigurationSet &set)
{
    m_tlsCheck->setChecked(set.delivery.tlsPolicy == QLatin1String("REQUIRE"));
    m_poolCombo->setCurrentText(set.delivery.sendingPoolName);
    m_maxDeliveryCheck->setChecked(set.delivery.maxDeliverySeconds.has_value());
    m_maxDeliverySpin->setValue(int(set.delivery.maxDeliverySeconds.value_or(Rules::MaximumDeliverySeconds)));
    updateDuration();
}

bool DeliveryOptionsSection::differs() const
{
    Ses::DeliveryOptions saved = savedSet().delivery;
    if (saved.tlsPolicy.isEmpty())
        saved.tlsPolicy = QStringLiteral("OPTIONAL");
    return edited() != saved;
}

void DeliveryOptionsSection::setControlsEnabled(bool enabled)
{
    m_enabled = enabled;
    m_tlsCheck->setEnabled(enabled);
    m_poolCombo->setEnabled(enabled);
    m_maxDeliveryCheck->setEnabled(enabled);
    m_maxDeliverySpin->setEnabled(enabled && m_maxDeliveryCheck->isChecked());
}

void DeliveryOptionsSection::updateDuration()
{
    const int seconds = m_maxDeliverySpin->value();
    const int hours = seconds / 3600;
    const int minutes = (seconds % 3600) / 60;
    if (hours == 0)
        m_durationLabel->setText(tr("(%n minutes)", nullptr, minutes));
    else if (minutes == 0)
        m_durationLabel->setText(tr("(%n hours)", nullptr, hours));
    else
        m_durationLabel->setText(tr("(%1 h %2 min)").arg(hours).arg(minutes));
}

void DeliveryOptionsSection::retranslateSection()
{
    setTitle(tr("Delivery"));
    m_tlsCheck->setText(tr("Require &TLS"));
    m_tlsCheck->setAccessibleName(tr("Require TLS"));
    m_tlsNote->setText(tr("SES then delivers only over a TLS connection to the receiving server and does not send "
                          "the message otherwise. SES supports TLS 1.2 and recommends TLS 1.3."));
    m_poolLabel->setText(tr("Sending IP &pool:"));
    m_poolCombo->setAccessibleName(tr("Sending IP pool"));
    m_poolCombo->lineEdit()->setAccessibleName(tr("Sending IP pool"));
    m_poolCombo->lineEdit()->setPlaceholderText(tr("none"));
    m_poolNote->setText(tr("Mail sent with this set goes out only through the pool's dedicated IPs. Without a pool, "
                           "SES uses ses-default-dedicated-pool (dedicated IPs in no other pool) if the account has "
                           "any, otherwise the shared pool."));
    m_maxDeliveryCheck->setText(tr("&Stop delivery attempts after"));
    m_maxDeliveryCheck->setAccessibleName(tr("Limit the delivery time"));
    m_maxDeliverySpin->setSuffix(tr(" s"));
    m_maxDeliverySpin->setAccessibleName(tr("Maximum delivery time in seconds"));
    m_maxDeliveryNote->setText(tr("Between 5 minutes (300 s) and 14 hours (50,400 s). Without a limit SES keeps "
                                  "retrying for its own standard period."));
    updateDuration();
}

} // namespace Views
