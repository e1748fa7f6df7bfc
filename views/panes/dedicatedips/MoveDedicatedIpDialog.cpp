#include "views/panes/dedicatedips/MoveDedicatedIpDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/items/DedicatedIpItems.h"

#include "views/widgets/Tone.h"

namespace Views
{

MoveDedicatedIpDialog::MoveDedicatedIpDialog(
    const QString &ip, const QString &currentPool, const QStringList &pools, QWidget *parent)
    : QDialog(parent)
    , m_ip(ip)
    , m_current(currentPool.isEmpty() ? Items::DedicatedIps::defaultPoolName() : currentPool)
    , m_intro(new QLabel)
    , m_poolLabel(new QLabel)
    , m_poolCombo(new QComboBox)
    , m_note(new QLabel)
    , m_statusLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_moveButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("moveDedicatedIpDialog"));
    m_intro->setObjectName(QStringLiteral("moveIpIntroLabel"));
    m_intro->setWordWrap(true);
    m_poolCombo->setObjectName(QStringLiteral("destinationPoolCombo"));
    QStringList choices = pools;
    choices.sort(Qt::CaseInsensitive);
    choices.append(Items::DedicatedIps::defaultPoolName());
    choices.removeAll(m_current);
    m_poolCombo->addItems(choices);
    m_poolLabel->setBuddy(m_poolCombo);
    m_note->setObjectName(QStringLiteral("moveIpNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setObjectName(QStringLiteral("moveIpStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_moveButton->setObjectName(QStringLiteral("moveIpButton"));
    m_moveButton->setDefault(true);
    m_moveButton->setEnabled(m_poolCombo->count() > 0);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelMoveIpButton"));
    auto *form = new QFormLayout;
    form->addRow(m_poolLabel, m_poolCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveDedicatedIpDialog::submitRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

QString MoveDedicatedIpDialog::destinationPool() const
{
    return m_poolCombo->currentText();
}

void MoveDedicatedIpDialog::setSubmitting(bool submitting, const QString &text)
{
    m_statusLabel->setPalette(palette());
    m_statusLabel->setText(text);
    m_poolCombo->setEnabled(!submitting);
    m_moveButton->setEnabled(!submitting && m_poolCombo->count() > 0);
}

void MoveDedicatedIpDialog::showSubmitError(const QString &text)
{
    setSubmitting(false);
    setTextTone(m_statusLabel, Tone::Error);
    m_statusLabel->setText(text);
}

void MoveDedicatedIpDialog::retranslate()
{
    setWindowTitle(tr("Move %1").arg(m_ip));
    m_intro->setText(tr("Move the dedicated IP %1 out of %2 into:").arg(m_ip, m_current));
    m_poolLabel->setText(tr("&Pool:"));
    m_poolCombo->setAccessibleName(tr("Destination pool"));
    m_note->setText(tr("An IP belongs to one pool at a time. Mail of configuration sets using the old pool no longer "
                       "goes out through it; the IP keeps its warm-up. ses-default-dedicated-pool holds the IPs in no "
                       "other pool."));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_moveButton->setText(tr("&Move"));
    m_moveButton->setAccessibleName(tr("Move the IP"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

} // namespace Views
