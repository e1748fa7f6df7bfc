#include "views/panes/dedicatedips/WarmupDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "views/widgets/Tone.h"

namespace Views
{

WarmupDialog::WarmupDialog(const QString &ip, int currentPercentage, QWidget *parent)
    : QDialog(parent)
    , m_ip(ip)
    , m_current(currentPercentage)
    , m_intro(new QLabel)
    , m_setRadio(new QRadioButton)
    , m_percentageSpin(new QSpinBox)
    , m_completeRadio(new QRadioButton)
    , m_resetRadio(new QRadioButton)
    , m_note(new QLabel)
    , m_statusLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_saveButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("warmupDialog"));
    m_intro->setObjectName(QStringLiteral("warmupIntroLabel"));
    m_intro->setWordWrap(true);
    m_setRadio->setObjectName(QStringLiteral("setWarmupRadio"));
    m_percentageSpin->setObjectName(QStringLiteral("warmupPercentageSpin"));
    m_percentageSpin->setRange(0, 100);
    m_percentageSpin->setValue(qBound(0, currentPercentage, 100));
    m_completeRadio->setObjectName(QStringLiteral("completeWarmupRadio"));
    m_resetRadio->setObjectName(QStringLiteral("resetWarmupRadio"));
    m_setRadio->setChecked(true);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_setRadio, m_completeRadio, m_resetRadio})
        group->addButton(r);
    m_note->setObjectName(QStringLiteral("warmupNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_statusLabel->setObjectName(QStringLiteral("warmupStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_saveButton->setObjectName(QStringLiteral("saveWarmupButton"));
    m_saveButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelWarmupButton"));

    auto *set = new QHBoxLayout;
    set->addWidget(m_setRadio);
    set->addWidget(m_percentageSpin);
    set->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(set);
    layout->addWidget(m_completeRadio);
    layout->addWidget(m_resetRadio);
    layout->addWidget(m_note);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);
    for (QRadioButton *r : {m_setRadio, m_completeRadio, m_resetRadio})
        connect(r, &QRadioButton::toggled, this, &WarmupDialog::update);
    connect(m_percentageSpin, &QSpinBox::valueChanged, this, &WarmupDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WarmupDialog::submitRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    update();
}

int WarmupDialog::percentage() const
{
    if (m_completeRadio->isChecked())
        return 100;
    if (m_resetRadio->isChecked())
        return 0;
    return m_percentageSpin->value();
}

void WarmupDialog::update()
{
    m_percentageSpin->setEnabled(m_setRadio->isChecked() && m_setRadio->isEnabled());
    m_saveButton->setEnabled(m_setRadio->isEnabled() && percentage() != m_current);
}

void WarmupDialog::setSubmitting(bool submitting, const QString &text)
{
    m_statusLabel->setPalette(palette());
    m_statusLabel->setText(text);
    for (QRadioButton *r : {m_setRadio, m_completeRadio, m_resetRadio})
        r->setEnabled(!submitting);
    update();
}

void WarmupDialog::showSubmitError(const QString &text)
{
    setSubmitting(false);
    setTextTone(m_statusLabel, Tone::Error);
    m_statusLabel->setText(text);
}

void WarmupDialog::retranslate()
{
    setWindowTitle(tr("Edit warm-up of %1").arg(m_ip));
    m_intro->setText(m_current < 0 ? tr("The warm-up of %1 is not known.").arg(m_ip)
                                   : tr("%1 is %2% warmed up.").arg(m_ip).arg(m_current));
    m_setRadio->setText(tr("Set the warm-up &percentage:"));
    m_setRadio->setAccessibleName(tr("Set the warm-up percentage"));
    m_percentageSpin->setSuffix(tr("%"));
    m_percentageSpin->setAccessibleName(tr("Warm-up percentage"));
    m_completeRadio->setText(tr("Mark as &complete (100%)"));
    m_completeRadio->setAccessibleName(tr("Mark the warm-up as complete"));
    m_resetRadio->setText(tr("&Reset to 0% and warm it up again"));
    m_resetRadio->setAccessibleName(tr("Reset the warm-up"));
    m_note->setText(tr("Mailbox providers distrust an IP without sending history: a warm-up raises its volume over 2 "
                       "to 6 weeks. SES sends the rest of the mail through other warmed-up IPs or the shared pool "
                       "meanwhile. Marking an IP complete too early risks throttling and blocks."));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save the warm-up"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

} // namespace Views
